// The desktop app on a shared co-op on a real PostgreSQL server the test
// starts itself (SPEC 12.1–12.3): the window shows another desk's commits
// live, names the server and the role signed in, connects through the
// Connect dialog (its quoting, its errors, a password asked for and kept
// for the session only), never remembers a password, disables commands
// for a role that may only read, and says when the server went away. With
// COOPDESK_SCREENSHOT_DIR set, the dialog and the window are saved there in
// English and Spanish.

#include "backup/automatic_backups.h"
#include "command_dialogs/command_dialog.h"
#include "commands/command_bus.h"
#include "connect/connect_dialog.h"
#include "connect/connection_fields.h"
#include "connect/server_password.h"
#include "domain/command_catalog.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "fixed_clock.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "main_window/recent_files_menu.h"
#include "main_window/session_status_bar.h"
#include "main_window/start_page.h"
#include "password_prompt_answerer.h"
#include "server_coop_fixture.h"
#include "session/coop_session.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"
#include "widgets/message_bar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

FamiliesScreen* familiesOf(const MainWindow& window)
{
    return qobject_cast<FamiliesScreen*>(window.screen(u"families"_s));
}

QString familyNames(const FamiliesModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.data(model.index(row, FamiliesModel::NameColumn)).toString();
    return names.join(u',');
}

// Everything the settings file holds, as text.
QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAppOnServer : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<TempPgServer> m_server;
    int m_databases = 0;

    QString databaseName() const { return u"coop_%1"_s.arg(m_databases); }

    StoreLocation newCoop()
    {
        const StoreLocation location = m_server->createDatabase(u"coop_%1"_s.arg(++m_databases));
        createEventStore(location);
        return location;
    }

    ConnectionFields fieldsOf(const QString& database) const
    {
        return socketFields(*m_server, database);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void init() { IsolatedSettings::clear(); }

    // The window on a server co-op: another desk's enrollment appears live;
    // title, status bar and About name the server and the role; no backup.
    void showsAnotherDesksCommitsLive()
    {
        const StoreLocation location = newCoop();
        QTemporaryDir backups;
        MainWindow window;
        window.setAutomaticBackups(std::make_unique<AutomaticBackups>(backups.path(), 3));
        window.show();
        QVERIFY(window.openLocation(location));
        CoopSession* session = window.session();
        QVERIFY(session && session->isServer());
        QCOMPARE(session->userId(), u"postgres"_s);
        QCOMPARE(window.windowTitle(), u"%1 @ this computer — CoopDesk"_s.arg(databaseName()));
        SessionStatusBar* status = window.sessionStatusBar();
        QCOMPARE(status->userText(), u"Signed in as postgres"_s);
        QCOMPARE(status->fileText(), u"Server: this computer/%1"_s.arg(databaseName()));
        QCOMPARE(status->serverStateText(), u"Connected"_s);

        FamiliesScreen* screen = familiesOf(window);
        QVERIFY(screen);
        QVERIFY(enrollElsewhere(location, u"f-ada"_s, u"Ada Family"_s));
        QTRY_COMPARE(familyNames(*screen->model()), u"Ada Family"_s);
        QVERIFY(enrollElsewhere(location, u"f-bo"_s, u"Bo Family"_s));
        QTRY_COMPARE(screen->model()->rowCount(), 2);

        // The preference names nobody on a server: the role records.
        AppSettings().setUserName(u"someone-else"_s);
        window.applyPreferences();
        QCOMPARE(session->userId(), u"postgres"_s);
        QCOMPARE(status->userText(), u"Signed in as postgres"_s);

        const auto raw = m_server->connectAsSuperuser(databaseName());
        PgQuery version = raw->query("SHOW server_version");
        QVERIFY(version.next());
        QVERIFY2(window.aboutText().contains(u"PostgreSQL "_s + version.text(0)),
                 qPrintable(window.aboutText()));

        // A server co-op's Save a Copy… writes a co-op file (SPEC 12.4):
        // tst_move_and_copy_on_server.
        auto* saveCopy = window.findChild<QAction*>(u"actionSaveCopy"_s);
        QVERIFY(saveCopy && saveCopy->isEnabled());
        QVERIFY(saveCopy->statusTip().contains(u"shared co-op"_s));
        auto* move = window.findChild<QAction*>(u"actionMoveToServer"_s);
        QVERIFY(move && !move->isEnabled());
        auto* restore = window.findChild<QAction*>(u"actionRestoreBackup"_s);
        QVERIFY(restore && !restore->isEnabled());

        window.closeFile();
        QVERIFY(QDir(backups.path())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::NoSort)
                    .isEmpty());
    }

    // The dialog's fields become libpq keywords, each value quoted.
    void connectDialogQuotesTheFields()
    {
        QCOMPARE(quotedConnectionValue(uR"(it's a\b)"_s), uR"('it\'s a\\b')"_s);
        ConnectionFields fields;
        fields.host = u"db.example.org"_s;
        fields.port = 6543;
        fields.database = u"maple grove"_s;
        fields.user = u"o'neil"_s;
        fields.sslMode = u"verify-full"_s;
        QCOMPARE(
            fields.location().connectionString(),
            uR"(host='db.example.org' port='6543' dbname='maple grove' user='o\'neil' sslmode='verify-full')"_s);
        QVERIFY(fields.location().isServer());
        fields.useService = true;
        fields.service = u"maplegrove"_s;
        fields.user.clear();
        QCOMPARE(fields.location().connectionString(), u"service='maplegrove'"_s);

        ConnectDialog dialog(u"tester"_s);
        dialog.setFields(fieldsOf(u"x"_s));
        const ConnectionFields back = dialog.fields();
        QCOMPARE(back.host, m_server->socketDir());
        QCOMPARE(back.port, 5432);
        QCOMPARE(back.sslMode, u"prefer"_s);
        QCOMPARE(back.useService, false);
    }

    // Connect opens the co-op, which the window then shows like a file.
    void connectDialogOpensTheCoop()
    {
        newCoop();
        QVERIFY(enrollElsewhere(m_server->locationOf(databaseName()), u"f-cy"_s, u"Cy Family"_s));
        MainWindow window;
        window.show();
        ConnectDialog dialog(u"tester"_s, &window);
        dialog.setFields(fieldsOf(databaseName()));
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        window.openSession(dialog.takeSession());
        QVERIFY(window.session() && window.session()->isServer());
        QTRY_COMPARE(familyNames(*familiesOf(window)->model()), u"Cy Family"_s);
        QCOMPARE(AppSettings().recentFiles().value(0), dialog.fields().location().toString());
    }

    // A database that is not there: the error in the dialog, the form kept.
    void wrongDatabaseShowsTheErrorInTheDialog()
    {
        ConnectDialog dialog(u"tester"_s);
        dialog.show();
        dialog.setFields(fieldsOf(u"no_such_coop"_s));
        QVERIFY(!dialog.tryConnect());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"no_such_coop"_s), qPrintable(dialog.errorText()));
        // Advice for a server, not for a file.
        QVERIFY2(dialog.errorText().contains(u"Check the server's name"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.errorText().contains(u"co-op file"_s));
        QVERIFY(dialog.findChild<MessageBar*>(u"connectError"_s)->isVisible());
        QCOMPARE(dialog.fields().database, u"no_such_coop"_s);
        QCOMPARE(dialog.fields().host, m_server->socketDir());
        QVERIFY(!dialog.takeSession());
        // The dialog grows to show the message whole rather than squash the form.
        QTRY_VERIFY(dialog.height() >= dialog.sizeHint().height());
        QVERIFY(saveScreenshot(dialog, u"connect-dialog-error-en"_s));
    }

    // A password in the location is used, never remembered or shown.
    void recentListNeverHoldsThePassword()
    {
        const StoreLocation plain = newCoop();
        const StoreLocation withSecret =
            StoreLocation::fromText(plain.connectionString() + u" password=secret"_s);
        MainWindow window;
        QVERIFY(window.openLocation(withSecret));
        const QStringList recent = AppSettings().recentFiles();
        QCOMPARE(recent.value(0), plain.toString());
        QVERIFY(!settingsBytes().isEmpty());
        QVERIFY(!settingsBytes().contains("secret"));
        const auto* menu = window.findChild<RecentFilesMenu*>();
        QVERIFY(menu);
        for (const QAction* action : menu->actions()) {
            QVERIFY(!action->text().contains(u"secret"_s));
            QVERIFY(!action->toolTip().contains(u"secret"_s));
        }
        QVERIFY(!window.windowTitle().contains(u"secret"_s));
        window.closeFile();
        const auto* list = window.startPage()->findChild<QListWidget*>(u"recentList"_s);
        QCOMPARE(list->count(), 1);
        QVERIFY(!list->item(0)->text().contains(u"secret"_s));
        QVERIFY(list->item(0)->text().contains(databaseName()));

        // Opened from the recent list: the same co-op, still without a password.
        QVERIFY(window.openFile(recent.value(0)));
        QVERIFY(window.session()->isServer());
    }

    // A server that wants a password: asked once, used by this session's
    // connections (the read side's too), never stored.
    void asksForThePasswordWhenTheServerWantsOne()
    {
        const StoreLocation location = newCoop();
        QVERIFY(m_server->createPasswordRole(u"pw_desk"_s, u"pw-secret-42"_s,
                                             databaseName() + u"_writer"_s));
        QVERIFY(enrollElsewhere(location, u"f-di"_s, u"Di Family"_s));

        MainWindow window;
        window.show();
        ConnectDialog dialog(u"tester"_s, &window);
        ConnectionFields fields = fieldsOf(databaseName());
        fields.user = u"pw_desk"_s;
        dialog.setFields(fields);
        int asked = 0;
        dialog.setPasswordPrompt([&asked](const PasswordRequest&) {
            ++asked;
            return std::optional<PasswordAnswer>(
                PasswordAnswer{asked == 1 ? u"wrong"_s : u"pw-secret-42"_s});
        });
        QVERIFY(!dialog.tryConnect()); // the wrong password: the server's refusal shown
        QCOMPARE(asked, 1);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        QCOMPARE(asked, 2);
        std::unique_ptr<CoopSession> session = dialog.takeSession();
        QVERIFY(!session->location().toString().contains(u"pw-secret-42"_s));
        window.openSession(std::move(session));
        QTRY_COMPARE(familyNames(*familiesOf(window)->model()), u"Di Family"_s);
        QCOMPARE(window.sessionStatusBar()->userText(), u"Signed in as pw_desk"_s);
        QVERIFY(!settingsBytes().contains("pw-secret-42"));

        // Opened again from the recent list: the window asks for the password.
        const QString recent = AppSettings().recentFiles().value(0);
        QVERIFY(recent.contains(u"pw_desk"_s));
        window.closeFile();
        PasswordPromptAnswerer answerer(u"pw-secret-42"_s);
        QVERIFY(window.openFile(recent));
        QCOMPARE(answerer.shown(), 1);
        QVERIFY(!answerer.rememberShown()); // nothing saved: the box starts unticked
        QCOMPARE(window.sessionStatusBar()->userText(), u"Signed in as pw_desk"_s);
        QVERIFY(!settingsBytes().contains("pw-secret-42"));

        // Without a prompt answer nothing opens, and the dialog says why.
        ConnectDialog again(u"tester"_s);
        again.setFields(fields);
        again.setPasswordPrompt(
            [](const PasswordRequest&) { return std::optional<PasswordAnswer>(); });
        QVERIFY(!again.tryConnect());
        QVERIFY(again.errorText().contains(u"password"_s));
    }

    // A role that may only read: commands disabled, the reason shown.
    void readerRoleDisablesCommands()
    {
        newCoop();
        const auto raw = m_server->connectAsSuperuser(databaseName());
        raw->executeScript(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'reader_desk') THEN CREATE ROLE reader_desk LOGIN; END IF; END $$; "
                           "GRANT %1_reader TO reader_desk"_s.arg(databaseName())
                               .toUtf8()
                               .constData());
        QVERIFY(enrollElsewhere(m_server->locationOf(databaseName()), u"f-ed"_s, u"Ed Family"_s));
        const StoreLocation reader = StoreLocation::fromText(
            u"host=%1 dbname=%2 user=reader_desk"_s.arg(m_server->socketDir(), databaseName()));
        MainWindow window;
        window.show();
        QVERIFY(window.openLocation(reader));
        QVERIFY(window.session()->isReadOnly());
        const QString reason = window.session()->readOnlyReason();
        // The store's own reason: who, and what the administrator can grant.
        QVERIFY2(reason.contains(u"this role may only read (reader_desk may not record events"_s),
                 qPrintable(reason));
        QAction* enroll = window.familyActions()->action(CommandType::EnrollFamily);
        QVERIFY(!enroll->isEnabled());
        QVERIFY(enroll->toolTip().contains(reason));
        const auto* banner = window.findChild<MessageBar*>(u"readOnlyBanner"_s);
        QCOMPARE(banner->text(), reason);
        QVERIFY(window.windowTitle().contains(u"(read-only)"_s));
        QTRY_COMPARE(familyNames(*familiesOf(window)->model()), u"Ed Family"_s);
    }

    // Pictures of the dialog and the window, English and Spanish.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("COOPDESK_SCREENSHOT_DIR"))
            QSKIP("COOPDESK_SCREENSHOT_DIR not set");
        const StoreLocation location = newCoop();
        QVERIFY(enrollElsewhere(location, u"f-fa"_s, u"Fa Family"_s));
        for (const QString& language : {u"en"_s, u"es"_s}) {
            AppTranslations translations;
            QVERIFY(translations.install(language));
            ConnectDialog dialog(u"tester"_s);
            ConnectionFields fields;
            fields.host = u"db.example.org"_s;
            fields.database = u"maplegrove"_s;
            fields.user = u"ana"_s;
            dialog.setFields(fields);
            dialog.show();
            QVERIFY(saveScreenshot(dialog, u"connect-dialog-"_s + language));
            MainWindow window;
            window.resize(1100, 700);
            window.show();
            QVERIFY(window.openLocation(location));
            QTRY_COMPARE(familiesOf(window)->model()->rowCount(), 1);
            QVERIFY(saveScreenshot(window, u"main-window-server-"_s + language));
        }
    }

    // The server stops (SPEC 12.3): the status bar says the views are as of
    // before; a command is refused as storage, saying the server cannot be
    // reached, with the dialog kept as typed. The server back, the desk
    // reconnects by itself and the same dialog's Save goes through.
    void serverStoppedShowsUnreachableAndComesBack()
    {
        const StoreLocation location = newCoop();
        MainWindow window;
        window.show();
        QVERIFY(window.openLocation(location));
        QTRY_VERIFY(window.session()->queries());
        SessionStatusBar* status = window.sessionStatusBar();
        QCOMPARE(status->serverStateText(), u"Connected"_s);
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(
            status->serverStateText().startsWith(u"Server unreachable — showing views as of "_s),
            15000);

        CommandDialog dialog(&window.session()->bus(), CommandType::EnrollFamily, {}, u"USD"_s,
                             &window);
        QSignalSpy accepted(&dialog, &CommandDialog::commandAccepted);
        dialog.show();
        QTest::keyClicks(dialog.fieldWidget(u"family_name"_s), u"Offline Family"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.lastResult().error);
        QCOMPARE(dialog.lastResult().error->code, u"storage"_s);
        QVERIFY2(dialog.messageBarText().contains(u"Cannot connect to the co-op's server"_s),
                 qPrintable(dialog.messageBarText()));
        QCOMPARE(qobject_cast<QLineEdit*>(dialog.fieldWidget(u"family_name"_s))->text(),
                 u"Offline Family"_s);
        QCOMPARE(accepted.count(), 0);

        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(status->serverStateText(), u"Connected"_s, 30000);
        // The bus's own connection may still be waiting out its back-off:
        // Save again until it has reconnected, as a user would.
        QTRY_VERIFY_WITH_TIMEOUT(accepted.count() == 1 ||
                                     (dialog.isVisible() &&
                                      [&] {
                                          QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
                                          return accepted.count() == 1;
                                      }()),
                                 30000);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.isVisible());
        const auto store = openEventStore(location);
        QCOMPARE(store->headPosition(), dialog.lastResult().position);
    }
};

QTEST_MAIN(TestAppOnServer)
#include "tst_app_on_server.moc"
