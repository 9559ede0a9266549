#include "cli_runner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk::test;

class TestCliSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initThenExecPrintsOneResultPerLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const CliRun run = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("exec")},
            R"({"command":"EnrollFamily","family_id":"f1","family_name":"Martinez Family","enrollment_date":"2024-09-01"})"
            "\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 1);
        QCOMPARE(run.lines().first(),
                 QByteArray(R"({"ok":true,"command":"EnrollFamily","family_id":"f1","position":1,"stream_version":1})"));
    }
};

QTEST_GUILESS_MAIN(TestCliSmoke)
#include "tst_cli_smoke.moc"
