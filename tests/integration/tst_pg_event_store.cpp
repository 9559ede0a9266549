// The event store of a shared co-op on a real PostgreSQL server the test
// starts itself (SPEC 12.2, 12.6): init and its refusals, the same events
// and hashes a co-op file gets, the server's append-only triggers, the
// checks that leave a foreign or newer schema untouched, idempotent
// command ids, and the CLI's subcommands on a server location.

#include "cli_runner.h"
#include "commands/command_bus.h"
#include "event_log_checks.h"
#include "fixed_clock.h"
#include "store/hash_chain.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// A co-op's worth of commands, each with its command_id (so its metadata
// has no random ids): every command kind that takes or gives back ids.
QList<QJsonObject> coopHistory()
{
    return {
        cmd(u"EnrollFamily"_s, {{u"command_id"_s, u"c1"_s},
                                {u"family_id"_s, u"f1"_s},
                                {u"family_name"_s, u"Martínez Family"_s},
                                {u"enrollment_date"_s, u"2024-09-01"_s}}),
        cmd(u"EnrollFamily"_s, {{u"command_id"_s, u"c2"_s},
                                {u"family_id"_s, u"f2"_s},
                                {u"family_name"_s, u"Nguyen Family"_s},
                                {u"enrollment_date"_s, u"2024-09-02"_s}}),
        cmd(u"AddChild"_s, {{u"command_id"_s, u"c3"_s},
                            {u"family_id"_s, u"f1"_s},
                            {u"child_name"_s, u"Ana 🌱"_s},
                            {u"child_age"_s, 7}}),
        cmd(u"ChargeTuition"_s, {{u"command_id"_s, u"c4"_s},
                                 {u"family_id"_s, u"f1"_s},
                                 {u"charge_id"_s, u"TUI-2024-09"_s},
                                 {u"month"_s, u"2024-09"_s},
                                 {u"amount_cents"_s, 45000},
                                 {u"due_date"_s, u"2024-09-10"_s}}),
        cmd(u"ReceivePayment"_s, {{u"command_id"_s, u"c5"_s},
                                  {u"family_id"_s, u"f1"_s},
                                  {u"payment_id"_s, u"p1"_s},
                                  {u"amount_cents"_s, 20000},
                                  {u"date"_s, u"2024-09-12"_s},
                                  {u"payment_method"_s, u"check"_s},
                                  {u"transaction_id"_s, u"CHK-101"_s}}),
        cmd(u"VoidPayment"_s, {{u"command_id"_s, u"c6"_s},
                               {u"family_id"_s, u"f1"_s},
                               {u"payment_id"_s, u"p1"_s},
                               {u"reason"_s, u"Check bounced"_s}}),
        cmd(u"RecordContact"_s, {{u"command_id"_s, u"c7"_s},
                                 {u"family_id"_s, u"f2"_s},
                                 {u"date"_s, u"2024-10-01"_s},
                                 {u"method"_s, u"phone"_s}}),
        cmd(u"CancelCharge"_s, {{u"command_id"_s, u"c8"_s},
                                {u"family_id"_s, u"f1"_s},
                                {u"charge_id"_s, u"TUI-2024-09"_s},
                                {u"reason"_s, u"Scholarship"_s}}),
    };
}

QStringList db(const StoreLocation& location, const QStringList& rest)
{
    return QStringList{u"--db"_s, location.connectionString()} + rest;
}

QByteArray lineOf(const QJsonObject& command)
{
    return QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
}

// What a test can compare of a database left untouched: every table of
// the schema `coopdesk` with its rows, as text.
QString schemaSnapshot(PgConnection& connection)
{
    QString snapshot;
    PgQuery tables = connection.query("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = $1 ORDER BY table_name");
    tables.bind(1, u"coopdesk"_s);
    while (tables.next()) {
        const QString table = tables.text(0);
        snapshot += table + u'\n';
        // The table's name comes from the catalogue, quoted as an identifier.
        const QByteArray sql =
            "SELECT t::text FROM coopdesk.\"" + table.toUtf8() + "\" t ORDER BY 1";
        PgQuery rows = connection.query(sql.constData());
        while (rows.next())
            snapshot += u"  "_s + rows.text(0) + u'\n';
    }
    return snapshot;
}

} // namespace

class TestPgEventStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPgServer> m_server;
    int m_databases = 0;

    StoreLocation newDatabase()
    {
        return m_server->createDatabase(u"coop_%1"_s.arg(++m_databases));
    }

    StoreLocation newCoop()
    {
        const StoreLocation location = newDatabase();
        createEventStore(location);
        return location;
    }

    QString databaseName() const { return u"coop_%1"_s.arg(m_databases); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // init makes the schema; a second init is refused and changes nothing.
    void initCreatesTheSchemaOnceOnly()
    {
        const StoreLocation location = newDatabase();
        const CliRun init = runCli(db(location, {u"init"_s}));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QCOMPARE(init.json().value(u"ok"_s), QJsonValue(true));
        const QString storeId = init.json().value(u"file_id"_s).toString();
        QVERIFY(!QUuid::fromString(storeId).isNull());

        const auto raw = m_server->connectAsSuperuser(databaseName());
        PgQuery tables = raw->query("SELECT string_agg(table_name, ',' ORDER BY table_name) "
                                    "FROM information_schema.tables WHERE table_schema = $1");
        tables.bind(1, u"coopdesk"_s);
        QVERIFY(tables.next());
        QCOMPARE(tables.text(0), u"accepted_commands,events,family_reserved_ids,family_state,"
                                 u"head,meta,projection_skips"_s);
        const QString before = schemaSnapshot(*raw);

        const CliRun again = runCli(db(location, {u"init"_s}));
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.out.contains("already holds a co-op"), again.out.constData());
        QCOMPARE(schemaSnapshot(*raw), before);
        QCOMPARE(openEventStore(location)->storeId(), storeId);
    }

    // The same commands give a server store and a co-op file the same
    // events: data and metadata byte for byte, and the same hash chain (the
    // event ids, random, aside: with the file's ids the server's rows hash
    // to the file's hashes).
    void sameEventsAsACoopFile()
    {
        TempCoop file;
        // On the server an event records the role that logged in, whatever
        // the bus was told (SPEC 12.2): the file's bus says the same.
        file.bus().setUserId(u"postgres"_s);
        const StoreLocation location = newCoop();
        auto server = openEventStore(location);
        FixedClock clock;
        CommandBus bus(*server, clock, u"tester"_s);
        for (const QJsonObject& command : coopHistory()) {
            const CommandResult onFile = file.bus().dispatch(command);
            const CommandResult onServer = bus.dispatch(command);
            QVERIFY2(onFile.ok && onServer.ok, onServer.toJsonLine().constData());
            QCOMPARE(onServer.toJsonLine(), onFile.toJsonLine());
            file.clock().advance(1500);
            clock.advance(1500);
        }

        const QList<RecordedEvent> fromFile = file.store().readAfter(0, 100);
        const QList<RecordedEvent> fromServer = server->readAfter(0, 100);
        QCOMPARE(fromServer.size(), coopHistory().size());
        QCOMPARE(fromServer.size(), fromFile.size());
        QByteArray previous;
        for (qsizetype i = 0; i < fromFile.size(); ++i) {
            const RecordedEvent& f = fromFile.at(i);
            RecordedEvent s = fromServer.at(i);
            QCOMPARE(s.position, f.position);
            QCOMPARE(s.streamId, f.streamId);
            QCOMPARE(s.streamType, f.streamType);
            QCOMPARE(s.streamVersion, f.streamVersion);
            QCOMPARE(s.eventType, f.eventType);
            QCOMPARE(s.schemaVersion, f.schemaVersion);
            QCOMPARE(s.data, f.data);
            QCOMPARE(s.metadata, f.metadata);
            QCOMPARE(s.recordedAt, f.recordedAt);
            QCOMPARE(s.hash, eventHash(previous, s)); // the server's own chain
            previous = s.hash;
            s.eventId = f.eventId;
            s.hash = eventHash(i == 0 ? QByteArray() : fromFile.at(i - 1).hash, s);
            QCOMPARE(s.hash, f.hash);
        }
        for (const RecordedEvent& first : fromServer) {
            if (first.streamVersion == 1) // each stream once
                QCOMPARE(foldReadProblem(*server, first.streamId), QString());
        }

        // export-events prints both alike but for the ids and hashes.
        const auto exported = [](const QStringList& arguments) {
            QList<QJsonObject> events = runCli(arguments).jsonLines();
            for (QJsonObject& event : events) {
                event.remove(u"event_id"_s);
                event.remove(u"hash"_s);
            }
            return events;
        };
        const QList<QJsonObject> fileExport =
            exported({u"--db"_s, file.path(), u"export-events"_s});
        QCOMPARE(fileExport.size(), fromFile.size());
        QCOMPARE(exported(db(location, {u"export-events"_s})), fileExport);

        const CliRun verified = runCli(db(location, {u"verify"_s}));
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), fromFile.size());
    }

    // The server refuses UPDATE, DELETE and TRUNCATE of events, even from
    // its superuser, and the store still verifies afterwards.
    void eventsAreAppendOnlyOnTheServer()
    {
        const StoreLocation location = newCoop();
        QCOMPARE(runCli(db(location, {u"exec"_s}),
                        lineOf(coopHistory().at(0)) + lineOf(coopHistory().at(1)))
                     .exitCode,
                 0);
        const auto raw = m_server->connectAsSuperuser(databaseName());
        for (const char* sql :
             {"UPDATE coopdesk.events SET data = '{}' WHERE position = 1",
              "DELETE FROM coopdesk.events WHERE position = 2", "TRUNCATE coopdesk.events",
              "TRUNCATE coopdesk.events CASCADE", "DELETE FROM coopdesk.events"}) {
            try {
                raw->executeScript(sql);
                QFAIL(sql);
            } catch (const StorageError& error) {
                QVERIFY2(error.message().contains(u"append-only"_s), qPrintable(error.message()));
            }
        }
        const CliRun verified = runCli(db(location, {u"verify"_s}));
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), 2);
    }

    // verify finds an event edited behind the triggers' back, the last
    // event deleted, and the triggers dropped.
    void verifyFindsTampering()
    {
        const StoreLocation location = newCoop();
        QByteArray input;
        for (const QJsonObject& command : coopHistory())
            input += lineOf(command);
        QCOMPARE(runCli(db(location, {u"exec"_s}), input).exitCode, 0);
        const auto raw = m_server->connectAsSuperuser(databaseName());

        raw->executeScript("ALTER TABLE coopdesk.events DISABLE TRIGGER events_are_append_only");
        CliRun verified = runCli(db(location, {u"verify"_s}));
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.json().value(u"problem"_s).toString().contains(u"append-only"_s),
                 verified.out.constData());

        raw->executeScript("UPDATE coopdesk.events SET data = replace(data, '45000', '4500') "
                           "WHERE position = 4");
        verified = runCli(db(location, {u"verify"_s}));
        QCOMPARE(verified.exitCode, 1);
        QCOMPARE(verified.json().value(u"position"_s).toInteger(), 4);

        const auto second = newCoop();
        QCOMPARE(runCli(db(second, {u"exec"_s}), input).exitCode, 0);
        const auto raw2 = m_server->connectAsSuperuser(databaseName());
        raw2->executeScript("ALTER TABLE coopdesk.events DISABLE TRIGGER events_are_append_only;"
                            "DELETE FROM coopdesk.events WHERE position = 8;"
                            "ALTER TABLE coopdesk.events ENABLE TRIGGER events_are_append_only");
        verified = runCli(db(second, {u"verify"_s}));
        QCOMPARE(verified.exitCode, 1);
        QCOMPARE(verified.json().value(u"position"_s).toInteger(), 8);
    }

    // A database whose `coopdesk` schema is not CoopDesk's is refused by
    // every subcommand, init included, and left as it was.
    void foreignSchemaRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::newRow("no meta") << QByteArray(
            "CREATE SCHEMA coopdesk; CREATE TABLE coopdesk.events (id int PRIMARY KEY);"
            "INSERT INTO coopdesk.events VALUES (1), (2)");
        QTest::newRow("another meta")
            << QByteArray("CREATE SCHEMA coopdesk; CREATE TABLE coopdesk.meta (key text, value "
                          "text); INSERT INTO coopdesk.meta VALUES ('schema_version', '1')");
        QTest::newRow("meta of other types")
            << QByteArray("CREATE SCHEMA coopdesk; CREATE TABLE coopdesk.meta (key int, value "
                          "int); INSERT INTO coopdesk.meta VALUES (1, 2)");
    }

    void foreignSchemaRefusedUntouched()
    {
        QFETCH(QByteArray, setup);
        const StoreLocation location = newDatabase();
        const auto raw = m_server->connectAsSuperuser(databaseName());
        raw->executeScript(setup.constData());
        const QString before = schemaSnapshot(*raw);
        for (const QStringList& command : {QStringList{u"exec"_s},
                                           {u"init"_s},
                                           {u"export-events"_s},
                                           {u"verify"_s},
                                           {u"status"_s}}) {
            const CliRun run = runCli(db(location, command), lineOf(coopHistory().at(0)));
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.out.contains("did not make") || run.out.contains("not CoopDesk"),
                     run.out.constData());
        }
        QCOMPARE(schemaSnapshot(*raw), before);
    }

    // A database without any co-op says how to make one.
    void emptyDatabaseSaysToInit()
    {
        const StoreLocation location = newDatabase();
        const CliRun run = runCli(db(location, {u"export-events"_s}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains("holds no co-op") && run.out.contains("init"),
                 run.out.constData());
    }

    // A co-op of a newer schema is refused with a message to update, untouched.
    void newerSchemaRefusedUntouched()
    {
        const StoreLocation location = newCoop();
        QCOMPARE(runCli(db(location, {u"exec"_s}), lineOf(coopHistory().at(0))).exitCode, 0);
        const auto raw = m_server->connectAsSuperuser(databaseName());
        raw->executeScript("UPDATE coopdesk.meta SET value = '99' WHERE key = 'schema_version'");
        const QString before = schemaSnapshot(*raw);
        for (const QStringList& command :
             {QStringList{u"exec"_s}, {u"init"_s}, {u"export-events"_s}, {u"verify"_s}}) {
            const CliRun run = runCli(db(location, command), lineOf(coopHistory().at(1)));
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.out.contains("newer version of CoopDesk"), run.out.constData());
        }
        QCOMPARE(schemaSnapshot(*raw), before);
    }

    // A repeated command_id (a retry after a lost acknowledgement) returns
    // the first result, from another process too, and appends nothing.
    void repeatedCommandIdReturnsTheFirstResult()
    {
        const StoreLocation location = newCoop();
        const QByteArray enroll = lineOf(coopHistory().at(0));
        const CliRun first = runCli(db(location, {u"exec"_s}), enroll);
        QCOMPARE(first.exitCode, 0);
        const CliRun again = runCli(db(location, {u"exec"_s}), enroll + enroll);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lines().size(), 2);
        QCOMPARE(again.lines().at(0), first.lines().at(0));
        QCOMPARE(again.lines().at(1), first.lines().at(0));
        QCOMPARE(openEventStore(location)->headPosition(), 1);
    }

    // The subcommands that read (query, status, verify, export) work on a
    // server location given as a URI, with the desk's views file in its
    // data folder, named by the store's id; backup says it is not there yet.
    void cliSubcommandsOnAServer()
    {
        const StoreLocation keywords = newCoop();
        const StoreLocation uri = m_server->uriOf(databaseName());
        QVERIFY(uri.isServer());
        QByteArray input;
        for (const QJsonObject& command : coopHistory())
            input += lineOf(command);
        const CliRun exec = runCli(db(uri, {u"exec"_s, u"--wait"_s}), input);
        QVERIFY2(exec.exitCode == 0, QByteArray(exec.out + exec.err).constData());

        const CliRun family = runCli(db(keywords, {u"query"_s, u"family"_s, u"f1"_s}));
        QCOMPARE(family.exitCode, 0);
        QCOMPARE(family.json().value(u"family_name"_s).toString(), u"Martínez Family"_s);
        QCOMPARE(family.json().value(u"children_count"_s).toInteger(), 1);

        const CliRun status = runCli(db(uri, {u"status"_s}));
        QCOMPARE(status.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(status.out).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& row : rows)
            QCOMPARE(row.toObject().value(u"last_position"_s).toInteger(), 8);

        const QString storeId = openEventStore(uri)->storeId();
        const QString views =
            qEnvironmentVariable("XDG_DATA_HOME") + u"/coopdesk/views/%1.coop-views"_s.arg(storeId);
        QVERIFY2(QFileInfo::exists(views), qPrintable(views));

        QCOMPARE(runCli(db(uri, {u"verify"_s})).exitCode, 0);
        QCOMPARE(runCli(db(uri, {u"export-events"_s, u"--from"_s, u"7"_s})).lines().size(), 2);

        // backup writes a co-op file through copy (tst_pg_copy tests it further).
        QTemporaryDir backups;
        const QString backupPath = backups.filePath(u"backup.coop"_s);
        const CliRun backup = runCli(db(uri, {u"backup"_s, backupPath}));
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(backup.json().value(u"events_checked"_s).toInteger(), 8);
        QCOMPARE(runCli({u"--db"_s, backupPath, u"verify"_s}).exitCode, 0);
    }

    // Each append transaction notifies coopdesk_events with the new head's
    // position, delivered on commit; a batch notifies once, with its last.
    void eachCommitNotifiesItsPosition()
    {
        const StoreLocation location = newCoop();
        const auto listener = m_server->connectAsSuperuser(databaseName());
        listener->executeScript("LISTEN coopdesk_events");
        auto store = openEventStore(location);
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        QVERIFY(bus.dispatch(coopHistory().at(0)).ok);
        const CommandBus::BatchResult batch =
            bus.dispatchBatch({coopHistory().at(1), coopHistory().at(2)});
        QVERIFY(batch.committed);

        QStringList payloads;
        const auto received = [&] {
            PQconsumeInput(listener->handle());
            while (PGnotify* notification = PQnotifies(listener->handle())) {
                payloads.append(QString::fromUtf8(notification->extra));
                PQfreemem(notification);
            }
            return payloads.size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(received(), 2, 30000);
        QCOMPARE(payloads, QStringList({u"1"_s, u"3"_s}));
    }

    // hasNewCommits: another store object's commit is news, one's own is not.
    void newCommitsOfOtherDesksAreNoticed()
    {
        const StoreLocation location = newCoop();
        auto desk = openEventStore(location);
        auto other = openEventStore(location);
        FixedClock clock;
        CommandBus deskBus(*desk, clock, u"desk"_s);
        CommandBus otherBus(*other, clock, u"other"_s);
        QVERIFY(!desk->hasNewCommits());
        QVERIFY(deskBus.dispatch(coopHistory().at(0)).ok);
        QVERIFY(!desk->hasNewCommits());
        QVERIFY(otherBus.dispatch(coopHistory().at(1)).ok);
        QVERIFY(desk->hasNewCommits());
        QVERIFY(!desk->hasNewCommits());
        // Another desk's commit before one's own is still news after it.
        QVERIFY(otherBus.dispatch(coopHistory().at(2)).ok);
        QVERIFY(deskBus.dispatch(coopHistory().at(6)).ok);
        QVERIFY(desk->hasNewCommits());
        QCOMPARE(desk->headPosition(), 4);
    }

    // Opened to read only, the store refuses to write, and says so.
    void readOnlyStoreRefusesWrites()
    {
        const StoreLocation location = newCoop();
        StoreOptions readOnly;
        readOnly.readOnly = true;
        auto store = openEventStore(location, readOnly);
        QVERIFY(store->isReadOnly());
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        const CommandResult result = bus.dispatch(coopHistory().at(0));
        QVERIFY(!result.ok);
        QCOMPARE(result.error->code, u"storage"_s);
        QCOMPARE(store->headPosition(), 0);
    }

    // A desk holding the head lock too long makes another desk's command
    // fail as busy (lock_timeout) with nothing appended, not wait forever.
    void heldHeadLockTimesOutAsBusy()
    {
        const StoreLocation location = newCoop();
        StoreOptions impatient;
        impatient.busyTimeoutMs = 200;
        auto store = openEventStore(location, impatient);
        FixedClock clock;
        CommandBus bus(*store, clock, u"tester"_s);
        {
            const auto holder = m_server->connectAsSuperuser(databaseName());
            PgTransaction held(*holder);
            holder->executeScript("SELECT 1 FROM coopdesk.head FOR UPDATE");
            const CommandResult result = bus.dispatch(coopHistory().at(0));
            QVERIFY(!result.ok);
            QCOMPARE(result.error->code, u"storage"_s);
            QVERIFY2(result.error->message.contains(u"busy"_s), qPrintable(result.error->message));
        }
        QCOMPARE(store->headPosition(), 0);
        QVERIFY(bus.dispatch(coopHistory().at(0)).ok); // the same store goes on
        QCOMPARE(store->headPosition(), 1);
    }

    // A role that may not create the schema is told to run init as the
    // database's owner; one that may not insert events opens read-only.
    void rolesWithoutRights()
    {
        const StoreLocation location = newDatabase();
        const auto raw = m_server->connectAsSuperuser(databaseName());
        raw->executeScript("CREATE ROLE desk_without_rights LOGIN");
        const StoreLocation asDesk = StoreLocation::fromText(
            location.connectionString().replace(u"user=postgres"_s, u"user=desk_without_rights"_s));
        const CliRun init = runCli(db(asDesk, {u"init"_s}));
        QCOMPARE(init.exitCode, 3);
        QVERIFY2(init.out.contains("run init as the database's owner"), init.out.constData());

        createEventStore(location);
        // init took CONNECT from PUBLIC: the role is given it by hand here.
        const QByteArray grants =
            "GRANT CONNECT ON DATABASE " + databaseName().toUtf8() +
            " TO desk_without_rights;"
            "GRANT USAGE ON SCHEMA coopdesk TO desk_without_rights;"
            "GRANT SELECT ON ALL TABLES IN SCHEMA coopdesk TO desk_without_rights";
        raw->executeScript(grants.constData());
        QVERIFY(openEventStore(asDesk)->isReadOnly());
        const CliRun exec = runCli(db(asDesk, {u"exec"_s}), lineOf(coopHistory().at(0)));
        QCOMPARE(exec.exitCode, 3);
        QVERIFY2(exec.out.contains("read only"), exec.out.constData());
        QCOMPARE(runCli(db(asDesk, {u"export-events"_s})).exitCode, 0);
        QCOMPARE(openEventStore(location)->headPosition(), 0);
    }

    // A shown location never has the password; libpq still gets it.
    void passwordNeverShown()
    {
        const StoreLocation location = newDatabase();
        const StoreLocation withPassword = StoreLocation::fromText(
            location.connectionString() + u" password=never-shown-secret"_s);
        const CliRun init = runCli(db(withPassword, {u"init"_s}));
        QCOMPARE(init.exitCode, 0); // trust: the password is not asked for
        QVERIFY(!init.out.contains("never-shown-secret"));
        const CliRun again = runCli(db(withPassword, {u"init"_s}));
        QCOMPARE(again.exitCode, 3);
        QVERIFY(!again.out.contains("never-shown-secret"));
        QVERIFY(!again.err.contains("never-shown-secret"));
    }

    // A server that cannot be reached is a storage error (exit 3).
    void unreachableServerIsAStorageError()
    {
        const CliRun run =
            runCli({u"--db"_s, u"host=/nonexistent-socket-dir dbname=x user=postgres"_s,
                    u"export-events"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains("Cannot connect to the co-op's server"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPgEventStore)
#include "tst_pg_event_store.moc"
