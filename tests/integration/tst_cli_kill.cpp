// coopdesk-cli exec killed with SIGKILL in the middle of its input, several
// times on one file (SPEC 10): every command it reported ok is in the store,
// the store verifies, and the next exec on the file works.

#include "cli_runner.h"
#include "command_lines.h"
#include "event_log_checks.h"
#include "killed_process.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int commandsPerRun = 3000;

} // namespace

class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void killedMidStreamLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"killed.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);

        QList<QJsonObject> acknowledged;
        const QList<int> killAfter{2, 17, 60, 150, 333};
        for (qsizetype round = 0; round < killAfter.size(); ++round) {
            const QString inputPath = dir.filePath(u"input-%1.jsonl"_s.arg(round));
            {
                QFile file(inputPath);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(familyLines(u"r%1"_s.arg(round), commandsPerRun));
            }
            QProcess process;
            process.start(cliPath(), {u"--db"_s, db, u"exec"_s, inputPath});
            const QByteArray out = killAfterLines(process, killAfter.at(round));
            QVERIFY2(!out.isEmpty(), "exec printed too little");
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);

            const QList<QJsonObject> results = completeJsonLines(out);
            QVERIFY(results.size() >= killAfter.at(round));
            QVERIFY2(results.size() < commandsPerRun, "exec finished before it was killed");
            for (const QJsonObject& result : results) {
                QCOMPARE(result.value(u"ok"_s), QJsonValue(true));
                acknowledged.append(result);
            }

            // Every acknowledged command so far is in the store, at its place.
            const QList<QJsonObject> events = exportedEvents(db);
            QVERIFY(!events.isEmpty());
            const QString gaps = gaplessProblem(events);
            QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
            const QString lost = lostResultProblem(events, acknowledged);
            QVERIFY2(lost.isEmpty(), qPrintable(lost));
            // At most the one command in flight was stored without being reported.
            QVERIFY(events.size() - acknowledged.size() <= round + 1);

            const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
            QVERIFY2(verified.exitCode == 0, verified.out.constData());
        }

        // The file takes the next exec as if nothing happened; a repeated
        // command_id of a killed run returns its stored result.
        const qint64 head = runCli({u"--db"_s, db, u"export-events"_s}).lines().size();
        const CliRun next = runCli(
            {u"--db"_s, db, u"exec"_s},
            R"({"command":"EnrollFamily","family_id":"after","family_name":"After","enrollment_date":"2024-09-01"})"
            "\n"
            R"({"command":"AddChild","command_id":"child-r0-f0","family_id":"r0-f0","child_name":"Kid","child_age":9})"
            "\n");
        QCOMPARE(next.exitCode, 0);
        const QList<QJsonObject> results = next.jsonLines();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).value(u"position"_s).toInteger(), head + 1);
        QCOMPARE(results.at(1).value(u"position"_s).toInteger(), 2);
        QCOMPARE(runCli({u"--db"_s, db, u"verify"_s}).exitCode, 0);
    }

    // A kill can land inside a checkpoint: SQLite copies the write-ahead log
    // into the file page by page in page order, so page 1 (whose header
    // gives the new, larger size) is written before the pages that grow the
    // file. The log still holds every page and SQLite recovers from it; the
    // file must open as it is. Built here deterministically: a reader holds
    // the log back while exec appends, the pair is copied as a crash would
    // leave it, and page 1 from the log is written into the copy.
    void killedInsideACheckpoint()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);

        sqlite3* reader = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &reader), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM meta;", nullptr, nullptr, nullptr),
            SQLITE_OK); // a read snapshot from before the appends
        QByteArray input;
        for (int i = 0; i < 300; ++i)
            input += u"{\"command\":\"EnrollFamily\",\"family_id\":\"f%1\",\"family_name\":"
                     u"\"Family %1 with a name long enough to fill pages\","
                     u"\"enrollment_date\":\"2024-09-01\"}\n"_s.arg(i)
                         .toUtf8();
        const CliRun appended = runCli({u"--db"_s, db, u"exec"_s}, input);
        QCOMPARE(appended.exitCode, 0);

        const QString crashed = dir.filePath(u"crashed.coop"_s);
        QVERIFY(QFile::copy(db, crashed));
        QVERIFY(QFile::copy(db + u"-wal"_s, crashed + u"-wal"_s));
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(reader);

        // The checkpoint's first write: the newest page 1 of the log.
        QFile wal(crashed + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray log = wal.readAll();
        const auto be32 = [&](const QByteArray& bytes, qsizetype at) {
            return (quint32(quint8(bytes.at(at))) << 24) |
                   (quint32(quint8(bytes.at(at + 1))) << 16) |
                   (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
        };
        const qsizetype pageSize = be32(log, 8);
        QByteArray pageOne;
        for (qsizetype at = 32; at + 24 + pageSize <= log.size(); at += 24 + pageSize) {
            if (be32(log, at) == 1)
                pageOne = log.mid(at + 24, pageSize);
        }
        QCOMPARE(pageOne.size(), pageSize);
        QFile file(crashed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 sizeBefore = file.size();
        QCOMPARE(file.write(pageOne), pageSize);
        file.close();
        QVERIFY2(qint64(be32(pageOne, 28)) * pageSize > sizeBefore,
                 "the header should claim more pages than the file has");

        const CliRun exported = runCli({u"--db"_s, crashed, u"export-events"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.lines().size(), 300);
        const CliRun verified = runCli({u"--db"_s, crashed, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        const CliRun next =
            runCli({u"--db"_s, crashed, u"exec"_s},
                   R"({"command":"RecordLogin","family_id":"f299","date":"2024-10-01"})"
                   "\n");
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.json().value(u"position"_s).toInteger(), 301);
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
