// Several coopdesk-cli processes appending to one server store at once, and
// one killed inside its transaction (SPEC 10, 12.2, 12.6), on a real
// PostgreSQL server the test starts itself: positions gapless from 1, no
// stream version forked, every acknowledged command stored once, the
// chain verifies, and a killed writer leaves nothing half-written.

#include "cli_runner.h"
#include "event_log_checks.h"
#include "store/open_event_store.h"
#include "temp_pg_server.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int writers = 5;
constexpr int commandsPerWriter = 400;
constexpr int sharedFamilies = 5;
constexpr int sharedCommandIds = 20;
constexpr int ownFamilies = 100;

QByteArray line(const QString& json)
{
    return json.toUtf8() + '\n';
}

QByteArray enrollLine(const QString& familyId)
{
    return line(
        u"{\"command\":\"EnrollFamily\",\"family_id\":\"%1\","
        u"\"family_name\":\"Family %1\",\"enrollment_date\":\"2024-09-01\"}"_s.arg(familyId));
}

// One writer's input: its own families, commands with a command_id every
// writer sends, and logins and children on the families all of them share.
QByteArray inputFor(const QString& who)
{
    QByteArray input;
    int count = 0;
    for (int i = 0; i < ownFamilies; ++i, ++count)
        input += enrollLine(u"%1-%2"_s.arg(who).arg(i));
    for (int i = 0; i < sharedCommandIds; ++i, ++count)
        input +=
            line(u"{\"command\":\"RecordContact\",\"command_id\":\"all-%1\","
                 u"\"family_id\":\"s%2\",\"date\":\"2024-10-01\",\"method\":\"phone\"}"_s.arg(i)
                     .arg(i % sharedFamilies));
    for (int i = 0; count < commandsPerWriter; ++i, ++count) {
        if (i % 2 == 0)
            input += line(u"{\"command\":\"AddChild\",\"family_id\":\"%1-%2\","
                          u"\"child_name\":\"Kid %3\",\"child_age\":%4}"_s.arg(who)
                              .arg(i % ownFamilies)
                              .arg(i)
                              .arg(i % 18));
        else
            input += line(u"{\"command\":\"RecordLogin\",\"family_id\":\"s%1\","
                          u"\"date\":\"2024-10-02\"}"_s.arg(i % sharedFamilies));
    }
    return input;
}

QList<QJsonObject> parseLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& text : out.split('\n')) {
        if (!text.isEmpty())
            objects.append(QJsonDocument::fromJson(text).object());
    }
    return objects;
}

qint64 count(PgConnection& connection, const char* sql)
{
    PgQuery query = connection.query(sql);
    return query.next() ? query.integer(0) : -1;
}

} // namespace

class TestPgConcurrency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPgServer> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TempPgServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void fiveProcessesAppendAtOnce()
    {
        const StoreLocation location = m_server->createDatabase(u"five"_s);
        const QString db = location.connectionString();
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
        QByteArray setup;
        for (int i = 0; i < sharedFamilies; ++i)
            setup += enrollLine(u"s%1"_s.arg(i));
        QCOMPARE(runCli({u"--db"_s, db, u"exec"_s}, setup).exitCode, 0);

        QTemporaryDir dir;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < writers; ++w) {
            const QString who = u"w%1"_s.arg(w);
            const QString path = dir.filePath(who + u".jsonl"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(inputFor(who));
            file.close();
            auto process = std::make_unique<QProcess>();
            process->start(cliPath(), {u"--db"_s, db, u"--user"_s, who, u"exec"_s, path});
            processes.push_back(std::move(process));
        }
        QList<QJsonObject> results;
        QList<QList<QJsonObject>> perWriter;
        for (const auto& process : processes) {
            QVERIFY(process->waitForStarted());
            QVERIFY(process->waitForFinished(240000));
            const QByteArray err = process->readAllStandardError();
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, err.constData());
            const QList<QJsonObject> lines = parseLines(process->readAllStandardOutput());
            QCOMPARE(lines.size(), commandsPerWriter);
            perWriter.append(lines);
            results += lines;
        }

        // Gapless, no version forked, every acknowledged command at its place.
        const QList<QJsonObject> events = exportedEvents(db);
        const qsizetype expected =
            sharedFamilies + writers * commandsPerWriter - (writers - 1) * sharedCommandIds;
        QCOMPARE(events.size(), expected);
        const QString gaps = gaplessProblem(events);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
        const QString lost = lostResultProblem(events, results);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));

        // Every event after the setup was acknowledged to exactly one
        // writer, but a shared command id, which all were told of once.
        QSet<qint64> reported;
        for (const QJsonObject& result : std::as_const(results)) {
            QCOMPARE(result.value(u"ok"_s), QJsonValue(true));
            reported.insert(result.value(u"position"_s).toInteger());
        }
        QCOMPARE(reported.size(), events.size() - sharedFamilies);
        qsizetype sharedEvents = 0;
        for (const QJsonObject& event : events) {
            if (event.value(u"metadata"_s)
                    .toObject()
                    .value(u"command_id"_s)
                    .toString()
                    .startsWith(u"all-"_s))
                ++sharedEvents;
        }
        QCOMPARE(sharedEvents, sharedCommandIds);
        for (int i = 0; i < sharedCommandIds; ++i) {
            for (int w = 1; w < writers; ++w)
                QCOMPARE(perWriter.at(w).at(ownFamilies + i), perWriter.at(0).at(ownFamilies + i));
        }

        const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), events.size());
    }

    // A writer killed (SIGKILL) after inserting its event, before its
    // commit: the server rolls it all back, the writers queued behind its
    // head lock go on, and its command can simply be sent again.
    void killedWriterLeavesNothingHalfWritten()
    {
        const StoreLocation location = m_server->createDatabase(u"killed"_s);
        const QString db = location.connectionString();
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
        QCOMPARE(runCli({u"--db"_s, db, u"exec"_s},
                        enrollLine(u"victim"_s) + enrollLine(u"s0"_s) + enrollLine(u"s1"_s))
                     .exitCode,
                 0);
        const QByteArray victimCommand = line(
            u"{\"command\":\"AddChild\",\"command_id\":\"victim-child\",\"family_id\":\"victim\","
            u"\"child_name\":\"Kid\",\"child_age\":5}"_s);

        // The test holds the victim's state row: the writer inserts its
        // event, then waits here for the row, inside its transaction.
        const auto holder = m_server->connectAsSuperuser(u"killed"_s);
        const auto watcher = m_server->connectAsSuperuser(u"killed"_s);
        PgTransaction held(*holder);
        holder->query("SELECT 1 FROM coopdesk.family_state WHERE family_id = $1 FOR UPDATE")
            .bind(1, u"victim"_s)
            .run();
        const auto waitingOnLocks = [&] {
            return count(*watcher, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                   "current_database() AND wait_event_type = 'Lock'");
        };
        const auto eventsWrittenUncommitted = [&] {
            return count(*watcher, "SELECT count(*) FROM pg_locks WHERE relation = "
                                   "'coopdesk.events'::regclass AND mode = 'RowExclusiveLock'");
        };

        QProcess victim;
        victim.start(cliPath(), {u"--db"_s, db, u"exec"_s});
        QVERIFY(victim.waitForStarted());
        victim.write(victimCommand);
        QTRY_COMPARE_WITH_TIMEOUT(waitingOnLocks(), 1, 60000);
        QCOMPARE(eventsWrittenUncommitted(), 1);

        // Two more writers queue behind the victim's head lock.
        QProcess first;
        QProcess second;
        first.start(cliPath(), {u"--db"_s, db, u"exec"_s});
        second.start(cliPath(), {u"--db"_s, db, u"exec"_s});
        QVERIFY(first.waitForStarted());
        QVERIFY(second.waitForStarted());
        QByteArray firstInput;
        QByteArray secondInput;
        for (int i = 0; i < 20; ++i) {
            firstInput += enrollLine(u"a%1"_s.arg(i));
            secondInput += line(u"{\"command\":\"RecordLogin\",\"family_id\":\"s%1\","
                                u"\"date\":\"2024-10-02\"}"_s.arg(i % 2));
        }
        first.write(firstInput);
        second.write(secondInput);
        first.closeWriteChannel();
        second.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(waitingOnLocks(), 3, 60000);

        victim.kill();
        QVERIFY(victim.waitForFinished(60000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
        QVERIFY(victim.readAllStandardOutput().isEmpty()); // never acknowledged
        held.commit(); // the row goes free: the victim's server session ends, rolled back

        QList<QJsonObject> results;
        for (QProcess* writer : {&first, &second}) {
            QVERIFY(writer->waitForFinished(120000));
            const QByteArray err = writer->readAllStandardError();
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     err.constData());
            const QList<QJsonObject> lines = parseLines(writer->readAllStandardOutput());
            QCOMPARE(lines.size(), 20);
            results += lines;
        }

        const QList<QJsonObject> events = exportedEvents(db);
        QCOMPARE(events.size(), 3 + 40);
        const QString gaps = gaplessProblem(events);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
        const QString lost = lostResultProblem(events, results);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        for (const QJsonObject& event : events)
            QVERIFY(event.value(u"stream_id"_s).toString() != u"victim"_s ||
                    event.value(u"stream_version"_s).toInteger() == 1);
        QCOMPARE(runCli({u"--db"_s, db, u"verify"_s}).exitCode, 0);

        // Nothing of it was kept, not even its command id: sent again, it
        // is appended now, as the victim's second version.
        const CliRun again = runCli({u"--db"_s, db, u"exec"_s}, victimCommand);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"position"_s).toInteger(), 44);
        QCOMPARE(again.json().value(u"stream_version"_s).toInteger(), 2);
        QCOMPARE(runCli({u"--db"_s, db, u"verify"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pg_concurrency.moc"
