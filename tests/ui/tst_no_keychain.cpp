// A desktop without a keychain: no D-Bus session bus at all, as offscreen in
// CI (tests/support/keychain_session.sh --no-session-bus). Reading fails at
// once with a problem (it does not wait for the timeout), the password
// prompt appears as if nothing were saved, and a password the user asked
// to remember is still used, with the window saying it was not saved.

#include "connect/connect_dialog.h"
#include "connect/connection_fields.h"
#include "connect/password_keychain.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "main_window/session_status_bar.h"
#include "password_prompt_answerer.h"
#include "server_coop_fixture.h"
#include "session/coop_session.h"
#include "store/open_event_store.h"
#include "temp_pg_server.h"

#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"nokc-secret-5"_s;

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<TempPgServer> m_server;
    const QString m_database = u"coop_nokc"_s;

    ConnectionFields fields() const { return socketFields(*m_server, m_database, u"nokc_desk"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/keychain_session.sh --no-session-bus");
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        createEventStore(m_server->createDatabase(m_database));
        QVERIFY(m_server->createPasswordRole(u"nokc_desk"_s, password, m_database + u"_writer"_s));
    }

    void cleanupTestCase() { m_server.reset(); }

    // Each call answers with a problem, not after the timeout.
    void keychainCallsFailAtOnce()
    {
        const PasswordKeychain keychain;
        const PasswordKeychain::ReadResult read = keychain.read(u"ana@db:5432/maple"_s);
        QVERIFY(!read.password);
        QVERIFY(!read.problem.isEmpty());
        QVERIFY2(!read.timedOut, qPrintable(read.problem));
        QVERIFY(!keychain.write(u"ana@db:5432/maple"_s, u"x"_s).isEmpty());
    }

    // The prompt appears (nothing saved, box unticked); the password typed
    // signs in; asked to remember it, the dialog says it could not.
    void connectDialogAsksAndSaysTheSaveFailed()
    {
        ConnectDialog dialog(u"tester"_s);
        dialog.setFields(fields());
        QList<PasswordRequest> requests;
        dialog.setPasswordPrompt([&requests](const PasswordRequest& request) {
            requests << request;
            return std::optional<PasswordAnswer>({password, true});
        });
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().remembered);
        QVERIFY(requests.first().refusal.isEmpty());
        QCOMPARE(dialog.takeSession()->serverInfo()->role, u"nokc_desk"_s);
        QVERIFY2(
            dialog.keychainProblem().startsWith(u"The password was not saved in the keychain"_s),
            qPrintable(dialog.keychainProblem()));
    }

    // The window's own prompt: shown, and the failed save in the status bar.
    void windowShowsThePromptAndTheFailedSave()
    {
        MainWindow window;
        window.show();
        PasswordPromptAnswerer answerer(password, true);
        QVERIFY(window.openLocation(fields().location()));
        QCOMPARE(answerer.shown(), 1);
        QVERIFY(!answerer.rememberShown());
        QCOMPARE(window.sessionStatusBar()->userText(), u"Signed in as nokc_desk"_s);
        QVERIFY2(window.sessionStatusBar()->currentMessage().startsWith(
                     u"The password was not saved in the keychain"_s),
                 qPrintable(window.sessionStatusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_no_keychain.moc"
