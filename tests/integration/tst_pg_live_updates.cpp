// Live updates across the desks of a shared co-op (SPEC 12.3): a desk's
// projector listens for other desks' commits, is woken by them, catches a
// notification that never came with its safety poll, and reconnects by
// itself after a dropped connection or a restarted server, missing nothing
// and applying nothing twice.

#include "command_lines.h"
#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "projections/projection_service.h"
#include "queries/query_service.h"
#include "store/open_event_store.h"
#include "store/postgres/pg_rows.h"
#include "temp_pg_server.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int serverWaitMs = 30000;

QJsonObject enrollment(const QString& familyId)
{
    return QJsonDocument::fromJson(enrollLine(familyId)).object();
}

// Another desk: its own store object and command bus on the same server.
struct Desk
{
    explicit Desk(const StoreLocation& location)
        : store(openEventStore(location))
        , bus(*store, clock, u"other-desk"_s)
    {}

    bool enroll(const QString& familyId)
    {
        const CommandResult result = bus.dispatch(enrollment(familyId));
        if (!result.ok && result.error)
            qWarning("%s", qPrintable(result.error->message));
        return result.ok;
    }

    FixedClock clock;
    std::unique_ptr<EventStore> store;
    CommandBus bus;
};

} // namespace

class TestPgLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // Another desk's commit wakes the listening projector: it is in the
    // read models without anyone asking this desk to look.
    void anotherDesksCommitReachesTheReadModels()
    {
        const StoreLocation location = newCoop(u"woken"_s);
        FixedClock clock;
        ProjectionService service(location, clock);
        QSignalSpy opened(&service, &ProjectionService::opened);
        service.start();
        QVERIFY(opened.wait(serverWaitMs));

        Desk other(location);
        QVERIFY(other.enroll(u"f1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 1, serverWaitMs);
        QueryService queries(location);
        QVERIFY(queries.getFamily(u"f1"_s));
    }

    // An event that arrives without its notification (here: written behind
    // CoopDesk's back, as the schema's owner, with no NOTIFY) is found by the
    // safety poll of the head.
    void aLostNotificationIsCaughtByTheSafetyPoll()
    {
        const StoreLocation location = newCoop(u"lost_notice"_s);
        FixedClock clock;
        ProjectionService service(location, clock);
        QSignalSpy opened(&service, &ProjectionService::opened);
        service.start();
        QVERIFY(opened.wait(serverWaitMs));

        // The same enrollment, recorded in another co-op, copied in verbatim.
        const StoreLocation elsewhere = newCoop(u"lost_notice_source"_s);
        QVERIFY(Desk(elsewhere).enroll(u"quiet"_s));
        const RecordedEvent event = openEventStore(elsewhere)->readAfter(0, 1).value(0);
        appendWithoutNotifying(u"lost_notice"_s, event);

        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 1, serverWaitMs);
        QVERIFY(QueryService(location).getFamily(u"quiet"_s));
    }

    // The server ends every session of the co-op (as an administrator's
    // pg_terminate_backend would): the projector reports the server gone,
    // reconnects, listens again and catches up; the other desk's next
    // command goes through on a new connection of its own.
    void aDroppedConnectionIsReconnected()
    {
        const StoreLocation location = newCoop(u"dropped"_s);
        FixedClock clock;
        ProjectionService service(location, clock);
        QSignalSpy opened(&service, &ProjectionService::opened);
        service.start();
        QVERIFY(opened.wait(serverWaitMs));
        QSignalSpy unreachable(&service, &ProjectionService::serverUnreachable);
        QSignalSpy reachable(&service, &ProjectionService::serverReachable);
        Desk other(location);
        QVERIFY(other.enroll(u"before"_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 1, serverWaitMs);

        // Both desks see their sessions ended at their next look, and
        // connect again then: the server is there, so nothing is reported.
        endEverySession(u"dropped"_s);
        QVERIFY(other.enroll(u"after"_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 2, serverWaitMs);
        QCOMPARE(unreachable.count(), reachable.count());
        // Woken by the notification of the new connection, not only the poll.
        QVERIFY(other.enroll(u"later"_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 3, serverWaitMs);
        expectEachEventOnce(location, 3);
    }

    // The server restarts under a listening desk: while it is down the desk
    // says so (with when its views were last in step) and commands fail as
    // "cannot be reached"; once it is back, the desk reconnects by itself
    // and every event is in its views exactly once.
    void aRestartedServerIsCaughtUpWith()
    {
        const StoreLocation location = newCoop(u"restarted"_s);
        FixedClock clock;
        ProjectionService service(location, clock);
        QSignalSpy opened(&service, &ProjectionService::opened);
        service.start();
        QVERIFY(opened.wait(serverWaitMs));
        QSignalSpy unreachable(&service, &ProjectionService::serverUnreachable);
        QSignalSpy reachable(&service, &ProjectionService::serverReachable);
        Desk other(location);
        QVERIFY(other.enroll(u"f1"_s));
        QVERIFY(other.enroll(u"f2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 2, serverWaitMs);

        QVERIFY2(m_server->stop(), qPrintable(m_server->problem()));
        QTRY_COMPARE_WITH_TIMEOUT(unreachable.count(), 1, serverWaitMs);
        QVERIFY(unreachable.at(0).at(1).toDateTime().isValid());
        const CommandResult refused = other.bus.dispatch(enrollment(u"while-down"_s));
        QVERIFY(!refused.ok);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, u"storage"_s);

        QVERIFY2(m_server->start(), qPrintable(m_server->problem()));
        // The desk's store tries again when its back-off allows (QTRY
        // evaluates once more after success: enroll only until it took).
        bool enrolled = false;
        QTRY_VERIFY_WITH_TIMEOUT(enrolled || (enrolled = other.enroll(u"f3"_s)), serverWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(reachable.count(), 1, serverWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.projectedPosition(), 3, serverWaitMs);
        QCOMPARE(unreachable.count(), 1); // said once, not once a try
        expectEachEventOnce(location, 3);
        QueryService queries(location);
        QVERIFY(queries.getFamily(u"f3"_s));
        QVERIFY(!queries.getFamily(u"while-down"_s));
    }

private:
    StoreLocation newCoop(const QString& name)
    {
        const StoreLocation location = m_server->createDatabase(name);
        createEventStore(location);
        return location;
    }

    // Inserts `event` as the next position and moves the head, in one
    // transaction, as the superuser (the schema's owner), sending nothing.
    void appendWithoutNotifying(const QString& database, const RecordedEvent& event)
    {
        const auto owner = m_server->connectAsSuperuser(database);
        owner->executeScript("BEGIN; SET LOCAL search_path TO coopdesk");
        pgrows::insertEvent(*owner, event);
        owner->query("UPDATE coopdesk.head SET position = $1, hash = $2")
            .bind(1, event.position)
            .bind(2, event.hash)
            .run();
        owner->executeScript("COMMIT");
    }

    // Every other session on `database` ended by the server, waited for.
    void endEverySession(const QString& database)
    {
        const auto admin = m_server->connectAsSuperuser(u"postgres"_s);
        admin
            ->query("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = $1 AND pid <> pg_backend_pid()")
            .bind(1, database)
            .run();
    }

    // The read models hold each of the `events` once: one activity row per
    // event, every projection's checkpoint at the head.
    void expectEachEventOnce(const StoreLocation& location, qint64 events)
    {
        QueryService queries(location);
        QCOMPARE(queries.countActivity({}), events);
        QCOMPARE(queries.countFamilies({}), events);
        for (const QJsonObject& row : queries.projectionStatus(QDateTime::currentDateTimeUtc()))
            QCOMPARE(row.value(u"last_position"_s).toInteger(), events);
    }

    std::unique_ptr<TempPgServer> m_server;
};

QTEST_GUILESS_MAIN(TestPgLiveUpdates)
#include "tst_pg_live_updates.moc"
