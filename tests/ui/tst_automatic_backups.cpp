// The app's automatic backups (SPEC 7): on close, at most one a day, the
// newest seven kept (or as many as Preferences says), each a verified co-op
// file of its own. With COOPDESK_SCREENSHOT_DIR set, Preferences is saved
// there.

#include "backup/automatic_backups.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "preferences/preferences_dialog.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "temp_coop.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// Takes the URLs QDesktopServices is asked to open, instead of the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    UrlCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};

// Saves a picture of the widget when COOPDESK_SCREENSHOT_DIR is set.
void snapshot(QWidget& widget, const QString& name)
{
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

class TestAutomaticBackups : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { IsolatedSettings::clear(); }

    void oneADayEachAVerifiedCopy()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.enroll(u"f2"_s);
        QTemporaryDir folder;
        AutomaticBackups backups(folder.path(), 7);
        const QDate day(2026, 12, 2);
        const QString written = backups.takeIfDue(coop.store(), coop.path(), day);
        QCOMPARE(QFileInfo(written).fileName(), u"test 2026-12-02.coop"_s);
        // Under the co-op's name and the start of its id.
        QCOMPARE(QFileInfo(written).dir().dirName(), u"test "_s + coop.store().storeId().left(8));
        const auto copy = openStore(written);
        QCOMPARE(copy->headPosition(), 2);
        QVERIFY(copy->checkIntegrity().ok);
        // The same day again: nothing more.
        coop.enroll(u"f3"_s);
        QVERIFY(backups.takeIfDue(coop.store(), coop.path(), day).isEmpty());
        QCOMPARE(backups.backupsOf(coop.path(), coop.store().storeId()), QStringList{written});
        QCOMPARE(openStore(written)->headPosition(), 2);
    }

    void keepsTheNewestSeven()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QTemporaryDir folder;
        AutomaticBackups backups(folder.path(), 7);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 20).addDays(i))
                         .isEmpty());
        // A file of the user's beside them is neither counted nor removed.
        const QString mine =
            QFileInfo(backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 30)))
                .dir()
                .filePath(u"notes.coop"_s);
        QFile notes(mine);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        QVERIFY(backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 30)).isEmpty());
        const QStringList kept = backups.backupsOf(coop.path(), coop.store().storeId());
        QCOMPARE(kept.size(), 7);
        QCOMPARE(QFileInfo(kept.first()).fileName(), u"test 2026-11-30.coop"_s);
        QCOMPARE(QFileInfo(kept.last()).fileName(), u"test 2026-11-24.coop"_s);
        QVERIFY(QFile::exists(mine));
    }

    // Preferences ▸ Backups to keep: the window keeps exactly that many.
    void keepsAsManyAsThePreferenceSays()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QTemporaryDir folder;
        AutomaticBackups earlier(folder.path(), AutomaticBackups::maxKeep);
        const QDate today = QDate::currentDate();
        for (int i = 1; i <= 5; ++i)
            QVERIFY(!earlier.takeIfDue(coop.store(), coop.path(), today.addDays(-i)).isEmpty());
        const QString storeId = coop.store().storeId();
        QCOMPARE(earlier.backupsOf(coop.path(), storeId).size(), 5);

        MainWindow window;
        window.setAutomaticBackups(
            std::make_unique<AutomaticBackups>(folder.path(), AppSettings().backupsToKeep()));
        QCOMPARE(window.automaticBackups()->keep(), AutomaticBackups::defaultKeep);
        AppSettings settings;
        PreferencesDialog preferences(settings, &window);
        QSpinBox* keep = preferences.backupsToKeepBox();
        QCOMPARE(keep->value(), 7);
        QCOMPARE(keep->minimum(), 1);
        QCOMPARE(keep->maximum(), 100);
        keep->setValue(3);
        preferences.accept();
        window.applyPreferences();
        QCOMPARE(AppSettings().backupsToKeep(), 3);
        QCOMPARE(window.automaticBackups()->keep(), 3);

        QVERIFY(window.openFile(coop.path()));
        window.closeFile();
        const QStringList kept = window.automaticBackups()->backupsOf(coop.path(), storeId);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(AutomaticBackups::dayOf(kept.first()), today);
        QCOMPARE(AutomaticBackups::dayOf(kept.last()), today.addDays(-2));
        QVERIFY(boxes.requests().isEmpty());

        // Out of range in the settings file: within 1–100.
        settings.setBackupsToKeep(0);
        QCOMPARE(settings.backupsToKeep(), 1);
        settings.setBackupsToKeep(1000);
        QCOMPARE(settings.backupsToKeep(), AutomaticBackups::maxKeep);
    }

    // Preferences shows where the backups are, and opens that folder.
    void preferencesShowTheBackupsFolder()
    {
        QTemporaryDir parent;
        const QString folder = QDir(parent.path()).filePath(u"backups"_s);
        MainWindow window;
        window.setAutomaticBackups(std::make_unique<AutomaticBackups>(folder, 7));
        AppSettings settings;
        PreferencesDialog preferences(settings, &window);
        preferences.show();
        QCOMPARE(preferences.backupsFolderEdit()->text(), QDir::toNativeSeparators(folder));
        QVERIFY(preferences.backupsFolderEdit()->isReadOnly());
        snapshot(preferences, u"preferences_backups"_s);
        UrlCatcher desktop;
        QTest::mouseClick(preferences.openBackupsFolderButton(), Qt::LeftButton);
        QCOMPARE(desktop.opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
        QVERIFY(QFileInfo(folder).isDir()); // made, so there is something to show
    }

    void theWindowBacksUpWhenItClosesACoop()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QTemporaryDir folder;
        MainWindow window;
        window.setAutomaticBackups(std::make_unique<AutomaticBackups>(folder.path(), 7));
        QVERIFY(window.openFile(coop.path()));
        window.closeFile();
        const QStringList taken =
            window.automaticBackups()->backupsOf(coop.path(), coop.store().storeId());
        QCOMPARE(taken.size(), 1);
        QCOMPARE(openStore(taken.first())->headPosition(), 1);
        QVERIFY(boxes.requests().isEmpty());

        // A co-op the user may only read has nothing new to keep.
        TempCoop readOnly;
        readOnly.enroll(u"f1"_s);
        QVERIFY(QFile::setPermissions(readOnly.path(), QFile::ReadOwner));
        QVERIFY(window.openFile(readOnly.path()));
        QVERIFY(window.session()->isReadOnly());
        window.closeFile();
        QVERIFY(window.automaticBackups()
                    ->backupsOf(readOnly.path(), readOnly.store().storeId())
                    .isEmpty());
    }
};

QTEST_MAIN(TestAutomaticBackups)
#include "tst_automatic_backups.moc"
