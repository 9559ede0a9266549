// coopdesk: the desktop app. Parsing and wiring only; the window and
// everything in it live in the ui library.

#include "app_version.h"
#include "backup/automatic_backups.h"
#include "dashboard/report_screens.h"
#include "desktop_arguments.h"
#include "families/families_screen.h"
#include "i18n/app_translations.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "widgets/message_box.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace coopdesk;

namespace {

// For --screenshot: the window shows the co-op's data once the read models
// are open, have caught up with the file, and the screens have taken the
// last change (or when the read side failed: the window says so).
bool showsCurrentData(MainWindow& window)
{
    CoopSession* session = window.session();
    if (!session)
        return true;
    if (!session->readModelsError().isEmpty())
        return true;
    if (!session->queries())
        return false;
    const auto head = session->headPosition();
    if (!head || session->projections().projectedPosition() < *head || session->live().isPending())
        return false;
    // A screen that reads in the background (the activity log) says when
    // it shows its data.
    const QWidget* screen = window.screen(window.currentScreen());
    return !screen || !screen->property("loading").toBool();
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("coopdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appVersion));
}

// --lang, or else the Preferences' language.
QString chosenLanguage()
{
    QString language = desktop::languageArgument(QCoreApplication::arguments());
    if (language.isEmpty())
        language = AppSettings().language();
    return AppTranslations::resolve(language);
}

} // namespace

int main(int argc, char* argv[])
{
    if (desktop::wantsVersion(argc, argv)) {
        std::printf("%s\n", qPrintable(desktop::versionLine()));
        return 0;
    }

    if (desktop::wantsHelp(argc, argv)) {
        // The help needs no window system: a core application prints it
        // (in the chosen language) and exits.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        AppTranslations translations;
        translations.install(chosenLanguage());
        desktop::parseDesktopArguments(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // The desktop entry's id (resources/), so the desktop shows its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.coopdesk.CoopDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coopdesk.svg")));

    AppTranslations translations;
    translations.install(chosenLanguage());

    const desktop::DesktopOptions options = desktop::parseDesktopArguments(app);

    if (!options.screenshot.isEmpty()) {
        // Unattended: messages go to standard error instead of waiting for a click.
        MessageBox::printOnStandardError();
    }

    MainWindow window;
    window.setAutomaticBackups(std::make_unique<AutomaticBackups>(AutomaticBackups::defaultFolder(),
                                                                  AppSettings().backupsToKeep()));
    addReportScreens(window);
    window.show();
    if (!options.file.isEmpty())
        window.openFile(options.file);
    else if (options.demo)
        window.openDemoCoop();
    else
        window.openLastFile();

    // "at-risk" on the command line names the screen "at_risk".
    const QString screenId = QString(options.screen).replace(u'-', u'_');
    if (!options.screen.isEmpty() && !window.showScreen(screenId)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("DesktopArguments",
                                               "coopdesk: no screen “%1”; the screens "
                                               "are: %2")
                           .arg(options.screen, window.screenIds().join(QStringLiteral(", ")))));
    }

    if (!options.family.isEmpty()) {
        auto* families = qobject_cast<FamiliesScreen*>(window.screen(QStringLiteral("families")));
        if (families && window.session()) {
            window.showScreen(QStringLiteral("families"));
            families->openFamily(options.family);
        }
    }

    if (!options.screenshot.isEmpty()) {
        // Waits (30 s at most) until the screen shows the file's data, and
        // that holds for a few checks in a row, then takes the picture.
        auto* check = new QTimer(&window);
        check->setInterval(50);
        auto waited = std::make_shared<QElapsedTimer>();
        waited->start();
        auto steady = std::make_shared<int>(0);
        QObject::connect(check, &QTimer::timeout, &window,
                         [&window, check, waited, steady, path = options.screenshot] {
                             *steady = showsCurrentData(window) ? *steady + 1 : 0;
                             if (*steady < 4 && waited->elapsed() < 30000)
                                 return;
                             check->stop();
                             const bool saved = window.grab().save(path, "PNG");
                             if (!saved)
                                 std::fprintf(stderr, "coopdesk: cannot write %s\n",
                                              qPrintable(path));
                             QApplication::exit(saved ? 0 : 1);
                         });
        check->start();
    }
    return QApplication::exec();
}
