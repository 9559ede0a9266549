// The desktop app under SPEC 10, as separate processes on a real file:
// killed with SIGKILL while it saves commands through its dialogs and while
// its projector writes the views file, and saving at the same time as
// coopdesk-cli. Nothing acknowledged is lost, the log has no gap and no
// duplicate, conflicts are reported, and `verify` finds every read model
// equal to a fresh rebuild.
//
// coopdesk-app-driver (app_driver.cpp) is the app's window saving commands
// the way a coordinator does; the projector test kills coopdesk itself.

#include "cli_runner.h"
#include "command_lines.h"
#include "event_log_checks.h"
#include "killed_process.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int sharedFamilies = 10;

// Offscreen, with settings (recent files) in `configHome`.
void prepare(QProcess& process, const QString& configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    process.setProcessEnvironment(environment);
}

void startDriver(QProcess& driver, const QString& db, const QString& prefix, int count,
                 int shared = 0)
{
    prepare(driver, QFileInfo(db).absolutePath());
    QStringList arguments{db, prefix, QString::number(count)};
    if (shared > 0)
        arguments << QString::number(shared);
    driver.start(QStringLiteral(COOPDESK_APP_DRIVER_PATH), arguments);
}

// The furthest checkpoint in the views file; -1 while it cannot be read.
qint64 furthestCheckpoint(const QString& views)
{
    if (!QFile::exists(views))
        return -1;
    sqlite3* db = nullptr;
    qint64 furthest = -1;
    if (sqlite3_open_v2(views.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT max(last_position) FROM projection_checkpoints", -1,
                               &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW &&
            sqlite3_column_type(statement, 0) != SQLITE_NULL)
            furthest = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return furthest;
}

} // namespace

class TestAppReliability : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSavingLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"app.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);

        QList<QJsonObject> acknowledged;
        const QList<int> killAfter{1, 25, 120};
        for (qsizetype round = 0; round < killAfter.size(); ++round) {
            QProcess driver;
            startDriver(driver, db, u"r%1"_s.arg(round), 3000);
            const QByteArray out = killAfterLines(driver, killAfter.at(round));
            QVERIFY2(!out.isEmpty(), driver.readAllStandardError().constData());
            QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

            const QList<QJsonObject> results = completeJsonLines(out);
            QVERIFY(results.size() >= killAfter.at(round));
            for (const QJsonObject& result : results) {
                QVERIFY2(result.value(u"ok"_s).toBool(),
                         QJsonDocument(result).toJson().constData());
                acknowledged.append(result);
            }

            const QList<QJsonObject> events = exportedEvents(db);
            const QString gaps = gaplessProblem(events);
            QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
            const QString lost = lostResultProblem(events, acknowledged);
            QVERIFY2(lost.isEmpty(), qPrintable(lost));
            // At most the one command in flight per kill was stored unreported.
            QVERIFY(events.size() - acknowledged.size() <= round + 1);

            const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
            QVERIFY2(verified.exitCode == 0, verified.out.constData());
        }

        // The app opens the file again, saves, and its read models catch up.
        QProcess after;
        startDriver(after, db, u"after"_s, 3);
        QVERIFY(after.waitForFinished(120000));
        QVERIFY2(after.exitCode() == 0, after.readAllStandardError().constData());
        const QList<QJsonObject> results = completeJsonLines(after.readAllStandardOutput());
        QCOMPARE(results.size(), 4);
        const qint64 head = exportedEvents(db).size();
        QCOMPARE(results.at(2).value(u"position"_s).toInteger(), head);
        QCOMPARE(results.at(3).value(u"caught_up"_s).toInteger(), head);
    }

    // SPEC 7: once the app has quit (File > Quit), the co-op file alone holds
    // every acknowledged event: no write-ahead log is left beside it.
    void quittingLeavesTheFileWhole()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"quit.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
        QProcess driver;
        startDriver(driver, db, u"q"_s, 30);
        QVERIFY(driver.waitForFinished(120000));
        QVERIFY2(driver.exitStatus() == QProcess::NormalExit && driver.exitCode() == 0,
                 driver.readAllStandardError().constData());
        QVERIFY2(!QFile::exists(db + u"-wal"_s), "the app left NAME.coop-wal behind");
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(u"copy.coop"_s);
        QVERIFY(QFile::copy(db, copy));
        const CliRun verified = runCli({u"--db"_s, copy, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), 30);
    }

    // coopdesk itself, killed while it brings the views file up to a
    // backlog the command line tool appended: as soon as the views file
    // exists, once it has applied some of the new events, and once idle.
    void killedWhileProjectingLeavesTheReadModelsConsistent()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"projected.coop"_s);
        const QString views = db + u"-views"_s;
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);

        qint64 head = 0;
        for (int round = 0; round < 3; ++round) {
            const CliRun appended = runCli({u"--db"_s, db, u"--fast"_s, u"exec"_s},
                                           familyLines(u"p%1"_s.arg(round), 6000));
            QCOMPARE(appended.exitCode, 0);
            const qint64 before = head;
            head = appended.jsonLines().last().value(u"position"_s).toInteger();

            QProcess app;
            prepare(app, dir.path());
            app.start(QStringLiteral(COOPDESK_APP_PATH), {db});
            QVERIFY(app.waitForStarted());
            if (round == 0)
                QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(views), 60000);
            else if (round == 1)
                QTRY_VERIFY_WITH_TIMEOUT(furthestCheckpoint(views) > before, 60000);
            else
                QTRY_COMPARE_WITH_TIMEOUT(furthestCheckpoint(views), head, 60000);
            app.kill();
            QVERIFY(app.waitForFinished(60000));
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
            qInfo("round %d: killed with the views file at %lld of %lld", round,
                  furthestCheckpoint(views), head);

            // verify takes the views file as the kill left it, brings it to
            // the head and compares every read model with a fresh rebuild.
            const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
            QVERIFY2(verified.exitCode == 0, verified.out.constData());
            QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), head);
        }
    }

    // The app and the command line tool save at the same time on one file:
    // both on families of their own and on ten shared ones, and both enroll
    // the same twenty family ids (one wins, the other is told it exists).
    void appAndCommandLineSaveAtOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"shared.coop"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).exitCode, 0);
        QByteArray setup;
        for (int i = 0; i < sharedFamilies; ++i)
            setup += enrollLine(u"s%1"_s.arg(i));
        QCOMPARE(runCli({u"--db"_s, db, u"exec"_s}, setup).exitCode, 0);

        constexpr int appCommands = 600;
        constexpr int contested = 20;
        QByteArray input;
        for (int i = 0; i < contested; ++i)
            input += enrollLine(u"app-f%1"_s.arg(appCommands / 3 - 1 - i)) +
                     familyLines(u"cli%1"_s.arg(i), 30);
        for (int i = 0; i < 300; ++i)
            input += u"{\"command\":\"RecordLogin\",\"family_id\":\"s%1\",\"date\":"
                     u"\"2024-10-02\"}\n"_s.arg(i % sharedFamilies)
                         .toUtf8();
        const QString inputPath = dir.filePath(u"cli.jsonl"_s);
        {
            QFile file(inputPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(input);
        }

        // The command line starts once the app has saved its first command.
        QProcess app;
        startDriver(app, db, u"app"_s, appCommands, sharedFamilies);
        QVERIFY(app.waitForReadyRead(120000));
        QProcess cli;
        cli.start(cliPath(), {u"--db"_s, db, u"exec"_s, inputPath});
        QVERIFY(cli.waitForFinished(240000));
        QVERIFY(app.waitForFinished(240000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 app.readAllStandardError().constData());

        QList<QJsonObject> appResults = completeJsonLines(app.readAllStandardOutput());
        QCOMPARE(appResults.size(), appCommands + 1);
        const QJsonObject caughtUp = appResults.takeLast();
        const QList<QJsonObject> cliResults = completeJsonLines(cli.readAllStandardOutput());
        QCOMPARE(cliResults.size(), contested * 31 + 300);

        // A contested id: exactly one program enrolled it, the other was told.
        QHash<QString, int> enrolledBy;
        qsizetype accepted = 0;
        for (const QJsonObject& result : appResults + cliResults) {
            if (result.value(u"ok"_s).toBool()) {
                ++accepted;
                if (result.value(u"command"_s).toString() == u"EnrollFamily"_s)
                    ++enrolledBy[result.value(u"family_id"_s).toString()];
                continue;
            }
            QCOMPARE(result.value(u"error"_s)[u"code"_s].toString(), u"already_exists"_s);
        }
        QCOMPARE(accepted, appCommands + cliResults.size() - contested);
        for (int i = 0; i < contested; ++i)
            QCOMPARE(enrolledBy.value(u"app-f%1"_s.arg(appCommands / 3 - 1 - i)), 1);

        // The log: gapless, every accepted command at its place, nothing
        // stored twice or unreported, and the two programs interleaved.
        const QList<QJsonObject> events = exportedEvents(db);
        QCOMPARE(events.size(), sharedFamilies + accepted);
        const QString gaps = gaplessProblem(events);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps));
        QString lost = lostResultProblem(events, appResults);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        lost = lostResultProblem(events, cliResults);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        // The app started first; it also saved after the command line's first command.
        qint64 firstCli = 0;
        for (const QJsonObject& result : cliResults) {
            if (result.value(u"ok"_s).toBool() && firstCli == 0)
                firstCli = result.value(u"position"_s).toInteger();
        }
        QVERIFY2(appResults.last().value(u"position"_s).toInteger() > firstCli,
                 "the two programs did not save at the same time");

        QVERIFY(caughtUp.value(u"caught_up"_s).toInteger() >=
                appResults.last().value(u"position"_s).toInteger());
        const CliRun verified = runCli({u"--db"_s, db, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAppReliability)
#include "tst_app_reliability.moc"
