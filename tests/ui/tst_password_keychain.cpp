// A shared co-op's server password in the desktop's keychain (SPEC 12.1),
// against a real Secret Service (gnome-keyring-daemon on a D-Bus session of
// the test's own, tests/support/keychain_session.sh) and a real throwaway
// PostgreSQL server that wants a password: saved, read back, kept apart per
// location, forgotten; a saved password signs in without the prompt; one
// the server refuses brings the prompt, once, with the refusal; a password
// given to Move to a Server… with the box ticked is saved once the move went
// through; a password never reaches the settings.

#include "connect/connect_dialog.h"
#include "connect/connection_fields.h"
#include "connect/password_keychain.h"
#include "connect/server_password.h"
#include "connect/server_sign_in.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "main_window/session_status_bar.h"
#include "move_to_server/move_to_server_dialog.h"
#include "password_prompt_answerer.h"
#include "server_coop_fixture.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"kc-secret-77"_s;

// Everything the settings file holds, as text.
QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPasswordKeychain : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<TempPgServer> m_server;
    PasswordKeychain m_keychain;
    const QString m_database = u"coop_kc"_s;

    // The co-op as the password role names it through the Connect dialog.
    ConnectionFields fields() const { return socketFields(*m_server, m_database, u"kc_desk"_s); }
    QString key() const { return PasswordKeychain::keyFor(fields().location()); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        createEventStore(m_server->createDatabase(m_database));
        QVERIFY(m_server->createPasswordRole(u"kc_desk"_s, password, m_database + u"_writer"_s));
        // The server really wants it: without one, libpq is told so.
        const CoopSession::OpenResult bare = CoopSession::open(fields().location(), u"t"_s);
        QVERIFY(!bare.session);
        QVERIFY(bare.error.needsPassword);
    }

    void cleanupTestCase() { m_server.reset(); }

    void init()
    {
        IsolatedSettings::clear();
        QCOMPARE(m_keychain.forget(key()), QString());
    }

    // Saved under one key, read back; another key reads nothing; forgotten.
    void savesReadsAndForgetsAPassword()
    {
        const QString first = u"ana@db.example.org:5432/maplegrove"_s;
        const QString second = u"service=birchhollow"_s;
        QCOMPARE(m_keychain.write(first, u"first-secret"_s), QString());

        const PasswordKeychain::ReadResult back = m_keychain.read(first);
        QCOMPARE(back.problem, QString());
        QCOMPARE(back.password, std::optional<QString>(u"first-secret"_s));

        const PasswordKeychain::ReadResult other = m_keychain.read(second);
        QCOMPARE(other.problem, QString());
        QVERIFY(!other.password);

        // Saved again: replaced, not doubled.
        QCOMPARE(m_keychain.write(first, u"second-secret"_s), QString());
        QCOMPARE(m_keychain.read(first).password, std::optional<QString>(u"second-secret"_s));

        QCOMPARE(m_keychain.forget(first), QString());
        const PasswordKeychain::ReadResult gone = m_keychain.read(first);
        QCOMPARE(gone.problem, QString());
        QVERIFY(!gone.password);
        // Forgetting what is not there is no problem either.
        QCOMPARE(m_keychain.forget(first), QString());
    }

    // Another service (another program) does not see CoopDesk's passwords.
    void keepsPasswordsUnderItsOwnService()
    {
        QCOMPARE(m_keychain.write(u"k"_s, u"ours"_s), QString());
        const PasswordKeychain otherProgram(u"SomethingElse"_s);
        QVERIFY(!otherProgram.read(u"k"_s).password);
        QCOMPARE(m_keychain.read(u"k"_s).password, std::optional<QString>(u"ours"_s));
        QCOMPARE(m_keychain.forget(u"k"_s), QString());
    }

    // The key is the location as shown, without its password.
    void keyIsTheShownLocation()
    {
        const StoreLocation location = fields().location();
        QCOMPARE(PasswordKeychain::keyFor(location), location.toString());
        QCOMPARE(PasswordKeychain::keyFor(withPassword(location, password)), location.toString());
        QVERIFY(!PasswordKeychain::keyFor(withPassword(location, password)).contains(password));
        QCOMPARE(PasswordKeychain::keyFor(StoreLocation::fromText(u"service=maple"_s)),
                 u"service=maple"_s);
    }

    // Typed with the box ticked: saved once the server took it; the next
    // connect signs in with it, the prompt never shown.
    void rememberedPasswordSignsInWithoutThePrompt()
    {
        ConnectDialog first(u"tester"_s);
        first.setFields(fields());
        int asked = 0;
        first.setPasswordPrompt([&asked](const PasswordRequest& request) {
            ++asked;
            if (request.remembered || !request.refusal.isEmpty())
                return std::optional<PasswordAnswer>();
            return std::optional<PasswordAnswer>({password, true});
        });
        QVERIFY2(first.tryConnect(), qPrintable(first.errorText()));
        QCOMPARE(asked, 1);
        QCOMPARE(first.keychainProblem(), QString());
        QCOMPARE(first.takeSession()->serverInfo()->role, u"kc_desk"_s);
        QCOMPARE(m_keychain.read(key()).password, std::optional<QString>(password));

        ConnectDialog second(u"tester"_s);
        second.setFields(fields());
        second.setPasswordPrompt([&asked](const PasswordRequest&) {
            ++asked;
            return std::optional<PasswordAnswer>();
        });
        QVERIFY2(second.tryConnect(), qPrintable(second.errorText()));
        QCOMPARE(asked, 1);
        std::unique_ptr<CoopSession> session = second.takeSession();
        QCOMPARE(session->serverInfo()->role, u"kc_desk"_s);
        QVERIFY(!session->location().toString().contains(password));

        // The window, from its recent list: signed in, no prompt either.
        MainWindow window;
        window.show();
        window.openSession(std::move(session));
        const QString recent = AppSettings().recentFiles().value(0);
        QVERIFY(!recent.contains(password));
        window.closeFile();
        PasswordPromptAnswerer answerer(u"not-this-one"_s);
        QVERIFY(window.openFile(recent));
        QCOMPARE(answerer.shown(), 0);
        QCOMPARE(window.sessionStatusBar()->userText(), u"Signed in as kc_desk"_s);
        QVERIFY(!settingsBytes().isEmpty());
        QVERIFY(!settingsBytes().contains(password.toUtf8()));
    }

    // Unticked: the password is used for this session and not saved.
    void untickedPasswordIsNotSaved()
    {
        ConnectDialog dialog(u"tester"_s);
        dialog.setFields(fields());
        dialog.setPasswordPrompt([](const PasswordRequest& request) {
            return std::optional<PasswordAnswer>({password, request.remembered});
        });
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        const PasswordKeychain::ReadResult stored = m_keychain.read(key());
        QCOMPARE(stored.problem, QString());
        QVERIFY(!stored.password);
    }

    // A saved password the server refuses: tried once, then the prompt with
    // the refusal and the box ticked; the right one typed replaces it.
    void refusedSavedPasswordShowsThePromptOnce()
    {
        QCOMPARE(m_keychain.write(key(), u"an-old-password"_s), QString());
        QList<PasswordRequest> requests;
        ConnectDialog dialog(u"tester"_s);
        dialog.setFields(fields());
        dialog.setPasswordPrompt([&requests](const PasswordRequest& request) {
            requests << request;
            return std::optional<PasswordAnswer>({password, request.remembered});
        });
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().remembered);
        QVERIFY2(requests.first().refusal.contains(u"kc_desk"_s),
                 qPrintable(requests.first().refusal));
        QVERIFY(!requests.first().refusal.contains(u"an-old-password"_s));
        QCOMPARE(m_keychain.read(key()).password, std::optional<QString>(password));
    }

    // The real prompt, from the window: the refusal shown above the
    // password, the box ticked; unticked on signing in, the saved one is
    // forgotten.
    void untickingTheBoxForgetsTheSavedPassword()
    {
        QCOMPARE(m_keychain.write(key(), u"an-old-password"_s), QString());
        MainWindow window;
        window.show();
        PasswordPromptAnswerer answerer(password, false);
        QVERIFY(window.openLocation(fields().location()));
        QCOMPARE(answerer.shown(), 1);
        QVERIFY(answerer.rememberShown());
        QVERIFY2(answerer.refusalShown().contains(u"kc_desk"_s),
                 qPrintable(answerer.refusalShown()));
        QCOMPARE(window.sessionStatusBar()->userText(), u"Signed in as kc_desk"_s);
        const PasswordKeychain::ReadResult stored = m_keychain.read(key());
        QCOMPARE(stored.problem, QString());
        QVERIFY(!stored.password);
    }

    // A wrong password typed is not saved, even with the box ticked.
    void refusedTypedPasswordIsNotSaved()
    {
        ConnectDialog dialog(u"tester"_s);
        dialog.setFields(fields());
        dialog.setPasswordPrompt([](const PasswordRequest&) {
            return std::optional<PasswordAnswer>({u"wrong"_s, true});
        });
        QVERIFY(!dialog.tryConnect());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!m_keychain.read(key()).password);
    }

    // A saved password the server takes, on a database that holds no co-op:
    // that error is the answer, not a prompt for a password.
    void savedPasswordOnANonCoopGivesTheErrorNotThePrompt()
    {
        const QString plain = u"coop_kc_plain"_s;
        m_server->createDatabase(plain);
        ConnectionFields plainFields = fields();
        plainFields.database = plain;
        const QString plainKey = PasswordKeychain::keyFor(plainFields.location());
        QCOMPARE(m_keychain.write(plainKey, password), QString());
        int asked = 0;
        const SignInResult signIn = signInToCoop(plainFields.location(), u"tester"_s, m_keychain,
                                                 [&asked](const PasswordRequest&) {
                                                     ++asked;
                                                     return std::optional<PasswordAnswer>();
                                                 });
        QCOMPARE(m_keychain.forget(plainKey), QString());
        QVERIFY(!signIn.opened.session);
        QCOMPARE(asked, 0);
        QVERIFY(!signIn.cancelled);
        QVERIFY(!signIn.opened.error.passwordRefused);
        QVERIFY(!signIn.opened.error.message.isEmpty());
    }

    // Move to a Server… asks as signing in does: the password the server
    // took, box ticked, is in the keychain under the co-op's shown location.
    void passwordGivenToAMoveIsSavedWhenTicked()
    {
        const QString target = u"coop_kc_move"_s;
        m_server->createDatabase(target);
        QVERIFY(m_server->createPasswordRole(u"kc_mover"_s, password));
        m_server->connectAsSuperuser(target)->executeScript(
            u"ALTER ROLE kc_mover CREATEROLE; ALTER DATABASE %1 OWNER TO kc_mover"_s.arg(target)
                .toUtf8()
                .constData());
        ConnectionFields moveFields = fields();
        moveFields.database = target;
        moveFields.user = u"kc_mover"_s;
        const QString moveKey = PasswordKeychain::keyFor(moveFields.location());
        QCOMPARE(m_keychain.forget(moveKey), QString());

        TempCoop coop;
        coop.enroll(u"f-kc"_s, u"Keychain Family"_s);
        MoveToServerDialog dialog(StoreLocation::fromText(coop.path()), u"kc.coop"_s);
        dialog.setFields(moveFields);
        dialog.setPasswordPrompt([](const PasswordRequest&) {
            return std::optional<PasswordAnswer>({password, true});
        });
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        QVERIFY(!finished.isEmpty() || finished.wait(120000));
        QVERIFY2(dialog.moveResult().status == MoveToServerResult::Status::Ok,
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.keychainProblem(), QString());
        QCOMPARE(m_keychain.read(moveKey).password, std::optional<QString>(password));
        QCOMPARE(m_keychain.forget(moveKey), QString());
    }

    // A move to a server whose password is in the keychain signs in with
    // it, as Connect does: nobody is asked.
    void moveUsesTheSavedPassword()
    {
        const QString target = u"coop_kc_move_saved"_s;
        m_server->createDatabase(target);
        QVERIFY(m_server->createPasswordRole(u"kc_saved_mover"_s, password));
        m_server->connectAsSuperuser(target)->executeScript(
            u"ALTER ROLE kc_saved_mover CREATEROLE; ALTER DATABASE %1 OWNER TO kc_saved_mover"_s
                .arg(target)
                .toUtf8()
                .constData());
        const ConnectionFields moveFields = socketFields(*m_server, target, u"kc_saved_mover"_s);
        const QString moveKey = PasswordKeychain::keyFor(moveFields.location());
        QCOMPARE(m_keychain.write(moveKey, password), QString());

        TempCoop coop;
        coop.enroll(u"f-saved"_s, u"Saved Family"_s);
        MoveToServerDialog dialog(StoreLocation::fromText(coop.path()), u"saved.coop"_s);
        dialog.setFields(moveFields);
        int asked = 0;
        dialog.setPasswordPrompt([&asked](const PasswordRequest&) {
            ++asked;
            return std::optional<PasswordAnswer>();
        });
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY2(dialog.startMove(), qPrintable(dialog.errorText()));
        QVERIFY(!finished.isEmpty() || finished.wait(120000));
        QVERIFY2(dialog.moveResult().status == MoveToServerResult::Status::Ok,
                 qPrintable(dialog.errorText()));
        QCOMPARE(asked, 0);
        QCOMPARE(dialog.moveResult().events, 1);
        QCOMPARE(m_keychain.forget(moveKey), QString());
    }
};

QTEST_MAIN(TestPasswordKeychain)
#include "tst_password_keychain.moc"
