// The event store of SPEC 3 on real files: append-only enforced by SQLite
// itself, the hash chain and `coopdesk-cli verify` naming the position that
// was tampered with, the schema-1 PaymentReceived upcast on read, owner-only
// permissions, durability settings, and a family folded from its events.

#include "cli_runner.h"
#include "domain/event_upcasting.h"
#include "event_log_checks.h"
#include "raw_event.h"
#include "store/coop_file.h"
#include "store/family_replay.h"
#include "store/hash_chain.h"
#include "store/storage_error.h"
#include "temp_coop.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>
#include <vector>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// A plain sqlite3 connection, as a user with the sqlite3 shell would have:
// none of the store's code runs on it.
class RawDb
{
public:
    explicit RawDb(const QString& path)
    {
        m_rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_db, 10000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool opened() const { return m_rc == SQLITE_OK; }

    // Runs SQL; returns the result code, keeps the message.
    int exec(const QByteArray& sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
        m_error = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return rc;
    }
    QString error() const { return m_error; }

    QString text(const QByteArray& sql)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr);
        QString value;
        if (statement && sqlite3_step(statement) == SQLITE_ROW)
            value =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    }
    qint64 integer(const QByteArray& sql) { return text(sql).toLongLong(); }

    QStringList column(const QByteArray& sql)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr);
        QStringList values;
        while (statement && sqlite3_step(statement) == SQLITE_ROW)
            values.append(QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
        return values;
    }

    // Inserts an event row exactly as given (bound values).
    int insert(const RecordedEvent& event)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO events (position, event_id, stream_id, stream_type, "
                           "stream_version, event_type, schema_version, data, metadata, "
                           "recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &statement, nullptr);
        const QList<QByteArray> texts{event.eventId.toUtf8(),
                                      event.streamId.toUtf8(),
                                      event.streamType.toUtf8(),
                                      event.eventType.toUtf8(),
                                      event.data,
                                      event.metadata,
                                      event.recordedAt.toUtf8(),
                                      event.hash};
        sqlite3_bind_int64(statement, 1, event.position);
        const auto bindText = [&](int index, const QByteArray& bytes) {
            sqlite3_bind_text(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                              SQLITE_TRANSIENT);
        };
        bindText(2, texts.at(0));
        bindText(3, texts.at(1));
        bindText(4, texts.at(2));
        sqlite3_bind_int64(statement, 5, event.streamVersion);
        bindText(6, texts.at(3));
        sqlite3_bind_int64(statement, 7, event.schemaVersion);
        bindText(8, texts.at(4));
        bindText(9, texts.at(5));
        bindText(10, texts.at(6));
        bindText(11, texts.at(7));
        const int rc = sqlite3_step(statement);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return rc;
    }

    // Drops every trigger on events and returns their SQL, to put them back.
    QStringList dropEventTriggers()
    {
        const QStringList names =
            column("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'");
        const QStringList sql =
            column("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'");
        for (const QString& name : names)
            exec("DROP TRIGGER \"" + name.toUtf8() + '"');
        return sql;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
    QString m_error;
};

// Five events over two families: positions 1-5.
void fillFiveEvents(TempCoop& coop)
{
    coop.enroll(u"f1"_s);
    coop.enroll(u"f2"_s);
    coop.run(cmd(u"AddChild"_s,
                 {{u"family_id"_s, u"f1"_s}, {u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 7}}));
    coop.run(cmd(u"RecordLogin"_s, {{u"family_id"_s, u"f2"_s}, {u"date"_s, u"2024-10-01"_s}}));
    coop.run(cmd(u"RecordLogin"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2024-10-02"_s}}));
}

CliRun verify(const QString& path)
{
    return runCli({u"--db"_s, path, u"verify"_s});
}

int permissions(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 07777);
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    // The app opens one file on several threads at once (the window, the
    // projector, an import, an export, an audit check): each open reads the
    // file's header through the one descriptor kept per file, and must read
    // it whole, not from where another thread's read left it.
    void headersAreReadWholeOnManyThreadsAtOnce()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        std::atomic<int> failures = 0;
        QString firstFailure;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    try {
                        coopfile::checkSqliteHeader(coop.path(), QStringLiteral("not ours"));
                    } catch (const StorageError& error) {
                        if (failures++ == 0) // the first only; join() publishes it
                            firstFailure = error.message();
                    }
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 failed reads, the first: %2")
                                               .arg(failures.load())
                                               .arg(firstFailure)));
    }

    void rawUpdatesAndDeletesFail_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("update data")
            << QByteArray("UPDATE events SET data = '{}' WHERE position = 2");
        QTest::newRow("update hash to itself") << QByteArray("UPDATE events SET hash = hash");
        QTest::newRow("update every row") << QByteArray("UPDATE events SET recorded_at = 'x'");
        QTest::newRow("upsert") << QByteArray(
            "INSERT INTO events SELECT * FROM events WHERE position = 1 "
            "ON CONFLICT (position) DO UPDATE SET data = '{}'");
        QTest::newRow("delete one") << QByteArray("DELETE FROM events WHERE position = 3");
        QTest::newRow("delete last") << QByteArray("DELETE FROM events WHERE position = 5");
        QTest::newRow("delete all") << QByteArray("DELETE FROM events");
        QTest::newRow("replace a row")
            << QByteArray("INSERT OR REPLACE INTO events (position, event_id, stream_id, "
                          "stream_type, stream_version, event_type, schema_version, data, "
                          "metadata, recorded_at, hash) SELECT position, event_id, stream_id, "
                          "stream_type, stream_version, event_type, schema_version, '{}', "
                          "metadata, recorded_at, hash FROM events WHERE position = 2");
        QTest::newRow("replace through another unique key")
            << QByteArray("REPLACE INTO events (position, event_id, stream_id, stream_type, "
                          "stream_version, event_type, schema_version, data, metadata, "
                          "recorded_at, hash) SELECT 99, 'new-id', stream_id, stream_type, "
                          "stream_version, event_type, schema_version, data, metadata, "
                          "recorded_at, hash FROM events WHERE position = 4");
    }
    void rawUpdatesAndDeletesFail()
    {
        QFETCH(QByteArray, sql);
        TempCoop coop;
        fillFiveEvents(coop);
        const QList<RecordedEvent> before = coop.store().readAfter(0, 100);
        {
            RawDb raw(coop.path());
            QVERIFY(raw.opened());
            QVERIFY2(raw.exec(sql) != SQLITE_OK,
                     qPrintable(u"accepted: "_s + QString::fromUtf8(sql)));
            QVERIFY2(!raw.error().isEmpty(), "no message");
        }
        const QList<RecordedEvent> after = coop.store().readAfter(0, 100);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).data, before.at(i).data);
            QCOMPARE(after.at(i).hash, before.at(i).hash);
            QCOMPARE(after.at(i).position, before.at(i).position);
        }
        QVERIFY(coop.store().checkIntegrity().ok);
    }

    void triggerMessageSaysAppendOnly()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        RawDb raw(coop.path());
        QVERIFY(raw.exec("UPDATE events SET data = '{}' WHERE position = 1") != SQLITE_OK);
        QVERIFY2(raw.error().contains(u"append-only"_s), qPrintable(raw.error()));
        QVERIFY(raw.exec("DELETE FROM events WHERE position = 1") != SQLITE_OK);
        QVERIFY2(raw.error().contains(u"append-only"_s), qPrintable(raw.error()));
    }

    void uniqueKeysHold()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        RawDb raw(coop.path());
        RecordedEvent copy = coop.store().readAfter(4, 1).first(); // position 5, f1 v3
        copy.position = 6;
        QVERIFY2(raw.insert(copy) != SQLITE_DONE, "same event_id twice"); // event_id
        copy.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY2(raw.insert(copy) != SQLITE_DONE, "a stream version forked");
        copy.streamVersion = 4;
        copy.position = 5;
        QVERIFY2(raw.insert(copy) != SQLITE_DONE, "two events at one position");
        QCOMPARE(coop.store().headPosition(), 5);
    }

    void hashChainLinksEveryEvent()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        QByteArray previous;
        const QList<RecordedEvent> events = coop.store().readAfter(0, 100);
        QCOMPARE(events.size(), 5);
        for (const RecordedEvent& event : events) {
            QCOMPARE(event.hash.size(), 64); // SHA-256, hex
            QCOMPARE(event.hash, eventHash(previous, event));
            previous = event.hash;
        }
        const AuditReport report = coop.store().checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.eventsChecked, 5);

        const CliRun run = verify(coop.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("{\"ok\":true,\"events_checked\":5}\n"));
    }

    // An event edited behind the store's back, with the triggers dropped by
    // hand: verify exits 1 and names the position, whether or not the
    // triggers are put back afterwards.
    void verifyNamesAnEditedEvent_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<bool>("restoreTriggers");
        const QList<std::pair<const char*, QByteArray>> edits{
            {"data", "UPDATE events SET data = substr(data, 1, length(data) - 1) || "
                     "',\"forged\":true}' WHERE position = %1"},
            {"metadata", "UPDATE events SET metadata = replace(metadata, 'tester', 'mallory') "
                         "WHERE position = %1"},
            {"recorded_at", "UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE "
                            "position = %1"},
            {"event_type",
             "UPDATE events SET event_type = 'CoordinatorAssigned' WHERE position = %1"},
            {"stream_id", "UPDATE events SET stream_id = 'f9' WHERE position = %1"},
            {"schema_version", "UPDATE events SET schema_version = 2 WHERE position = %1"},
            {"hash", "UPDATE events SET hash = upper(hash) WHERE position = %1"}};
        for (const auto& [column, sql] : edits) {
            for (qint64 position : {1, 3, 5}) {
                for (bool restore : {false, true}) {
                    QTest::addRow("%s at %lld%s", column, static_cast<long long>(position),
                                  restore ? ", triggers restored" : "")
                        << QByteArray(sql).replace("%1", QByteArray::number(position)) << position
                        << restore;
                }
            }
        }
    }
    void verifyNamesAnEditedEvent()
    {
        QFETCH(QByteArray, edit);
        QFETCH(qint64, position);
        QFETCH(bool, restoreTriggers);
        TempCoop coop;
        fillFiveEvents(coop);
        {
            RawDb raw(coop.path());
            const QStringList triggers = raw.dropEventTriggers();
            QVERIFY(!triggers.isEmpty());
            QCOMPARE(raw.exec(edit), SQLITE_OK);
            QCOMPARE(raw.exec("SELECT 1"), SQLITE_OK);
            if (restoreTriggers) {
                for (const QString& sql : triggers)
                    QCOMPARE(raw.exec(sql.toUtf8()), SQLITE_OK);
            }
        }
        const CliRun run = verify(coop.path());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(u"ok"_s), QJsonValue(false));
        QCOMPARE(result.value(u"position"_s).toInteger(), position);
        QCOMPARE(result.value(u"events_checked"_s).toInteger(), position - 1);
        QVERIFY2(result.value(u"problem"_s).toString().contains(QString::number(position)),
                 run.out.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(QString::number(position)),
                 run.err.constData());
        // The keys come in a fixed order.
        QVERIFY2(run.out.startsWith("{\"ok\":false,\"events_checked\":"), run.out.constData());

        const AuditReport report = coop.store().checkIntegrity();
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadPosition, std::optional<qint64>(position));
    }

    void verifyNamesADeletedEvent_data()
    {
        QTest::addColumn<qint64>("deleted");
        QTest::newRow("first") << qint64(1);
        QTest::newRow("middle") << qint64(3);
        QTest::newRow("fourth") << qint64(4);
    }
    void verifyNamesADeletedEvent()
    {
        QFETCH(qint64, deleted);
        TempCoop coop;
        fillFiveEvents(coop);
        {
            RawDb raw(coop.path());
            raw.dropEventTriggers();
            QCOMPARE(raw.exec("DELETE FROM events WHERE position = " + QByteArray::number(deleted)),
                     SQLITE_OK);
        }
        const CliRun run = verify(coop.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"position"_s).toInteger(), deleted);
        QVERIFY2(QString::fromUtf8(run.err).contains(QString::number(deleted)),
                 run.err.constData());
    }

    void verifyNamesAnInsertedEvent()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        RecordedEvent forged = coop.store().readAfter(2, 1).first();
        forged.position = 6;
        forged.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        forged.streamVersion = 99;
        {
            RawDb raw(coop.path());
            QCOMPARE(raw.insert(forged), SQLITE_DONE); // the old hash, a new place
        }
        const CliRun run = verify(coop.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"position"_s).toInteger(), 6);
    }

    void verifyFailsWithoutTheTriggers()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        {
            RawDb raw(coop.path());
            QVERIFY(!raw.dropEventTriggers().isEmpty());
        }
        const CliRun run = verify(coop.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"ok"_s), QJsonValue(false));
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    // PaymentReceived schema 1 (the seed's dollars) read as schema 2.
    void schemaOnePaymentsAreUpcastOnRead()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.run(cmd(u"ChargeTuition"_s, {{u"family_id"_s, u"f1"_s},
                                          {u"charge_id"_s, u"c1"_s},
                                          {u"month"_s, u"2024-09"_s},
                                          {u"amount_cents"_s, 20000},
                                          {u"due_date"_s, u"2024-09-05"_s}}));
        RecordedEvent previous = coop.store().readAfter(1, 1).first();
        {
            RawDb raw(coop.path());
            const QList<std::pair<QByteArray, QString>> seeds{
                {R"({"amount":125.5,"date":"2024-09-03","payment_method":"check","transaction_id":"seed-1"})",
                 u"2024-09-03T12:00:00.000Z"_s},
                {R"({"amount":1.005,"date":"2024-09-20","payment_method":"cash","transaction_id":null})",
                 u"2024-09-20T12:00:00.000Z"_s}};
            for (const auto& [data, recordedAt] : seeds) {
                RecordedEvent seed;
                seed.position = previous.position + 1;
                seed.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                seed.streamId = u"f1"_s;
                seed.streamType = u"Family"_s;
                seed.streamVersion = previous.streamVersion + 1;
                seed.eventType = u"PaymentReceived"_s;
                seed.schemaVersion = 1;
                seed.data = data;
                seed.metadata =
                    R"({"user_id":"seed","command_id":null,"correlation_id":null,"causation_id":null,"app_version":"seed"})";
                seed.recordedAt = recordedAt;
                seed.hash = eventHash(previous.hash, seed);
                QCOMPARE(raw.insert(seed), SQLITE_DONE);
                previous = seed;
            }
        }
        const QList<RecordedEvent> stream = coop.store().readStream(u"f1"_s);
        QCOMPARE(stream.size(), 4);
        QCOMPARE(stream.at(2).schemaVersion, 1);
        const QJsonObject first = decodeEventData(stream.at(2));
        QCOMPARE(first, (QJsonObject{{u"amount_cents"_s, 12550},
                                     {u"date"_s, u"2024-09-03"_s},
                                     {u"payment_method"_s, u"check"_s},
                                     {u"transaction_id"_s, u"seed-1"_s},
                                     {u"payment_id"_s, stream.at(2).eventId}}));
        QVERIFY(!first.contains(u"amount"_s));
        QCOMPARE(decodeEventData(stream.at(3)).value(u"amount_cents"_s).toInteger(), 101);
        QVERIFY(decodeEventData(stream.at(1)).value(u"amount_cents"_s).toInteger() == 20000);
        // A fold's read keeps the event id, which names the old payments.
        QCOMPARE(foldReadProblem(coop.store(), u"f1"_s), QString());

        // The chain still holds: the rows were written with correct hashes.
        const AuditReport report = coop.store().checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problem));

        // Reconstruct folds the upcast amounts.
        const FamilyReplay replay = reconstructFamily(coop.store(), u"f1"_s);
        QVERIFY(replay.found);
        QCOMPARE(replay.eventCount, 4);
        QCOMPARE(replay.record.paymentCount, 2);
        QCOMPARE(replay.record.toJson().value(u"total_paid_cents"_s).toInteger(), 12651);
        QCOMPARE(replay.record.balanceCents(), 20000 - 12651);
        QCOMPARE(replay.record.lastPaymentDate, std::optional<QString>(u"2024-09-20"_s));
        QCOMPARE(replay.charges.size(), 1);
        QCOMPARE(replay.charges.first().allocatedCents, 12651);
        QVERIFY(!replay.charges.first().isSettled());

        // And so does the command-line tool.
        const CliRun run = runCli({u"--db"_s, coop.path(), u"replay"_s, u"f1"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject family = run.json().value(u"family"_s).toObject();
        QCOMPARE(family.value(u"total_paid_cents"_s).toInteger(), 12651);
        QCOMPARE(family.value(u"payment_count"_s).toInteger(), 2);
        QCOMPARE(verify(coop.path()).exitCode, 0);
    }

    void newFilesAreOwnerOnly()
    {
        TempCoop coop;
        QCOMPARE(permissions(coop.path()), 0600);
        fillFiveEvents(coop);
        for (const QString& side : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(coop.path() + side))
                QCOMPARE(permissions(coop.path() + side), 0600);
        }

        // Even with a permissive umask, and through the command-line tool.
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        const QString direct = dir.filePath(u"direct.coop"_s);
        coopfile::create(direct);
        const CliRun init = runCli({u"--db"_s, dir.filePath(u"cli.coop"_s), u"init"_s});
        // The views file, made by the first query, holds the families' data too.
        const CliRun query =
            runCli({u"--db"_s, dir.filePath(u"cli.coop"_s), u"query"_s, u"tiers"_s});
        ::umask(old);
        QCOMPARE(permissions(direct), 0600);
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(permissions(dir.filePath(u"cli.coop"_s)), 0600);
        QCOMPARE(query.exitCode, 0);
        QCOMPARE(permissions(dir.filePath(u"cli.coop-views"_s)), 0600);
        const QJsonObject initResult = init.json();
        QCOMPARE(initResult.value(u"ok"_s), QJsonValue(true));
        QVERIFY(!QUuid::fromString(initResult.value(u"file_id"_s).toString()).isNull());
    }

    void createNeverOverwrites()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        const QByteArray before = fileBytes(coop.path());
        QVERIFY_THROWS_EXCEPTION(StorageError, coopfile::create(coop.path()));
        QCOMPARE(fileBytes(coop.path()), before);
        const CliRun init = runCli({u"--db"_s, coop.path(), u"init"_s});
        QCOMPARE(init.exitCode, 3);
        QCOMPARE(fileBytes(coop.path()), before);
        QCOMPARE(coop.store().headPosition(), 5);
    }

    void durableByDefault()
    {
        // The connection a store opens with (coopfile::open) carries its settings.
        TempCoop coop;
        const auto connection = coopfile::open(coop.path(), {});
        Query mode = connection->query("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0).toLower(), u"wal"_s);
        QCOMPARE(connection->scalar("PRAGMA synchronous"), 2); // FULL

        StoreOptions fast;
        fast.durable = false;
        QCOMPARE(coopfile::open(coop.path(), fast)->scalar("PRAGMA synchronous"), 1); // NORMAL
    }

    void metaRecordsSchemaAndFileId()
    {
        TempCoop coop;
        RawDb raw(coop.path());
        QCOMPARE(raw.text("SELECT value FROM meta WHERE key = 'schema_version'"),
                 QString::number(coopfile::schemaVersion));
        const QString fileId = raw.text("SELECT value FROM meta WHERE key = 'file_id'");
        QVERIFY(!QUuid::fromString(fileId).isNull());
        QCOMPARE(coop.store().storeId(), fileId);
        TempCoop other;
        QVERIFY(other.store().storeId() != fileId);
    }

    void refusesFilesItCannotRead()
    {
        TempCoop coop;
        {
            RawDb raw(coop.path());
            QCOMPARE(raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
                     SQLITE_OK);
        }
        try {
            const auto store = openStore(coop.path());
            QFAIL("a newer schema was opened");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::NewerSchema);
            QVERIFY(error.message().contains(u"99"_s));
        }
        QTemporaryDir dir;
        const QString text = dir.filePath(u"notes.coop"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        try {
            const auto store = openStore(text);
            QFAIL("a text file was opened");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::NotCoopFile);
        }
    }

    // reconstruct(family_id): the whole family folded from its stream.
    void reconstructFoldsAFamily()
    {
        TempCoop coop;
        coop.clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        const QList<QJsonObject> history{
            cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                    {u"family_name"_s, u"Martinez Family"_s},
                                    {u"enrollment_date"_s, u"2024-09-01"_s},
                                    {u"parent_name"_s, u"Rosa Martinez"_s},
                                    {u"email"_s, u"rosa@example.org"_s},
                                    {u"preferred_contact_channel"_s, u"sms"_s}}),
            cmd(u"AddChild"_s,
                {{u"family_id"_s, u"f1"_s}, {u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 7}}),
            cmd(u"AddChild"_s,
                {{u"family_id"_s, u"f1"_s}, {u"child_name"_s, u"Luis"_s}, {u"child_age"_s, 11}}),
            cmd(u"ChargeTuition"_s, {{u"family_id"_s, u"f1"_s},
                                     {u"charge_id"_s, u"c-sep"_s},
                                     {u"month"_s, u"2024-09"_s},
                                     {u"amount_cents"_s, 30000},
                                     {u"due_date"_s, u"2024-09-05"_s}}),
            cmd(u"ChargeTuition"_s, {{u"family_id"_s, u"f1"_s},
                                     {u"charge_id"_s, u"c-oct"_s},
                                     {u"month"_s, u"2024-10"_s},
                                     {u"amount_cents"_s, 30000},
                                     {u"due_date"_s, u"2024-10-05"_s}}),
            cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                      {u"amount_cents"_s, 40000},
                                      {u"date"_s, u"2024-09-10"_s},
                                      {u"payment_method"_s, u"card"_s}}),
            cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                      {u"amount_cents"_s, 20000},
                                      {u"date"_s, u"2024-10-01"_s},
                                      {u"payment_method"_s, u"ach"_s}}),
            cmd(u"UpdateEngagementScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 64}}),
            cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f1"_s},
                                       {u"new_score"_s, 71},
                                       {u"risk_factors"_s, QJsonObject{{u"late"_s, 1}}}}),
            cmd(u"RecordContact"_s, {{u"family_id"_s, u"f1"_s},
                                     {u"date"_s, u"2024-10-03"_s},
                                     {u"method"_s, u"phone"_s}}),
            cmd(u"AssignCoordinator"_s,
                {{u"family_id"_s, u"f1"_s}, {u"coordinator"_s, u"Maria"_s}}),
            cmd(u"LogVolunteerHours"_s,
                {{u"family_id"_s, u"f1"_s}, {u"hours"_s, 3}, {u"date"_s, u"2024-10-04"_s}}),
            cmd(u"LogVolunteerHours"_s,
                {{u"family_id"_s, u"f1"_s}, {u"hours"_s, 24}, {u"date"_s, u"2024-10-05"_s}}),
            cmd(u"RecordAttendance"_s, {{u"family_id"_s, u"f1"_s},
                                        {u"event_name"_s, u"Fair"_s},
                                        {u"date"_s, u"2024-10-06"_s},
                                        {u"attended"_s, true}}),
            cmd(u"RecordAttendance"_s, {{u"family_id"_s, u"f1"_s},
                                        {u"event_name"_s, u"Play"_s},
                                        {u"date"_s, u"2024-10-07"_s},
                                        {u"attended"_s, false}}),
            cmd(u"RecordAttendance"_s, {{u"family_id"_s, u"f1"_s},
                                        {u"event_name"_s, u"Hike"_s},
                                        {u"date"_s, u"2024-10-08"_s},
                                        {u"attended"_s, false}}),
            cmd(u"RecordLogin"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2024-10-09"_s}}),
            cmd(u"ChangeContactDetails"_s,
                {{u"family_id"_s, u"f1"_s}, {u"parent_name"_s, u""_s}, {u"phone"_s, u"555"_s}}),
            cmd(u"WithdrawFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2024-12-01"_s}}),
        };
        for (const QJsonObject& command : history) {
            QVERIFY(coop.run(command).ok);
            coop.clock().advance(1000);
        }
        coop.enroll(u"other"_s);

        const FamilyReplay replay = reconstructFamily(coop.store(), u"f1"_s);
        QVERIFY(replay.found);
        QCOMPARE(replay.eventCount, history.size());
        const QJsonObject family = replay.record.toJson();
        QCOMPARE(family.value(u"family_id"_s).toString(), u"f1"_s);
        QCOMPARE(family.value(u"family_name"_s).toString(), u"Martinez Family"_s);
        QVERIFY(family.value(u"parent_name"_s).isNull());
        QCOMPARE(family.value(u"email"_s).toString(), u"rosa@example.org"_s);
        QCOMPARE(family.value(u"phone"_s).toString(), u"555"_s);
        QCOMPARE(family.value(u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(family.value(u"withdrawal_date"_s).toString(), u"2024-12-01"_s);
        QCOMPARE(family.value(u"children_count"_s).toInteger(), 2);
        QCOMPARE(family.value(u"children_names"_s).toArray(), (QJsonArray{u"Ana"_s, u"Luis"_s}));
        QCOMPARE(family.value(u"oldest_child_age"_s).toInteger(), 11);
        QCOMPARE(family.value(u"total_paid_cents"_s).toInteger(), 60000);
        QCOMPARE(family.value(u"payment_count"_s).toInteger(), 2);
        QCOMPARE(family.value(u"last_payment_date"_s).toString(), u"2024-10-01"_s);
        QCOMPARE(family.value(u"balance_cents"_s).toInteger(), 0);
        QCOMPARE(family.value(u"avg_payment_days_late"_s).toInteger(), 3); // (5 + 0) / 2 rounds up
        QCOMPARE(family.value(u"engagement_score"_s).toInteger(), 64);
        QCOMPARE(family.value(u"last_login_date"_s).toString(), u"2024-10-09"_s);
        QCOMPARE(family.value(u"volunteer_hours"_s).toInteger(), 27);
        QCOMPARE(family.value(u"event_attendance_rate"_s).toDouble(), 33.33);
        QCOMPARE(family.value(u"risk_score"_s).toInteger(), 71);
        QCOMPARE(family.value(u"risk_tier"_s).toString(), u"high"_s);
        QCOMPARE(family.value(u"risk_factors"_s).toObject(), (QJsonObject{{u"late"_s, 1}}));
        QCOMPARE(family.value(u"assigned_coordinator"_s).toString(), u"Maria"_s);
        QCOMPARE(family.value(u"preferred_contact_channel"_s).toString(), u"sms"_s);
        QCOMPARE(family.value(u"last_contact_date"_s).toString(), u"2024-10-03"_s);
        QCOMPARE(family.value(u"last_contact_method"_s).toString(), u"phone"_s);
        QCOMPARE(family.value(u"last_updated"_s).toString(), u"2026-03-01T09:00:18.000Z"_s);
        QCOMPARE(family.value(u"event_version"_s).toInteger(), 19);

        QCOMPARE(replay.charges.size(), 2);
        QCOMPARE(replay.charges.at(0).settledOn, std::optional<QString>(u"2024-09-10"_s));
        QCOMPARE(replay.charges.at(0).daysLate, std::optional<int>(5));
        QCOMPARE(replay.charges.at(1).settledOn, std::optional<QString>(u"2024-10-01"_s));
        QCOMPARE(replay.charges.at(1).daysLate, std::optional<int>(0));

        // The command-line replay gives the same family, columns in SPEC order.
        const CliRun run = runCli({u"--db"_s, coop.path(), u"replay"_s, u"f1"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject output = run.json();
        QCOMPARE(output.value(u"ok"_s), QJsonValue(true));
        QCOMPARE(output.value(u"family"_s).toObject(), family);
        QCOMPARE(output.value(u"events"_s).toInteger(), 19);
        QVERIFY(output.value(u"elapsed_ms"_s).isDouble());
        QCOMPARE(output.value(u"charges"_s).toArray().size(), 2);
        const QByteArray head =
            R"({"ok":true,"family":{"family_id":"f1","family_name":"Martinez Family","parent_name":null,)";
        QVERIFY2(run.out.startsWith(head), run.out.constData());

        const CliRun unknown = runCli({u"--db"_s, coop.path(), u"replay"_s, u"nobody"_s});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json().value(u"ok"_s), QJsonValue(false));
        QCOMPARE(unknown.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"not_found"_s);
        QCOMPARE(unknown.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
                 u"family_id"_s);
    }

    void exportEventsWritesEveryEventInOrder()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        const CliRun all = runCli({u"--db"_s, coop.path(), u"export-events"_s});
        QCOMPARE(all.exitCode, 0);
        const QList<QJsonObject> lines = all.jsonLines();
        QCOMPARE(lines.size(), 5);
        const QList<RecordedEvent> events = coop.store().readAfter(0, 100);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject& line = lines.at(i);
            QCOMPARE(line.value(u"position"_s).toInteger(), i + 1);
            QCOMPARE(line.value(u"event_id"_s).toString(), events.at(i).eventId);
            QCOMPARE(line.value(u"stream_id"_s).toString(), events.at(i).streamId);
            QCOMPARE(line.value(u"stream_type"_s).toString(), u"Family"_s);
            QCOMPARE(line.value(u"stream_version"_s).toInteger(), events.at(i).streamVersion);
            QCOMPARE(line.value(u"event_type"_s).toString(), events.at(i).eventType);
            QCOMPARE(line.value(u"schema_version"_s).toInteger(), 1);
            QCOMPARE(line.value(u"data"_s).toObject(), parse(events.at(i).data));
            QCOMPARE(line.value(u"metadata"_s).toObject(), parse(events.at(i).metadata));
            QCOMPARE(line.value(u"recorded_at"_s).toString(), events.at(i).recordedAt);
            QCOMPARE(line.value(u"hash"_s).toString(), QString::fromLatin1(events.at(i).hash));
        }
        const QByteArray head = "{\"position\":1,\"event_id\":\"";
        QVERIFY2(all.lines().first().startsWith(head), all.lines().first().constData());
        const CliRun from =
            runCli({u"--db"_s, coop.path(), u"export-events"_s, u"--from"_s, u"4"_s});
        QCOMPARE(from.exitCode, 0);
        QCOMPARE(from.lines().size(), 2);
        QCOMPARE(from.jsonLines().first().value(u"position"_s).toInteger(), 4);
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"export-events"_s, u"--from"_s, u"0"_s}).exitCode,
                 2);
    }

    // Export shows the stored data as it is, even what this version cannot
    // read: never re-serialized from a parse (which made `1e400` into `{}`).
    void exportEventsShowsStoredDataAsStored()
    {
        TempCoop coop;
        fillFiveEvents(coop);
        const QByteArray huge = R"({"amount":1e400,"date":"2025-01-20","payment_method":"cash"})";
        const QByteArray spaced = R"({ "amount" : 12.50 , "date":"2025-01-21" })";
        const QByteArray broken = "not json\n{";
        const QString family = coop.store().readAfter(0, 1).first().streamId;
        appendRawEvent(coop.path(), family, u"PaymentReceived"_s, 1, huge);
        appendRawEvent(coop.path(), family, u"PaymentReceived"_s, 1, spaced);
        appendRawEvent(coop.path(), family, u"PaymentReceived"_s, 1, broken);
        const CliRun run =
            runCli({u"--db"_s, coop.path(), u"export-events"_s, u"--from"_s, u"6"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QByteArray(R"("data":)" + huge + ",")),
                 lines.at(0).constData());
        QVERIFY2(lines.at(1).contains(QByteArray(R"("data":)" + spaced + ",")),
                 lines.at(1).constData());
        // Not JSON at all: the stored text, as a JSON string, on one line.
        const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(third.value(u"data"_s).toString(), QString::fromUtf8(broken));
        QCOMPARE(third.value(u"position"_s).toInteger(), 8);
    }

    // A failing statement is named in the error (SPEC 10: a clear message).
    void storageErrorsNameTheirStatement()
    {
        TempCoop coop;
        SqliteConnection connection(coop.path(), SqliteConnection::Mode::ReadWrite);
        try {
            connection.execute("SELECT no_such_column FROM events");
            QFAIL("no error");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(u"“SELECT no_such_column FROM events”"_s),
                     qPrintable(error.message()));
            QVERIFY2(error.message().startsWith(coop.path()), qPrintable(error.message()));
        }
        // A long statement is shortened, its white space folded.
        const QByteArray longSql =
            "SELECT position,\n       event_id FROM events WHERE " + QByteArray(200, 'x') + " = 1";
        try {
            connection.query(longSql.constData()).next();
            QFAIL("no error");
        } catch (const StorageError& error) {
            QVERIFY2(
                error.message().contains(u"“SELECT position, event_id FROM events WHERE xxx"_s),
                qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"\u2026”"_s), qPrintable(error.message()));
            const QString message = error.message();
            const qsizetype open = message.indexOf(u'“');
            QVERIFY(message.indexOf(u'”', open) - open - 1 <= 80);
        }
        // A busy file: the statement that waited is named.
        SqliteConnection other(coop.path(), SqliteConnection::Mode::ReadWrite);
        Transaction holding(other, Transaction::Kind::Immediate);
        try {
            Transaction blocked(connection, Transaction::Kind::Immediate);
            QFAIL("no error");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Locked);
            QVERIFY2(error.message().contains(u"“BEGIN IMMEDIATE”"_s), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
