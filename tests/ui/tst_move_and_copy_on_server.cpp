// Moving a co-op in the desktop app (SPEC 12.4), on a real PostgreSQL
// server the test starts itself: File → Save a Copy… of a server co-op
// writes a co-op file holding the server's events (a cancelled one leaves
// nothing behind), and File → Move to a Server… copies the open co-op file
// into an empty database and opens it there, while a database that holds
// events, a role that does not own it or a server that cannot be reached
// is refused with the file co-op left open and unchanged.

#include "backup/save_copy_action.h"
#include "commands/command_bus.h"
#include "connect/connection_fields.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "fixed_clock.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "io/demo_generator.h"
#include "main_window/main_window.h"
#include "move_to_server/move_to_server_action.h"
#include "move_to_server/move_to_server_dialog.h"
#include "server_coop_fixture.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int jobTimeoutMs = 120000;

QStringList sortedFamilyNames(const MainWindow& window)
{
    const auto* screen = qobject_cast<FamiliesScreen*>(window.screen(u"families"_s));
    if (!screen)
        return {};
    const FamiliesModel& model = *screen->model();
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.data(model.index(row, FamiliesModel::NameColumn)).toString();
    names.sort();
    return names;
}

// Every event as one line of its columns, to compare two stores verbatim.
QStringList eventsOf(EventStore& store)
{
    QStringList rows;
    for (const RecordedEvent& event : store.readAfter(0, 1000000))
        rows << QStringList{QString::number(event.position),
                            event.eventId,
                            event.streamId,
                            event.streamType,
                            QString::number(event.streamVersion),
                            event.eventType,
                            QString::number(event.schemaVersion),
                            QString::fromUtf8(event.data),
                            QString::fromUtf8(event.metadata),
                            event.recordedAt,
                            QString::fromLatin1(event.hash.toHex())}
                    .join(u'|');
    return rows;
}

// Everything in `folder`, hidden files (a `.NAME.copy-….partial`) included.
QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

SaveCopyResult waitForCopy(QSignalSpy& finished)
{
    if (!finished.wait(jobTimeoutMs))
        return {};
    return finished.first().first().value<SaveCopyResult>();
}

MoveToServerResult waitForMove(QSignalSpy& finished)
{
    if (finished.isEmpty() && !finished.wait(jobTimeoutMs))
        return {};
    return finished.first().first().value<MoveToServerResult>();
}

void fillWithDemo(TempCoop& coop)
{
    DemoOptions options;
    options.families = 12;
    options.months = 3;
    options.seed = 3;
    options.lastMonth = QDate(2025, 6, 1);
    generateDemoCoop(coop.bus(), options);
}

} // namespace

class TestMoveAndCopyOnServer : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<TempPgServer> m_server;
    int m_databases = 0;

    QString databaseName() const { return u"coop_%1"_s.arg(m_databases); }

    StoreLocation newEmptyDatabase()
    {
        return m_server->createDatabase(u"coop_%1"_s.arg(++m_databases));
    }

    // A server co-op holding `families` enrolled families.
    StoreLocation newCoop(int families)
    {
        const StoreLocation location = newEmptyDatabase();
        createEventStore(location);
        for (int i = 0; i < families; ++i) {
            if (!enrollElsewhere(location, u"f-%1"_s.arg(i), u"Family %1"_s.arg(i)))
                qFatal("enrollment rejected");
        }
        return location;
    }

    ConnectionFields fieldsOf(const QString& database, const QString& user = u"postgres"_s) const
    {
        return socketFields(*m_server, database, user);
    }

    bool hasCoopSchema(const QString& database) const
    {
        const auto raw = m_server->connectAsSuperuser(database);
        PgQuery schema = raw->query("SELECT count(*) FROM pg_namespace WHERE nspname = 'coopdesk'");
        return schema.next() && schema.integer(0) > 0;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void init() { IsolatedSettings::clear(); }

    // Save a Copy… on a server co-op: a co-op file with the server's events,
    // suggested in the documents folder under the co-op's name.
    void saveCopyOfAServerCoopWritesItsEvents()
    {
        MessageBoxRecorder boxes;
        const StoreLocation location = newCoop(7);
        MainWindow window;
        window.show();
        QVERIFY(window.openLocation(location));
        auto* action = window.findChild<SaveCopyAction*>(u"actionSaveCopy"_s);
        QVERIFY(action && action->isEnabled());

        const QString suggested = action->suggestedPath();
        QCOMPARE(QFileInfo(suggested).absolutePath(),
                 QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .absoluteFilePath());
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(databaseName() + u" copy "_s),
                 qPrintable(suggested));
        QVERIFY(suggested.endsWith(u".coop"_s));

        QTemporaryDir folder;
        const QString path = QDir(folder.path()).filePath(u"maplegrove.coop"_s);
        QSignalSpy finished(action, &SaveCopyAction::finished);
        QVERIFY(action->saveTo(path));
        const SaveCopyResult result = waitForCopy(finished);
        QCOMPARE(result.status, SaveCopyResult::Status::Ok);
        QCOMPARE(result.events, 7);
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(boxes.requests().isEmpty());
        QCOMPARE(entriesOf(folder.path()), QStringList{u"maplegrove.coop"_s});

        const auto server = openEventStore(location);
        const auto copy = openStore(path);
        QVERIFY(copy->checkIntegrity().ok);
        const QStringList serverEvents = eventsOf(*server);
        QCOMPARE(serverEvents.size(), 7);
        QCOMPARE(eventsOf(*copy), serverEvents);
        QVERIFY(action->isEnabled());
    }

    // A cancelled copy of a server co-op leaves neither the file nor its
    // temporary `.partial` behind.
    void cancelledSaveCopyLeavesNoFile()
    {
        MessageBoxRecorder boxes;
        const StoreLocation location = newCoop(3);
        MainWindow window;
        window.show();
        QVERIFY(window.openLocation(location));
        auto* action = window.findChild<SaveCopyAction*>(u"actionSaveCopy"_s);
        QTemporaryDir folder;
        const QString path = QDir(folder.path()).filePath(u"cancelled.coop"_s);
        QSignalSpy finished(action, &SaveCopyAction::finished);
        QVERIFY(action->saveTo(path));
        // Before the worker has read a single chunk: it stops at its first.
        action->cancel();
        const SaveCopyResult result = waitForCopy(finished);
        QCOMPARE(result.status, SaveCopyResult::Status::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(entriesOf(folder.path()), QStringList());
        QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled.coop"_s));
        QVERIFY(boxes.requests().isEmpty());
    }

    // Move to a Server…: the file's events verbatim into an empty database,
    // then, agreed to, the window on the server shows the same families.
    void moveToServerCopiesTheFileAndOpensIt()
    {
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::Yes;
        TempCoop coop;
        fillWithDemo(coop);
        const qint64 head = coop.store().headPosition();
        QVERIFY(head > 100);
        MainWindow window;
        window.show();
        auto* action = window.findChild<MoveToServerAction*>(u"actionMoveToServer"_s);
        QVERIFY(action && !action->isEnabled());
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(action->isEnabled());
        QTRY_COMPARE(sortedFamilyNames(window).size(), 12);
        const QStringList families = sortedFamilyNames(window);

        const StoreLocation target = newEmptyDatabase();
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName(),
                                  &window);
        dialog.setFields(fieldsOf(databaseName()));
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        const MoveToServerResult result = waitForMove(finished);
        QVERIFY2(result.status == MoveToServerResult::Status::Ok, qPrintable(dialog.errorText()));
        QCOMPARE(result.events, head);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto server = openEventStore(target);
        QCOMPARE(eventsOf(*server), eventsOf(coop.store()));
        QVERIFY(server->checkIntegrity().ok);

        QVERIFY(action->finishMove(dialog.moveResult(), dialog.target()));
        QCOMPARE(boxes.requests().size(), 1);
        QVERIFY2(boxes.last().details.contains(QFileInfo(coop.path()).fileName()),
                 qPrintable(boxes.last().details));
        QVERIFY(boxes.last().details.contains(u"kept as it was"_s));
        QVERIFY(window.session() && window.session()->isServer());
        QVERIFY(!action->isEnabled());
        QTRY_COMPARE(sortedFamilyNames(window), families);

        // The file is kept as it was, whole.
        QCOMPARE(coop.store().headPosition(), head);
        QVERIFY(coop.store().checkIntegrity().ok);
    }

    // A server that wants a password: asked for, used for the copy and the
    // session opened on the server, never remembered.
    void moveAsksForThePasswordWhenTheServerWantsOne()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f-pw"_s, u"Password Family"_s);
        newEmptyDatabase();
        QVERIFY(m_server->createPasswordRole(u"pw_mover"_s, u"mover-secret-7"_s));
        m_server->connectAsSuperuser(databaseName())
            ->executeScript(u"ALTER ROLE pw_mover CREATEROLE; ALTER DATABASE %1 OWNER TO pw_mover"_s
                                .arg(databaseName())
                                .toUtf8()
                                .constData());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName(),
                                  &window);
        dialog.setFields(fieldsOf(databaseName(), u"pw_mover"_s));
        int asked = 0;
        dialog.setPasswordPrompt([&asked](const PasswordRequest&) {
            ++asked;
            return std::optional<PasswordAnswer>(PasswordAnswer{u"mover-secret-7"_s, false});
        });
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        const MoveToServerResult result = waitForMove(finished);
        QVERIFY2(result.status == MoveToServerResult::Status::Ok, qPrintable(dialog.errorText()));
        QCOMPARE(asked, 1);
        QCOMPARE(finished.size(), 1);
        // Not ticked: the keychain was not even asked.
        QCOMPARE(dialog.keychainProblem(), QString());
        QVERIFY(!dialog.target().toString().contains(u"mover-secret-7"_s));

        QVERIFY(window.openLocation(dialog.target()));
        QVERIFY(window.session()->isServer());
        QTRY_COMPARE(sortedFamilyNames(window), QStringList{u"Password Family"_s});
        QVERIFY(!AppSettings().recentFiles().join(u' ').contains(u"mover-secret-7"_s));
        QVERIFY(AppSettings().recentFiles().value(0).contains(u"pw_mover"_s));
    }

    // A database that holds events already: refused in the dialog, the
    // database and the open file co-op untouched.
    void moveRefusesADatabaseThatHoldsEvents()
    {
        MessageBoxRecorder boxes;
        const StoreLocation taken = newCoop(2);
        TempCoop coop;
        coop.enroll(u"f-mine"_s, u"Mine Family"_s);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        CoopSession* session = window.session();

        MoveToServerDialog dialog(session->location(), session->fileName(), &window);
        dialog.show();
        dialog.setFields(fieldsOf(databaseName()));
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        const MoveToServerResult result = waitForMove(finished);
        QCOMPARE(result.status, MoveToServerResult::Status::Failed);
        QVERIFY2(dialog.errorText().contains(u"already holds events"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(u"empty database"_s));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.fields().database, databaseName());

        QCOMPARE(window.session(), session);
        QVERIFY(!window.session()->isServer());
        QCOMPARE(window.session()->path(), QFileInfo(coop.path()).absoluteFilePath());
        QCOMPARE(openEventStore(taken)->headPosition(), 2);
        QCOMPARE(coop.store().headPosition(), 1);
        QVERIFY(boxes.requests().isEmpty());
    }

    // A role that does not own the database may not move a co-op into it;
    // nothing is created there.
    void moveRefusesARoleThatIsNotTheOwner()
    {
        TempCoop coop;
        coop.enroll(u"f-1"_s);
        newEmptyDatabase();
        m_server->createLoginRole(u"not_owner"_s);
        MainWindow window;
        QVERIFY(window.openFile(coop.path()));
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName());
        dialog.setFields(fieldsOf(databaseName(), u"not_owner"_s));
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        QCOMPARE(waitForMove(finished).status, MoveToServerResult::Status::Failed);
        QVERIFY2(dialog.errorText().contains(u"database's owner"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(!hasCoopSchema(databaseName()));
        QVERIFY(!window.session()->isServer());
    }

    // A server that cannot be reached: said in the dialog, the form kept.
    void moveToAnUnreachableServerSaysSo()
    {
        TempCoop coop;
        coop.enroll(u"f-1"_s);
        MainWindow window;
        QVERIFY(window.openFile(coop.path()));
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName());
        ConnectionFields fields = fieldsOf(u"anywhere"_s);
        fields.host = QDir(coop.dir()).filePath(u"no-server-here"_s);
        dialog.setFields(fields);
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        // Refused at the sign-in, before any copy starts.
        QVERIFY(!dialog.startMove());
        QVERIFY(!dialog.isMoving());
        QCOMPARE(finished.size(), 0);
        QVERIFY2(dialog.errorText().contains(u"Cannot connect"_s), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.errorText().contains(u"reach the server"_s),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.fields().host, fields.host);
        QVERIFY(!window.session()->isServer());
    }

    // Pictures of the dialog refusing an unreachable server, English and
    // Spanish.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("COOPDESK_SCREENSHOT_DIR"))
            QSKIP("COOPDESK_SCREENSHOT_DIR not set");
        TempCoop coop;
        coop.enroll(u"f-1"_s);
        for (const QString& language : {u"en"_s, u"es"_s}) {
            AppTranslations translations;
            QVERIFY(translations.install(language));
            MoveToServerDialog dialog(StoreLocation::fromText(coop.path()), u"maple.coop"_s);
            ConnectionFields fields = fieldsOf(u"maplegrove"_s, u"ana"_s);
            fields.host = QDir(coop.dir()).filePath(u"no-server-here"_s);
            dialog.setFields(fields);
            dialog.show();
            QVERIFY(!dialog.startMove());
            // The window grows to the refusal: the form keeps its height.
            const auto* host = dialog.findChild<QLineEdit*>(u"host"_s);
            QVERIFY(host);
            QTRY_VERIFY(host->height() >= host->minimumSizeHint().height());
            QVERIFY(saveScreenshot(dialog, u"move-to-server-refused-"_s + language));
        }
    }

    // Cancel: the schema the move made is dropped again, the database empty.
    void cancelledMoveLeavesTheDatabaseAsItWas()
    {
        TempCoop coop;
        fillWithDemo(coop);
        newEmptyDatabase();
        MainWindow window;
        QVERIFY(window.openFile(coop.path()));
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName());
        dialog.setFields(fieldsOf(databaseName()));
        dialog.show();
        QSignalSpy finished(&dialog, &MoveToServerDialog::finished);
        QVERIFY(dialog.startMove());
        // Closing the dialog (Esc, Cancel) before the first chunk is read:
        // the copy stops there, then the dialog closes.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(waitForMove(finished).status, MoveToServerResult::Status::Cancelled);
        QVERIFY(dialog.errorText().contains(u"cancelled"_s));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!hasCoopSchema(databaseName()));
        QVERIFY(!window.session()->isServer());
    }

    // Fields that name no database: a hint, nothing started.
    void moveNeedsADatabaseName()
    {
        TempCoop coop;
        MainWindow window;
        QVERIFY(window.openFile(coop.path()));
        MoveToServerDialog dialog(window.session()->location(), window.session()->fileName());
        dialog.setFields(fieldsOf(QString()));
        QVERIFY(!dialog.startMove());
        QVERIFY(!dialog.isMoving());
        QVERIFY(dialog.errorText().contains(u"database's name"_s));
    }
};

QTEST_MAIN(TestMoveAndCopyOnServer)
#include "tst_move_and_copy_on_server.moc"
