// Who may do what in a shared co-op (SPEC 12.2 "Who"), on a real PostgreSQL
// server the test starts itself: init's group roles DB_writer and DB_reader
// and what they are granted, user_id = the role that logged in (written by
// the desk, enforced by a server trigger, the schema's owner excepted), a
// reader's read-only desk, one co-op's roles kept out of another's database,
// and verify noticing the user_id trigger gone.

#include "cli_runner.h"
#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList db(const StoreLocation& location, const QStringList& rest)
{
    return QStringList{u"--db"_s, location.connectionString()} + rest;
}

QByteArray lineOf(const QJsonObject& command)
{
    return QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
}

// Commands that write every table the append path touches: a family, a
// charge, a payment that reserves its id and a void that gives it back.
QByteArray treasurerLines(const QString& familyId)
{
    return lineOf(cmd(u"EnrollFamily"_s, {{u"family_id"_s, familyId},
                                          {u"family_name"_s, u"Okafor Family"_s},
                                          {u"enrollment_date"_s, u"2024-09-01"_s}})) +
           lineOf(cmd(u"ChargeTuition"_s, {{u"family_id"_s, familyId},
                                           {u"charge_id"_s, u"TUI-2024-09"_s},
                                           {u"month"_s, u"2024-09"_s},
                                           {u"amount_cents"_s, 45000},
                                           {u"due_date"_s, u"2024-09-10"_s}})) +
           lineOf(cmd(u"ReceivePayment"_s, {{u"family_id"_s, familyId},
                                            {u"payment_id"_s, u"p1"_s},
                                            {u"amount_cents"_s, 20000},
                                            {u"date"_s, u"2024-09-12"_s},
                                            {u"payment_method"_s, u"check"_s},
                                            {u"transaction_id"_s, u"CHK-7"_s}})) +
           lineOf(cmd(u"VoidPayment"_s, {{u"family_id"_s, familyId},
                                         {u"payment_id"_s, u"p1"_s},
                                         {u"reason"_s, u"Check bounced"_s}}));
}

QString userIdOf(const RecordedEvent& event)
{
    return QJsonDocument::fromJson(event.metadata).object().value(u"user_id"_s).toString();
}

// An event row as a desk that bypasses CoopDesk would insert it.
QByteArray rawInsert(qint64 position, const QString& userId)
{
    return QStringLiteral(
               "INSERT INTO coopdesk.events (position, event_id, stream_id, stream_type, "
               "stream_version, event_type, schema_version, data, metadata, recorded_at, hash) "
               "VALUES (%1, 'raw-%1', 'raw-family', 'Family', 1, 'FamilyEnrolled', 1, '{}', "
               "'{\"user_id\":\"%2\"}', '2024-09-01T00:00:00.000Z', 'not-a-hash')")
        .arg(position)
        .arg(userId)
        .toUtf8();
}

bool boolean(PgConnection& connection, const char* sql)
{
    PgQuery query = connection.query(sql);
    return query.next() && query.boolean(0);
}

} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPgServer> m_server;

    // A database with a co-op made by the server's superuser (its owner).
    StoreLocation newCoop(const QString& name)
    {
        const StoreLocation location = m_server->createDatabase(name);
        createEventStore(location);
        return location;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // init makes the two groups, not able to log in, and grants the writer
    // appending and reading, the reader reading only.
    void initCreatesBothGroups()
    {
        newCoop(u"maplegrove"_s);
        const auto raw = m_server->connectAsSuperuser(u"maplegrove"_s);
        PgQuery groups = raw->query("SELECT rolname, rolcanlogin FROM pg_roles "
                                    "WHERE rolname IN ($1, $2) ORDER BY rolname");
        groups.bind(1, u"maplegrove_reader"_s).bind(2, u"maplegrove_writer"_s);
        QVERIFY(groups.next());
        QCOMPARE(groups.text(0), u"maplegrove_reader"_s);
        QVERIFY(!groups.boolean(1));
        QVERIFY(groups.next());
        QCOMPARE(groups.text(0), u"maplegrove_writer"_s);
        QVERIFY(!groups.boolean(1));

        for (const char* granted :
             {"SELECT has_database_privilege('maplegrove_writer', 'maplegrove', 'CONNECT')",
              "SELECT has_database_privilege('maplegrove_reader', 'maplegrove', 'CONNECT')",
              "SELECT has_schema_privilege('maplegrove_reader', 'coopdesk', 'USAGE')",
              "SELECT has_table_privilege('maplegrove_writer', 'coopdesk.events', 'INSERT')",
              "SELECT has_table_privilege('maplegrove_writer', 'coopdesk.head', 'UPDATE')",
              "SELECT has_table_privilege('maplegrove_reader', 'coopdesk.events', 'SELECT')",
              "SELECT has_table_privilege('maplegrove_reader', 'coopdesk.projection_skips', "
              "'SELECT')"})
            QVERIFY2(boolean(*raw, granted), granted);
        for (const char* refused :
             {"SELECT has_table_privilege('maplegrove_reader', 'coopdesk.events', 'INSERT')",
              "SELECT has_table_privilege('maplegrove_reader', 'coopdesk.head', 'UPDATE')",
              "SELECT has_table_privilege('maplegrove_writer', 'coopdesk.events', 'UPDATE')",
              "SELECT has_table_privilege('maplegrove_writer', 'coopdesk.meta', 'INSERT')",
              "SELECT has_database_privilege('public', 'maplegrove', 'CONNECT')",
              "SELECT has_database_privilege('public', 'maplegrove', 'TEMPORARY')",
              "SELECT has_database_privilege('maplegrove_writer', 'maplegrove', 'TEMPORARY')"})
            QVERIFY2(!boolean(*raw, refused), refused);
    }

    // Groups made beforehand (by the administrator, or an init that was
    // rolled back elsewhere) are taken as they are and given their grants.
    void initReusesExistingGroups()
    {
        const auto super = m_server->connectAsSuperuser(u"postgres"_s);
        super->executeScript("CREATE ROLE cedar_writer NOLOGIN; CREATE ROLE cedar_reader NOLOGIN");
        const auto oidOf = [&super](const QString& role) {
            PgQuery query = super->query("SELECT oid FROM pg_roles WHERE rolname = $1");
            query.bind(1, role);
            return query.next() ? query.integer(0) : 0;
        };
        const qint64 writerBefore = oidOf(u"cedar_writer"_s);
        QVERIFY(writerBefore != 0);
        const StoreLocation location = m_server->createDatabase(u"cedar"_s);
        const CliRun init = runCli(db(location, {u"init"_s}));
        QVERIFY2(init.exitCode == 0, init.out.constData());
        QCOMPARE(oidOf(u"cedar_writer"_s), writerBefore);

        m_server->createLoginRole(u"cedar_desk"_s, u"cedar_writer"_s);
        const StoreLocation asDesk = m_server->locationAs(u"cedar"_s, u"cedar_desk"_s);
        const CliRun exec = runCli(db(asDesk, {u"exec"_s}), treasurerLines(u"f1"_s));
        QVERIFY2(exec.exitCode == 0, QByteArray(exec.out + exec.err).constData());
        QCOMPARE(openEventStore(location)->headPosition(), 4);
    }

    // A database whose name is not a plain identifier still gets its groups
    // (the server quotes the names).
    void initQuotesTheDatabaseName()
    {
        m_server->connectAsSuperuser(u"postgres"_s)
            ->executeScript("CREATE DATABASE \"Birch Hollow-2\"");
        const StoreLocation location = StoreLocation::fromText(
            u"host=%1 dbname='Birch Hollow-2' user=postgres"_s.arg(m_server->socketDir()));
        const CliRun init = runCli(db(location, {u"init"_s}));
        QVERIFY2(init.exitCode == 0, init.out.constData());
        PgConnection raw(location);
        QVERIFY(boolean(raw, "SELECT has_table_privilege('Birch Hollow-2_writer', "
                             "'coopdesk.events', 'INSERT')"));
        QVERIFY(boolean(raw, "SELECT has_database_privilege('Birch Hollow-2_reader', "
                             "'Birch Hollow-2', 'CONNECT')"));
    }

    // The administrator's own path: a database owner with CREATEROLE, not a
    // superuser, runs init and grants a desk its group with plain GRANT.
    void initByTheDatabaseOwner()
    {
        const auto super = m_server->connectAsSuperuser(u"postgres"_s);
        super->executeScript("CREATE ROLE oak_admin LOGIN CREATEROLE");
        super->executeScript("CREATE DATABASE oak OWNER oak_admin"); // alone: no transaction
        const StoreLocation asAdmin = m_server->locationAs(u"oak"_s, u"oak_admin"_s);
        const CliRun init = runCli(db(asAdmin, {u"init"_s}));
        QVERIFY2(init.exitCode == 0, init.out.constData());
        PgConnection admin(asAdmin);
        admin.executeScript("CREATE ROLE oak_ana LOGIN; GRANT oak_writer TO oak_ana");
        const StoreLocation asAna = m_server->locationAs(u"oak"_s, u"oak_ana"_s);
        const CliRun exec = runCli(db(asAna, {u"exec"_s}), treasurerLines(u"f1"_s));
        QVERIFY2(exec.exitCode == 0, QByteArray(exec.out + exec.err).constData());
        QCOMPARE(userIdOf(openEventStore(asAdmin)->readAfter(0, 1).value(0)), u"oak_ana"_s);
        // The owner, not a superuser, still inserts verbatim.
        admin.executeScript(rawInsert(5, u"someone_from_the_file"_s).constData());
        QCOMPARE(userIdOf(openEventStore(asAdmin)->readAfter(4, 1).value(0)),
                 u"someone_from_the_file"_s);
    }

    // A writer's events carry its role as user_id whatever --user or the
    // command bus said; the chain covers it and verifies.
    void writerEventsCarryTheirRole()
    {
        const StoreLocation location = newCoop(u"willow"_s);
        m_server->createLoginRole(u"willow_ana"_s, u"willow_writer"_s);
        const StoreLocation asAna = m_server->locationAs(u"willow"_s, u"willow_ana"_s);

        const CliRun exec =
            runCli(db(asAna, {u"--user"_s, u"bea"_s, u"exec"_s}), treasurerLines(u"f1"_s));
        QVERIFY2(exec.exitCode == 0, QByteArray(exec.out + exec.err).constData());
        QVERIFY2(exec.err.contains("--user is ignored"), exec.err.constData());
        {
            auto store = openEventStore(asAna);
            QVERIFY(!store->isReadOnly());
            QVERIFY(store->readOnlyReason().isEmpty());
            FixedClock clock;
            CommandBus bus(*store, clock, u"somebody-else"_s);
            const CommandResult result =
                bus.dispatch(cmd(u"RecordContact"_s, {{u"family_id"_s, u"f1"_s},
                                                      {u"date"_s, u"2024-10-01"_s},
                                                      {u"method"_s, u"phone"_s}}));
            QVERIFY2(result.ok, result.toJsonLine().constData());
            // A writer records a skip too (the projection_skips identity).
            store->recordSkip({0, u"family_read_model"_s, 2, u"e2"_s, u"TuitionCharged"_s,
                               u"test"_s, u"willow_ana"_s, u"2024-10-01T00:00:00.000Z"_s});
            QCOMPARE(store->skipsAfter(0).size(), 1);
        }
        const QList<RecordedEvent> events = openEventStore(location)->readAfter(0, 100);
        QCOMPARE(events.size(), 5);
        for (const RecordedEvent& event : events)
            QCOMPARE(userIdOf(event), u"willow_ana"_s);
        const CliRun verified = runCli(db(asAna, {u"verify"_s}));
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
    }

    // Inserting past CoopDesk with another person's user_id is refused by
    // the server (CD002), nothing recorded; the role's own name is let in.
    void directInsertUnderAnotherNameRefused()
    {
        const StoreLocation location = newCoop(u"aspen"_s);
        m_server->createLoginRole(u"aspen_ana"_s, u"aspen_writer"_s);
        PgConnection ana(m_server->locationAs(u"aspen"_s, u"aspen_ana"_s));
        for (const QString& other : {u"aspen_bea"_s, u"postgres"_s, QString()}) {
            try {
                ana.executeScript(rawInsert(1, other).constData());
                QFAIL(qPrintable(other));
            } catch (const StorageError& error) {
                QVERIFY2(error.message().contains(u"records the role that logged in"_s),
                         qPrintable(error.message()));
            }
        }
        try {
            ana.executeScript("INSERT INTO coopdesk.events (position, event_id, stream_id, "
                              "stream_type, stream_version, event_type, schema_version, data, "
                              "metadata, recorded_at, hash) VALUES (1, 'x', 'f', 'Family', 1, "
                              "'FamilyEnrolled', 1, '{}', '{}', '', '')");
            QFAIL("an event without user_id was let in");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(u"records the role that logged in"_s),
                     qPrintable(error.message()));
        }
        auto store = openEventStore(location);
        QCOMPARE(store->readAfter(0, 10).size(), 0);

        PgTransaction undone(ana); // the trigger lets the role's own name in
        ana.executeScript(rawInsert(1, u"aspen_ana"_s).constData());
    }

    // The schema's owner (here the server's superuser, who ran init)
    // inserts events verbatim: a co-op copied in keeps the user ids it was
    // recorded with.
    void ownerInsertsVerbatim()
    {
        const StoreLocation location = newCoop(u"hazel"_s);
        const auto owner = m_server->connectAsSuperuser(u"hazel"_s);
        owner->executeScript(rawInsert(1, u"someone_from_the_file"_s).constData());
        const QList<RecordedEvent> events = openEventStore(location)->readAfter(0, 10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(userIdOf(events.at(0)), u"someone_from_the_file"_s);
    }

    // A role in DB_reader only opens read-only, says why, and exec fails
    // with `storage`, exit 3, nothing appended; reading works.
    void readerOpensReadOnly()
    {
        const StoreLocation location = newCoop(u"elm"_s);
        m_server->createLoginRole(u"elm_ana"_s, u"elm_writer"_s);
        QCOMPARE(runCli(db(m_server->locationAs(u"elm"_s, u"elm_ana"_s), {u"exec"_s}),
                        treasurerLines(u"f1"_s))
                     .exitCode,
                 0);
        m_server->createLoginRole(u"elm_rita"_s, u"elm_reader"_s);
        const StoreLocation asRita = m_server->locationAs(u"elm"_s, u"elm_rita"_s);

        {
            auto store = openEventStore(asRita);
            QVERIFY(store->isReadOnly());
            QVERIFY2(store->readOnlyReason().contains(u"this role may only read"_s),
                     qPrintable(store->readOnlyReason()));
            QCOMPARE(store->readAfter(0, 10).size(), 4);
            QVERIFY_THROWS_EXCEPTION(
                StorageError,
                store->recordSkip({0, u"family_read_model"_s, 2, u"e2"_s, u"TuitionCharged"_s,
                                   u"test"_s, u"elm_rita"_s, u"2024-10-01"_s}));
        }

        const CliRun exec = runCli(db(asRita, {u"exec"_s}),
                                   lineOf(cmd(u"RecordContact"_s, {{u"family_id"_s, u"f1"_s},
                                                                   {u"date"_s, u"2024-10-01"_s},
                                                                   {u"method"_s, u"phone"_s}})));
        QCOMPARE(exec.exitCode, 3);
        const QJsonObject line = exec.jsonLines().value(0);
        QCOMPARE(line.value(u"ok"_s).toBool(true), false);
        QCOMPARE(line.value(u"line"_s).toInt(), 1);
        const QJsonObject error = line.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"storage"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"this role may only read"_s),
                 exec.out.constData());
        QCOMPARE(openEventStore(location)->headPosition(), 4);

        const CliRun exported = runCli(db(asRita, {u"export-events"_s}));
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.lines().size(), 4);
        const CliRun verified = runCli(db(asRita, {u"verify"_s}));
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
    }

    // A writer of co-op A cannot even connect to co-op B on the same server.
    void writerOfOneCoopCannotReachAnother()
    {
        newCoop(u"coop_a"_s);
        const StoreLocation b = newCoop(u"coop_b"_s);
        m_server->createLoginRole(u"coop_a_desk"_s, u"coop_a_writer"_s);
        const StoreLocation aDeskOnB = m_server->locationAs(u"coop_b"_s, u"coop_a_desk"_s);

        QVERIFY_THROWS_EXCEPTION(StorageError, PgConnection{aDeskOnB});
        const CliRun exec = runCli(db(aDeskOnB, {u"exec"_s}), treasurerLines(u"f1"_s));
        QCOMPARE(exec.exitCode, 3);
        QVERIFY2(exec.out.contains("Cannot connect to the co-op's server"), exec.out.constData());
        QVERIFY2(exec.out.contains("permission denied for database"), exec.out.constData());
        QCOMPARE(openEventStore(b)->headPosition(), 0);
        // Its own co-op it reaches.
        QCOMPARE(runCli(db(m_server->locationAs(u"coop_a"_s, u"coop_a_desk"_s), {u"exec"_s}),
                        treasurerLines(u"f1"_s))
                     .exitCode,
                 0);
    }

    // A login role granted nothing (PUBLIC's rights only) cannot connect to
    // a co-op, though it can connect to a database init did not touch; let
    // in by hand, it still cannot read the schema.
    void publicCannotConnect()
    {
        newCoop(u"rowan"_s);
        m_server->createLoginRole(u"passer_by"_s);
        PgConnection elsewhere(m_server->locationAs(u"postgres"_s, u"passer_by"_s));
        const CliRun status =
            runCli(db(m_server->locationAs(u"rowan"_s, u"passer_by"_s), {u"export-events"_s}));
        QCOMPARE(status.exitCode, 3);
        QVERIFY2(status.out.contains("Cannot connect to the co-op's server"),
                 status.out.constData());

        // Let in to the database by hand but in neither group, it is told
        // it may not read, not that the schema is someone else's.
        m_server->connectAsSuperuser(u"rowan"_s)
            ->executeScript("GRANT CONNECT ON DATABASE rowan TO passer_by");
        const CliRun inside =
            runCli(db(m_server->locationAs(u"rowan"_s, u"passer_by"_s), {u"export-events"_s}));
        QCOMPARE(inside.exitCode, 3);
        QVERIFY2(inside.out.contains("may not read the co-op") &&
                     inside.out.contains("rowan_reader"),
                 inside.out.constData());
    }

    // verify reports the user_id trigger disabled, dropped, or its function
    // made to refuse nothing.
    void verifyFindsTheUserIdTriggerGone()
    {
        const StoreLocation location = newCoop(u"linden"_s);
        QCOMPARE(runCli(db(location, {u"exec"_s}), treasurerLines(u"f1"_s)).exitCode, 0);
        QCOMPARE(runCli(db(location, {u"verify"_s})).exitCode, 0);
        const auto raw = m_server->connectAsSuperuser(u"linden"_s);
        const auto verifySays = [&location](const char* tampering) {
            const CliRun verified = runCli(db(location, {u"verify"_s}));
            QVERIFY2(verified.exitCode == 1, tampering);
            QVERIFY2(verified.out.contains("records the role that appended it"),
                     verified.out.constData());
        };

        raw->executeScript("ALTER TABLE coopdesk.events DISABLE TRIGGER events_record_their_user");
        verifySays("disabled");
        QVERIFY(!QTest::currentTestFailed());
        raw->executeScript("ALTER TABLE coopdesk.events ENABLE TRIGGER events_record_their_user");
        QCOMPARE(runCli(db(location, {u"verify"_s})).exitCode, 0);

        raw->executeScript("CREATE OR REPLACE FUNCTION coopdesk.refuse_other_user() RETURNS "
                           "trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        verifySays("emptied");

        raw->executeScript("DROP TRIGGER events_record_their_user ON coopdesk.events");
        verifySays("dropped");
        QVERIFY(!QTest::currentTestFailed());
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pg_roles.moc"
