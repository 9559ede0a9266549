// coopdesk: the desktop app. Parsing and wiring only; the window and
// everything in it live in the ui library.

#include "app_version.h"
#include "desktop_arguments.h"
#include "i18n/app_translations.h"
#include "main_window/main_window.h"
#include "settings/app_settings.h"
#include "widgets/message_box.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace coopdesk;

int main(int argc, char* argv[])
{
    if (desktop::wantsVersion(argc, argv)) {
        std::printf("%s\n", qPrintable(desktop::versionLine()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoopDesk"));
    QApplication::setApplicationName(QStringLiteral("coopdesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(appVersion));
    // The desktop entry's id (resources/), so the desktop shows its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.coopdesk.CoopDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coopdesk.svg")));

    const AppSettings settings;
    QString language = desktop::languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = settings.language();
    AppTranslations translations;
    translations.install(AppTranslations::resolve(language));

    const desktop::DesktopOptions options = desktop::parseDesktopArguments(app);

    if (!options.screenshot.isEmpty()) {
        // Unattended: messages go to standard error instead of waiting for a click.
        MessageBox::setHandler([](const MessageBox::Request& request) {
            std::fprintf(stderr, "%s: %s %s\n", qPrintable(request.title), qPrintable(request.text),
                         qPrintable(request.details));
            return QMessageBox::Ok;
        });
    }

    MainWindow window;
    window.show();
    if (!options.file.isEmpty())
        window.openFile(options.file);
    else if (options.demo)
        window.openDemoCoop();
    else
        window.openLastFile();

    if (!options.screen.isEmpty() && !window.showScreen(options.screen)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("DesktopArguments",
                                               "coopdesk: no screen “%1”; the screens "
                                               "are: %2")
                           .arg(options.screen, window.screenIds().join(QStringLiteral(", ")))));
    }

    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, path = options.screenshot] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "coopdesk: cannot write %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
