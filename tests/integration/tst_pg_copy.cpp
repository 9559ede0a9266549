// Moving a co-op (SPEC 12.4) on a real PostgreSQL server the test starts
// itself: `coopdesk-cli copy` from a co-op file to a server and back, every
// event byte for byte; commands on the copy behave as on the source; a
// target that is not empty, an existing file or a foreign schema refused
// untouched; an empty database initialized by the copy; `backup FILE` of a
// server co-op; a tampered source refused, leaving nothing behind.

#include "cli_runner.h"
#include "command_lines.h"
#include "store/open_event_store.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray lineOf(const QJsonObject& command)
{
    return QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
}

// Every command kind that takes or gives back ids, each with its
// command_id; p1 and TUI-2024-09 stay taken at the end.
QByteArray historyLines()
{
    QByteArray lines;
    for (const QJsonObject& command : {
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
             cmd(u"ReceivePayment"_s, {{u"command_id"_s, u"c6"_s},
                                       {u"family_id"_s, u"f2"_s},
                                       {u"payment_id"_s, u"p2"_s},
                                       {u"amount_cents"_s, 5000},
                                       {u"date"_s, u"2024-09-13"_s},
                                       {u"payment_method"_s, u"cash"_s}}),
             cmd(u"VoidPayment"_s, {{u"command_id"_s, u"c7"_s},
                                    {u"family_id"_s, u"f2"_s},
                                    {u"payment_id"_s, u"p2"_s},
                                    {u"reason"_s, u"Entered twice"_s}}),
             cmd(u"RecordContact"_s, {{u"command_id"_s, u"c8"_s},
                                      {u"family_id"_s, u"f2"_s},
                                      {u"date"_s, u"2024-10-01"_s},
                                      {u"method"_s, u"phone"_s}}),
         })
        lines += lineOf(command);
    return lines;
}

// What is run on the source and on its copy after the copy: a repeated
// command_id, a payment id still taken, one given back by a void, a charge
// id still taken, and new events on both families.
QByteArray afterCopyLines()
{
    QByteArray lines;
    for (const QJsonObject& command : {
             cmd(u"ReceivePayment"_s, {{u"command_id"_s, u"c5"_s},
                                       {u"family_id"_s, u"f1"_s},
                                       {u"payment_id"_s, u"p1"_s},
                                       {u"amount_cents"_s, 20000},
                                       {u"date"_s, u"2024-09-12"_s},
                                       {u"payment_method"_s, u"check"_s},
                                       {u"transaction_id"_s, u"CHK-101"_s}}),
             cmd(u"ReceivePayment"_s, {{u"command_id"_s, u"d1"_s},
                                       {u"family_id"_s, u"f1"_s},
                                       {u"payment_id"_s, u"p1"_s},
                                       {u"amount_cents"_s, 100},
                                       {u"date"_s, u"2024-09-20"_s},
                                       {u"payment_method"_s, u"cash"_s}}),
             cmd(u"ReceivePayment"_s, {{u"command_id"_s, u"d2"_s},
                                       {u"family_id"_s, u"f2"_s},
                                       {u"payment_id"_s, u"p2"_s},
                                       {u"amount_cents"_s, 5000},
                                       {u"date"_s, u"2024-09-21"_s},
                                       {u"payment_method"_s, u"cash"_s}}),
             cmd(u"ChargeTuition"_s, {{u"command_id"_s, u"d3"_s},
                                      {u"family_id"_s, u"f1"_s},
                                      {u"charge_id"_s, u"TUI-2024-09"_s},
                                      {u"month"_s, u"2024-09"_s},
                                      {u"amount_cents"_s, 45000},
                                      {u"due_date"_s, u"2024-09-10"_s}}),
             cmd(u"AddChild"_s, {{u"command_id"_s, u"d4"_s},
                                 {u"family_id"_s, u"f1"_s},
                                 {u"child_name"_s, u"Leo"_s},
                                 {u"child_age"_s, 4}}),
             cmd(u"WithdrawFamily"_s, {{u"command_id"_s, u"d5"_s},
                                       {u"family_id"_s, u"f2"_s},
                                       {u"date"_s, u"2024-10-05"_s},
                                       {u"reason"_s, u"Moved away"_s}}),
         })
        lines += lineOf(command);
    return lines;
}

QStringList db(const StoreLocation& location, const QStringList& rest)
{
    const QString text = location.isServer() ? location.connectionString() : location.filePath();
    return QStringList{u"--db"_s, text} + rest;
}

QStringList copyArguments(const StoreLocation& from, const StoreLocation& to)
{
    const auto text = [](const StoreLocation& l) {
        return l.isServer() ? l.connectionString() : l.filePath();
    };
    return {u"copy"_s, u"--from"_s, text(from), u"--to"_s, text(to)};
}

// Every table of the schema `coopdesk` with its rows, as text: what a
// database left untouched must still hold (empty when there is no schema).
QString schemaSnapshot(PgConnection& connection)
{
    QString snapshot;
    PgQuery tables = connection.query("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = $1 ORDER BY table_name");
    tables.bind(1, u"coopdesk"_s);
    while (tables.next()) {
        const QString table = tables.text(0);
        snapshot += table + u'\n';
        const QByteArray sql =
            "SELECT t::text FROM coopdesk.\"" + table.toUtf8() + "\" t ORDER BY 1";
        PgQuery rows = connection.query(sql.constData());
        while (rows.next())
            snapshot += u"  "_s + rows.text(0) + u'\n';
    }
    return snapshot;
}

bool hasCoopdeskSchema(PgConnection& connection)
{
    PgQuery query = connection.query("SELECT 1 FROM pg_namespace WHERE nspname = $1");
    query.bind(1, u"coopdesk"_s);
    return query.next();
}

// Edits an event's hash in a co-op file behind CoopDesk's back, its
// append-only trigger dropped first.
void tamperWithHash(const QString& path, qint64 position)
{
    SqliteConnection raw(path, SqliteConnection::Mode::ReadWrite);
    raw.execute("DROP TRIGGER events_are_append_only_update");
    const QByteArray sql = "UPDATE events SET hash = '" + QByteArray(64, 'a') +
                           "' WHERE position = " + QByteArray::number(position);
    raw.execute(sql.constData());
}

} // namespace

class TestPgCopy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPgServer> m_server;
    int m_databases = 0;
    QTemporaryDir m_files;
    int m_fileCount = 0;

    QString newDatabaseName() { return u"copy_%1"_s.arg(++m_databases); }

    StoreLocation newFileLocation()
    {
        return StoreLocation::fromText(m_files.filePath(u"coop_%1.coop"_s.arg(++m_fileCount)));
    }

    // A co-op file holding historyLines(), through the CLI.
    StoreLocation fileWithHistory(const QByteArray& extra = {})
    {
        const StoreLocation file = newFileLocation();
        const CliRun init = runCli(db(file, {u"init"_s}));
        if (init.exitCode != 0)
            qWarning("init: %s", init.err.constData());
        const CliRun exec = runCli(db(file, {u"exec"_s}), historyLines() + extra);
        if (exec.exitCode != 0)
            qWarning("exec: %s", exec.out.constData());
        return file;
    }

    static void checkCopied(const CliRun& copy, qint64 events)
    {
        QVERIFY2(copy.exitCode == 0, QByteArray(copy.out + copy.err).constData());
        const QJsonObject answer = copy.json();
        QCOMPARE(answer.value(u"ok"_s), QJsonValue(true));
        QCOMPARE(answer.value(u"events_copied"_s).toInteger(), events);
        QCOMPARE(answer.value(u"events_checked"_s).toInteger(), events);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // File → server → file: the same export-events everywhere, every column
    // of every event equal (hashes included), all three verify. More
    // events than one chunk, so the copy's paging is crossed.
    void fileToServerToFileKeepsEveryEvent()
    {
        const StoreLocation source = fileWithHistory(familyLines(u"big"_s, 5400));
        const qint64 events = 8 + 5400;
        const StoreLocation server = m_server->createDatabase(newDatabaseName());
        QCOMPARE(runCli(db(server, {u"init"_s})).exitCode, 0);

        const CliRun toServer = runCli(copyArguments(source, server));
        checkCopied(toServer, events);
        QCOMPARE(toServer.json().value(u"from"_s).toString(), source.filePath());
        QCOMPARE(toServer.json().value(u"to"_s).toString(), server.toString());
        QCOMPARE(toServer.json().value(u"commands_copied"_s).toInteger(), 8 + 5400 / 3);
        QVERIFY(toServer.err.contains("copying:"));

        const StoreLocation back = newFileLocation();
        const CliRun toFile = runCli(copyArguments(server, back));
        checkCopied(toFile, events);

        const QByteArray exported = runCli(db(source, {u"export-events"_s})).out;
        QCOMPARE(exported.count('\n'), events);
        QCOMPARE(runCli(db(server, {u"export-events"_s})).out, exported);
        QCOMPARE(runCli(db(back, {u"export-events"_s})).out, exported);
        for (const StoreLocation& location : {source, server, back}) {
            const CliRun verify = runCli(db(location, {u"verify"_s}));
            QVERIFY2(verify.exitCode == 0, verify.out.constData());
        }

        const QList<RecordedEvent> expected = openEventStore(source)->readAfter(0, 10);
        const QList<RecordedEvent> copied = openEventStore(server)->readAfter(0, 10);
        QCOMPARE(copied.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(copied.at(i).eventId, expected.at(i).eventId);
            QCOMPARE(copied.at(i).metadata, expected.at(i).metadata);
            QCOMPARE(copied.at(i).recordedAt, expected.at(i).recordedAt);
            QCOMPARE(copied.at(i).hash, expected.at(i).hash);
        }
        // A copy is another store: its own id (and so its own views file).
        const QString sourceId = openEventStore(source)->storeId();
        const QString serverId = openEventStore(server)->storeId();
        QVERIFY(sourceId != serverId);
        QCOMPARE(toServer.json().value(u"store_id"_s).toString(), serverId);
        QVERIFY(openEventStore(back)->storeId() != serverId);
        QCOMPARE(QFileInfo(back.filePath()).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    // Into a database with no schema: the copy initializes it, and then the
    // same commands give the same answers on the copy as on the source
    // (versions go on, a repeated command_id returns its first result, ids
    // taken or given back stay so).
    void commandsOnTheCopyBehaveAsOnTheSource()
    {
        const StoreLocation source = fileWithHistory();
        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        {
            const auto raw = m_server->connectAsSuperuser(name);
            QVERIFY(!hasCoopdeskSchema(*raw));
        }
        checkCopied(runCli(copyArguments(source, server)), 8);
        QCOMPARE(runCli(db(server, {u"status"_s})).exitCode, 0);

        const CliRun onSource = runCli(db(source, {u"exec"_s}), afterCopyLines());
        const CliRun onServer = runCli(db(server, {u"exec"_s}), afterCopyLines());
        QCOMPARE(onServer.out, onSource.out);
        const QList<QJsonObject> results = onServer.jsonLines();
        QCOMPARE(results.size(), 6);
        // c5 again: its first result, nothing appended.
        QCOMPARE(results.at(0).value(u"position"_s).toInteger(), 5);
        QCOMPARE(results.at(0).value(u"payment_id"_s).toString(), u"p1"_s);
        QCOMPARE(results.at(1).value(u"ok"_s), QJsonValue(false)); // p1 still taken
        QCOMPARE(results.at(2).value(u"ok"_s), QJsonValue(true));  // p2 given back by the void
        QCOMPARE(results.at(3).value(u"ok"_s), QJsonValue(false)); // TUI-2024-09 still taken
        QCOMPARE(results.at(4).value(u"position"_s).toInteger(), 10);
        QCOMPARE(results.at(4).value(u"stream_version"_s).toInteger(), 5);
        QCOMPARE(results.at(5).value(u"ok"_s), QJsonValue(true));
        QCOMPARE(runCli(db(server, {u"verify"_s})).exitCode, 0);
    }

    // A server co-op that holds an event is refused, every row as it was.
    void serverWithEventsRefusedUntouched()
    {
        const StoreLocation source = fileWithHistory();
        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        QCOMPARE(runCli(db(server, {u"init"_s})).exitCode, 0);
        QCOMPARE(runCli(db(server, {u"exec"_s}), enrollLine(u"other"_s)).exitCode, 0);
        const auto raw = m_server->connectAsSuperuser(name);
        const QString before = schemaSnapshot(*raw);

        const CliRun copy = runCli(copyArguments(source, server));
        QCOMPARE(copy.exitCode, 3);
        QVERIFY2(copy.out.contains("already holds events"), copy.out.constData());
        QCOMPARE(schemaSnapshot(*raw), before);
    }

    // An existing file is never replaced (exit 2, as backup); a missing
    // folder is a storage error that leaves nothing behind.
    void fileTargetRefusals()
    {
        const StoreLocation server = m_server->createDatabase(newDatabaseName());
        QCOMPARE(runCli(db(server, {u"init"_s})).exitCode, 0);
        QCOMPARE(runCli(db(server, {u"exec"_s}), historyLines()).exitCode, 0);

        QTemporaryDir dir;
        const QString existing = dir.filePath(u"existing.coop"_s);
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not to be replaced");
        }
        const CliRun overwrite = runCli(copyArguments(server, StoreLocation::fromText(existing)));
        QCOMPARE(overwrite.exitCode, 2);
        QVERIFY2(overwrite.err.contains("exists"), overwrite.err.constData());
        QCOMPARE(fileBytes(existing), QByteArray("not to be replaced"));
        const CliRun backup = runCli(db(server, {u"backup"_s, existing}));
        QCOMPARE(backup.exitCode, 2);
        QCOMPARE(fileBytes(existing), QByteArray("not to be replaced"));

        const QString missing = dir.filePath(u"no-such-folder/copy.coop"_s);
        const CliRun intoNowhere = runCli(copyArguments(server, StoreLocation::fromText(missing)));
        QCOMPARE(intoNowhere.exitCode, 3);
        QVERIFY2(intoNowhere.out.contains("folder does not exist"), intoNowhere.out.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"existing.coop"_s});
    }

    // A `coopdesk` schema CoopDesk did not make is refused, left as it was.
    void foreignSchemaRefusedUntouched()
    {
        const StoreLocation source = fileWithHistory();
        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        const auto raw = m_server->connectAsSuperuser(name);
        raw->executeScript("CREATE SCHEMA coopdesk; CREATE TABLE coopdesk.events (id int "
                           "PRIMARY KEY); INSERT INTO coopdesk.events VALUES (1), (2)");
        const QString before = schemaSnapshot(*raw);

        const CliRun copy = runCli(copyArguments(source, server));
        QCOMPARE(copy.exitCode, 3);
        QVERIFY2(copy.out.contains("did not make"), copy.out.constData());
        QCOMPARE(schemaSnapshot(*raw), before);
    }

    // backup FILE of a server co-op: an owner-only co-op file that verifies
    // and exports the server's events.
    void backupOfAServerCoop()
    {
        const StoreLocation server = m_server->createDatabase(newDatabaseName());
        QCOMPARE(runCli(db(server, {u"init"_s})).exitCode, 0);
        QCOMPARE(runCli(db(server, {u"exec"_s}), historyLines()).exitCode, 0);

        QTemporaryDir dir;
        const QString target = dir.filePath(u"backup.coop"_s);
        const CliRun backup = runCli(db(server, {u"backup"_s, target}));
        QVERIFY2(backup.exitCode == 0, QByteArray(backup.out + backup.err).constData());
        QCOMPARE(backup.json().value(u"events_checked"_s).toInteger(), 8);
        const StoreLocation file = StoreLocation::fromText(target);
        QCOMPARE(runCli(db(file, {u"verify"_s})).exitCode, 0);
        QCOMPARE(runCli(db(file, {u"export-events"_s})).out,
                 runCli(db(server, {u"export-events"_s})).out);
        QCOMPARE(QFileInfo(target).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        // Nothing but the backup (and its views file, if a query made one).
        for (const QString& entry :
             QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            QVERIFY2(entry.startsWith(u"backup.coop"_s), qPrintable(entry));
    }

    // A source whose hash was altered is refused, not copied as sound: the
    // empty database the copy initialized is left without a schema again,
    // and a file target leaves nothing behind.
    void tamperedSourceRefused()
    {
        const StoreLocation source = fileWithHistory();
        tamperWithHash(source.filePath(), 3);
        QCOMPARE(runCli(db(source, {u"verify"_s})).exitCode, 1);

        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        const CliRun toServer = runCli(copyArguments(source, server));
        QCOMPARE(toServer.exitCode, 3);
        QVERIFY2(toServer.out.contains("does not check out") && toServer.out.contains("3"),
                 toServer.out.constData());
        const auto raw = m_server->connectAsSuperuser(name);
        QVERIFY(!hasCoopdeskSchema(*raw));

        QTemporaryDir dir;
        const CliRun toFile =
            runCli(copyArguments(source, StoreLocation::fromText(dir.filePath(u"c.coop"_s))));
        QCOMPARE(toFile.exitCode, 3);
        QVERIFY2(toFile.out.contains("does not check out"), toFile.out.constData());
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    // Only the schema's owner may insert events recorded by others: a role
    // that may write the tables but does not own the schema is refused
    // before anything is written.
    void onlyTheOwnerCopiesIn()
    {
        const StoreLocation source = fileWithHistory();
        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        QCOMPARE(runCli(db(server, {u"init"_s})).exitCode, 0);
        const auto raw = m_server->connectAsSuperuser(name);
        // A desk of the co-op, as its administrator makes one (a writer).
        raw->executeScript(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'copy_desk') THEN CREATE ROLE copy_desk LOGIN; END IF; END $$; "
                           "GRANT %1_writer TO copy_desk"_s.arg(name)
                               .toUtf8()
                               .constData());
        const QString before = schemaSnapshot(*raw);
        const StoreLocation asDesk = StoreLocation::fromText(
            server.connectionString().replace(u"user=postgres"_s, u"user=copy_desk"_s));
        QVERIFY(asDesk.connectionString().contains(u"user=copy_desk"_s));

        const CliRun copy = runCli(copyArguments(source, asDesk));
        QCOMPARE(copy.exitCode, 3);
        QVERIFY2(copy.out.contains("owner"), copy.out.constData());
        QCOMPARE(schemaSnapshot(*raw), before);
    }

    // A location's password is used, never printed.
    void passwordsNotShown()
    {
        const StoreLocation source = fileWithHistory();
        const QString name = newDatabaseName();
        const StoreLocation server = m_server->createDatabase(name);
        const StoreLocation withPassword =
            StoreLocation::fromText(server.connectionString() + u" password=hunter2"_s);
        const CliRun copy = runCli(copyArguments(source, withPassword));
        QVERIFY2(copy.exitCode == 0, QByteArray(copy.out + copy.err).constData());
        QVERIFY(!copy.out.contains("hunter2"));
        QVERIFY(!copy.err.contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pg_copy.moc"
