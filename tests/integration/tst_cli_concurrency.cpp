// Two coopdesk-cli processes appending to one co-op file at once (SPEC 3,
// SPEC 10): every accepted command is stored exactly once, positions stay
// gapless, no stream version forks, and the audit trail verifies.
//
// Runs with the default durable setting (synchronous=FULL), not --fast:
// 4 000 commits take a few seconds on the 2-core CI machine.

#include "cli_runner.h"
#include "event_log_checks.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int commandsPerProcess = 2000;
constexpr int sharedFamilies = 10;
constexpr int sharedCommandIds = 50;

QByteArray line(const QString& json)
{
    return json.toUtf8() + '\n';
}

// One process's input: its own families, logins on the families both
// processes share, and commands with a command_id both processes send.
QByteArray inputFor(const QString& who)
{
    QByteArray input;
    int count = 0;
    for (int i = 0; i < 400; ++i, ++count)
        input +=
            line(u"{\"command\":\"EnrollFamily\",\"family_id\":\"%1-%2\","
                 u"\"family_name\":\"Family %1 %2\",\"enrollment_date\":\"2024-09-01\"}"_s.arg(who)
                     .arg(i));
    for (int i = 0; i < sharedCommandIds; ++i, ++count)
        input +=
            line(u"{\"command\":\"RecordContact\",\"command_id\":\"both-%1\","
                 u"\"family_id\":\"s%2\",\"date\":\"2024-10-01\",\"method\":\"phone\"}"_s.arg(i)
                     .arg(i % sharedFamilies));
    for (int i = 0; count < commandsPerProcess; ++i, ++count) {
        if (i % 3 == 0)
            input += line(u"{\"command\":\"AddChild\",\"family_id\":\"%1-%2\","
                          u"\"child_name\":\"Kid %3\",\"child_age\":%4}"_s.arg(who)
                              .arg(i % 400)
                              .arg(i)
                              .arg(i % 26));
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

} // namespace

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesAppendAtOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"shared.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
        QByteArray setup;
        for (int i = 0; i < sharedFamilies; ++i)
            setup +=
                line(u"{\"command\":\"EnrollFamily\",\"family_id\":\"s%1\","
                     u"\"family_name\":\"Shared %1\",\"enrollment_date\":\"2024-09-01\"}"_s.arg(i));
        QCOMPARE(runCli({u"--db"_s, db, u"exec"_s}, setup).exitCode, 0);

        const QStringList who{u"a"_s, u"b"_s};
        QList<QString> inputs;
        for (const QString& name : who) {
            const QString path = dir.filePath(name + u".jsonl"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(inputFor(name));
            inputs.append(path);
        }

        // Started together; each reads its own input file.
        QProcess first;
        QProcess second;
        first.start(cliPath(), {u"--db"_s, db, u"--user"_s, u"a"_s, u"exec"_s, inputs.at(0)});
        second.start(cliPath(), {u"--db"_s, db, u"--user"_s, u"b"_s, u"exec"_s, inputs.at(1)});
        QVERIFY(first.waitForStarted());
        QVERIFY(second.waitForStarted());
        QVERIFY(first.waitForFinished(240000));
        QVERIFY(second.waitForFinished(240000));
        const QByteArray firstErr = first.readAllStandardError();
        const QByteArray secondErr = second.readAllStandardError();
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(first.exitCode() == 0, firstErr.constData());
        QVERIFY2(second.exitCode() == 0, secondErr.constData());

        QList<QJsonObject> results = parseLines(first.readAllStandardOutput());
        QCOMPARE(results.size(), commandsPerProcess);
        const QList<QJsonObject> secondResults = parseLines(second.readAllStandardOutput());
        QCOMPARE(secondResults.size(), commandsPerProcess);
        results += secondResults;

        // The log as stored: gapless, no stream version forked.
        const QList<QJsonObject> events = exportedEvents(db);
        const qsizetype expectedEvents =
            sharedFamilies + 2 * commandsPerProcess - sharedCommandIds; // shared ids stored once
        QCOMPARE(events.size(), expectedEvents);
        const QString gaps = gaplessProblem(events);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps));

        // Every ok result is the event stored at its position, and every
        // event the two runs appended was reported by one of them.
        const QString lost = lostResultProblem(events, results);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QSet<qint64> reported;
        for (const QJsonObject& result : std::as_const(results)) {
            QCOMPARE(result.value(u"ok"_s), QJsonValue(true));
            const qint64 position = result.value(u"position"_s).toInteger();
            QVERIFY(position > sharedFamilies);
            reported.insert(position);
        }
        QCOMPARE(reported.size(), events.size() - sharedFamilies);

        // A command_id sent by both: one event, and both got its result.
        qsizetype sharedEvents = 0;
        for (const QJsonObject& event : events) {
            const QString commandId =
                event.value(u"metadata"_s).toObject().value(u"command_id"_s).toString();
            if (commandId.startsWith(u"both-"_s))
                ++sharedEvents;
        }
        QCOMPARE(sharedEvents, sharedCommandIds);
        for (int i = 0; i < sharedCommandIds; ++i) {
            const QJsonObject& fromFirst = results.at(400 + i);
            const QJsonObject& fromSecond = results.at(commandsPerProcess + 400 + i);
            QCOMPARE(fromFirst, fromSecond);
        }

        // Each process's own metadata went with its own events.
        for (const QJsonObject& event : events) {
            const QString stream = event.value(u"stream_id"_s).toString();
            if (stream.startsWith(u"a-"_s) || stream.startsWith(u"b-"_s))
                QCOMPARE(event.value(u"metadata"_s).toObject().value(u"user_id"_s).toString(),
                         stream.left(1));
        }

        const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), events.size());
    }

    // Opening races too: several processes starting on a new file at once
    // must each wait for the others, not report the file as locked.
    void manyProcessesOpenAtOnce()
    {
        constexpr int rounds = 8;
        constexpr int processCount = 4;
        for (int round = 0; round < rounds; ++round) {
            QTemporaryDir dir;
            const QString db = dir.filePath(u"fresh.coop"_s);
            QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int p = 0; p < processCount; ++p) {
                auto process = std::make_unique<QProcess>();
                process->start(cliPath(), {u"--db"_s, db, u"exec"_s});
                processes.push_back(std::move(process));
            }
            for (int p = 0; p < processCount; ++p) {
                QProcess& process = *processes.at(p);
                QVERIFY(process.waitForStarted());
                for (int i = 0; i < 3; ++i)
                    process.write(
                        line(u"{\"command\":\"EnrollFamily\",\"family_id\":\"p%1-%2\","
                             u"\"family_name\":\"F\",\"enrollment_date\":\"2024-09-01\"}"_s.arg(p)
                                 .arg(i)));
                process.closeWriteChannel();
            }
            for (const auto& process : processes) {
                QVERIFY(process->waitForFinished(60000));
                const QByteArray out = process->readAllStandardOutput();
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         QByteArray(out + process->readAllStandardError()).constData());
                QCOMPARE(out.count("\"ok\":true"), 3);
            }
            QCOMPARE(runCli({u"--db"_s, db, u"export-events"_s}).lines().size(), processCount * 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
