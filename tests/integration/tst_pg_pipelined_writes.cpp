// A server co-op's appends queue their writes without waiting for each
// answer (libpq's pipeline mode) and read them all just before the COMMIT.
// These are the hostile cases that makes possible: a write the server
// refuses among the queued ones, a read after it, the connection dropped
// before the commit, a lost head row found late, a session given up. Each
// leaves nothing stored, reports the error a write that waited would have
// reported, and the same store goes on appending.

#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "store/open_event_store.h"
#include "store/postgres/pg_roles.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QTest>

#include <memory>
#include <stdexcept>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject enrollment(const QString& commandId, const QString& familyId)
{
    return cmd(u"EnrollFamily"_s, {{u"command_id"_s, commandId},
                                   {u"family_id"_s, familyId},
                                   {u"family_name"_s, u"Okafor Family"_s},
                                   {u"enrollment_date"_s, u"2024-09-01"_s}});
}

// The first event of a family's stream, as the command bus would append it.
FamilyChange firstEventOf(const QString& familyId)
{
    FamilyChange change;
    change.event = {u"FamilyEnrolled"_s, 1,
                    QJsonObject{{u"family_id"_s, familyId},
                                {u"family_name"_s, u"Okafor Family"_s},
                                {u"enrollment_date"_s, u"2024-09-01"_s}}};
    change.metadata = {u"tester"_s, {}, u"corr"_s, u"cause"_s, u"test"_s};
    change.recordedAt = u"2024-09-01T10:00:00.000Z"_s;
    change.after.familyId = familyId;
    change.after.version = 1;
    return change;
}

// Every row of the co-op's tables, as text: what "nothing stored" compares.
QString rowsOf(PgConnection& connection)
{
    QString rows;
    for (const char* sql :
         {"SELECT t::text FROM coopdesk.events t ORDER BY position",
          "SELECT t::text FROM coopdesk.head t",
          "SELECT t::text FROM coopdesk.family_state t ORDER BY family_id",
          "SELECT t::text FROM coopdesk.family_reserved_ids t ORDER BY 1",
          "SELECT t::text FROM coopdesk.accepted_commands t ORDER BY command_id"}) {
        PgQuery query = connection.query(sql);
        while (query.next())
            rows += query.text(0) + u'\n';
        rows += u"--\n"_s;
    }
    return rows;
}

} // namespace

class TestPgPipelinedWrites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPgServer> m_server;
    int m_databases = 0;

    QString newCoop()
    {
        const QString name = u"pipe_%1"_s.arg(++m_databases);
        createEventStore(m_server->createDatabase(name));
        return name;
    }

    std::unique_ptr<PgConnection> superuser(const QString& database) const
    {
        return m_server->connectAsSuperuser(database);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // The trigger that refuses an event under another role's name fires on
    // the queued INSERT: the command fails with that trigger's message, its
    // state and command id are not stored, and the next command goes in.
    void refusedEventLeavesNothingAndTheStoreGoesOn()
    {
        const QString database = newCoop();
        m_server->createLoginRole(database + u"_ana"_s, pgroles::writerRole(database));
        auto store = openEventStore(m_server->locationAs(database, database + u"_ana"_s));
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        QVERIFY(bus.dispatch(enrollment(u"c1"_s, u"f1"_s)).ok);

        const auto raw = superuser(database);
        const QString before = rowsOf(*raw);
        // The desk's role renamed under it: session_user is no longer the
        // name the desk writes into its events.
        raw->executeScript(
            u"ALTER ROLE %1_ana RENAME TO %1_bea"_s.arg(database).toUtf8().constData());
        const CommandResult refused = bus.dispatch(enrollment(u"c2"_s, u"f2"_s));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error->code, u"storage"_s);
        QVERIFY2(refused.error->message.contains(u"an event records the role that logged in"_s),
                 qPrintable(refused.error->message));
        QCOMPARE(rowsOf(*raw), before);

        raw->executeScript(
            u"ALTER ROLE %1_bea RENAME TO %1_ana"_s.arg(database).toUtf8().constData());
        const CommandResult next = bus.dispatch(enrollment(u"c2"_s, u"f2"_s));
        QVERIFY2(next.ok, next.error ? qPrintable(next.error->message) : "");
        QCOMPARE(next.position, 2);
        QCOMPARE(store->headPosition(), 2);
    }

    // A unique violation in the middle of the queued writes: the writes
    // before it are rolled back, the ones after it are skipped, and the
    // error is the server's, as when each write waited for its answer.
    void uniqueViolationAmongQueuedWritesLeavesNothing()
    {
        const QString database = newCoop();
        auto store = openEventStore(m_server->locationOf(database));
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        QVERIFY(bus.dispatch(enrollment(u"c1"_s, u"f1"_s)).ok);
        const auto raw = superuser(database);
        const QString before = rowsOf(*raw);

        try {
            store->write([](WriteSession& session) {
                session.append(firstEventOf(u"f2"_s));
                session.rememberCommand(u"c-before"_s, {"fp", "{}"});
                session.rememberCommand(u"c1"_s, {"fp", "{}"}); // already accepted
                session.rememberCommand(u"c-after"_s, {"fp", "{}"});
                return true;
            });
            QFAIL("the duplicate command id was accepted");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Other);
            QVERIFY2(error.message().contains(u"SQLSTATE 23505"_s), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"accepted_commands"_s), qPrintable(error.message()));
        }
        QCOMPARE(rowsOf(*raw), before);
        QCOMPARE(store->headPosition(), 1);
        QVERIFY(bus.dispatch(enrollment(u"c2"_s, u"f2"_s)).ok);
        QCOMPARE(store->headPosition(), 2);
    }

    // A read after a refused write does not answer from a half-done
    // transaction: it throws the write's error, and the work stops there.
    void readAfterARefusedWriteThrowsThatError()
    {
        const QString database = newCoop();
        auto store = openEventStore(m_server->locationOf(database));
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        QVERIFY(bus.dispatch(enrollment(u"c1"_s, u"f1"_s)).ok);
        const auto raw = superuser(database);
        const QString before = rowsOf(*raw);

        bool readAnswered = false;
        try {
            store->write([&readAnswered](WriteSession& session) {
                session.rememberCommand(u"c1"_s, {"fp", "{}"}); // already accepted
                session.loadFamily(u"f1"_s);
                readAnswered = true;
                return true;
            });
            QFAIL("the duplicate command id was accepted");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(u"SQLSTATE 23505"_s), qPrintable(error.message()));
        }
        QVERIFY(!readAnswered);
        QCOMPARE(rowsOf(*raw), before);
        QVERIFY(bus.dispatch(enrollment(u"c2"_s, u"f2"_s)).ok);
        QCOMPARE(store->headPosition(), 2);
    }

    // The server goes away with writes queued and not yet sent: the commit
    // fails as a lost connection, nothing of it is on the server once it is
    // back, and the same store reconnects and appends.
    void connectionDroppedBeforeTheCommitLeavesNothing()
    {
        const QString database = newCoop();
        auto store = openEventStore(m_server->locationOf(database));
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        QVERIFY(bus.dispatch(enrollment(u"c1"_s, u"f1"_s)).ok);
        const QString before = rowsOf(*superuser(database));

        try {
            store->write([this](WriteSession& session) {
                session.append(firstEventOf(u"f2"_s));
                session.rememberCommand(u"c-lost"_s, {"fp", "{}"});
                if (!m_server->stop())
                    throw std::runtime_error("the server did not stop");
                return true;
            });
            QFAIL("a commit on a stopped server succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Unreachable);
            QVERIFY2(error.message().contains(u"was lost"_s), qPrintable(error.message()));
        }
        QVERIFY(m_server->start());
        QCOMPARE(rowsOf(*superuser(database)), before);
        const CommandResult next = bus.dispatch(enrollment(u"c2"_s, u"f2"_s));
        QVERIFY2(next.ok, next.error ? qPrintable(next.error->message) : "");
        QCOMPARE(store->headPosition(), 2);
    }

    // The head lock's answer comes with the session's first read: a head
    // row gone is still found before anything is written, and said so.
    void lostHeadRowIsFoundBeforeAnyWrite()
    {
        const QString database = newCoop();
        auto store = openEventStore(m_server->locationOf(database));
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        const auto raw = superuser(database);
        raw->executeScript("DELETE FROM coopdesk.head");
        const QString before = rowsOf(*raw);
        const CommandResult refused = bus.dispatch(enrollment(u"c1"_s, u"f1"_s));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error->code, u"storage"_s);
        QVERIFY2(refused.error->message.contains(u"lost its head row"_s),
                 qPrintable(refused.error->message));
        QCOMPARE(rowsOf(*raw), before);
    }

    // Work that gives up (false) or throws after queueing writes: they are
    // rolled back with the transaction, and the connection is ready for the
    // next append.
    void abandonedSessionLeavesNothing()
    {
        const QString database = newCoop();
        auto store = openEventStore(m_server->locationOf(database));
        const auto raw = superuser(database);
        const QString before = rowsOf(*raw);

        QVERIFY(!store->write([](WriteSession& session) {
            session.append(firstEventOf(u"f1"_s));
            return false;
        }));
        QCOMPARE(rowsOf(*raw), before);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store->write([](WriteSession& session) {
            session.append(firstEventOf(u"f1"_s));
            session.rememberCommand(u"c-thrown"_s, {"fp", "{}"});
            throw std::runtime_error("the work failed");
            return true;
        }));
        QCOMPARE(rowsOf(*raw), before);

        QVERIFY(store->write([](WriteSession& session) {
            if (session.loadFamily(u"f1"_s).exists())
                return false; // the abandoned state was kept
            session.append(firstEventOf(u"f1"_s));
            return true;
        }));
        QCOMPARE(store->headPosition(), 1);
        QCOMPARE(store->readAfter(0, 10).value(0).streamId, u"f1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgPipelinedWrites)
#include "tst_pg_pipelined_writes.moc"
