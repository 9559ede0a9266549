#include "cli_runner.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <string>

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
        QCOMPARE(
            run.lines().first(),
            QByteArray(
                R"({"ok":true,"command":"EnrollFamily","family_id":"f1","position":1,"stream_version":1})"));
    }

    // SPEC 8: --user is text of 1 to 100 characters without control
    // characters (trimmed, like any text); else usage, exit 2, nothing stored.
    void userIsCheckedLikeOtherText_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("empty") << QString() << 2 << QString();
        QTest::newRow("blank") << QStringLiteral(" \t ") << 2 << QString();
        QTest::newRow("control character") << QStringLiteral("ana\x01") << 2 << QString();
        QTest::newRow("line feed") << QStringLiteral("ana\nbob") << 2 << QString();
        QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << 2 << QString();
        QTest::newRow("101 characters") << QString(101, u'a') << 2 << QString();
        QTest::newRow("100 KB") << QString(100'000, u'a') << 2 << QString();
        QTest::newRow("100 characters") << QString(100, u'a') << 0 << QString(100, u'a');
        QTest::newRow("trimmed") << QStringLiteral("  Ana Treasurer ") << 0
                                 << QStringLiteral("Ana Treasurer");
        QTest::newRow("100 code points beyond the BMP")
            << QString::fromUcs4(std::u32string(100, U'\U0001F642').c_str(), 100) << 0
            << QString::fromUcs4(std::u32string(100, U'\U0001F642').c_str(), 100);
    }
    void userIsCheckedLikeOtherText()
    {
        QFETCH(QString, user);
        QFETCH(int, exitCode);
        QFETCH(QString, recorded);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const CliRun run = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("exec")},
            R"({"command":"EnrollFamily","family_name":"A","enrollment_date":"2024-09-01"})"
            "\n");
        QCOMPARE(run.exitCode, exitCode);
        const QList<QJsonObject> events =
            runCli({QStringLiteral("--db"), db, QStringLiteral("export-events")}).jsonLines();
        if (exitCode != 0) {
            QVERIFY2(run.err.contains("--user"), run.err.constData());
            QVERIFY(run.out.isEmpty());
            QVERIFY(events.isEmpty());
            return;
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 recorded);
    }

    // The default, the system user, passes through the same rule: a name
    // that breaks it is recorded as "unknown", never stored as it is.
    void theSystemUserFollowsTheSameRule_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("plain") << QStringLiteral("maria") << QStringLiteral("maria");
        QTest::newRow("spaces around") << QStringLiteral(" maria ") << QStringLiteral("maria");
        QTest::newRow("control character")
            << QStringLiteral("ma\x07ria") << QStringLiteral("unknown");
        QTest::newRow("too long") << QString(300, u'm') << QStringLiteral("unknown");
    }
    void theSystemUserFollowsTheSameRule()
    {
        QFETCH(QString, login);
        QFETCH(QString, recorded);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("USER"), login);
        environment.insert(QStringLiteral("LOGNAME"), login);
        process.setProcessEnvironment(environment);
        process.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("exec")});
        QVERIFY(process.waitForStarted());
        process.write(
            R"({"command":"EnrollFamily","family_name":"A","enrollment_date":"2024-09-01"})"
            "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject event =
            runCli({QStringLiteral("--db"), db, QStringLiteral("export-events")}).json();
        QCOMPARE(event.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 recorded);
    }
};

QTEST_GUILESS_MAIN(TestCliSmoke)
#include "tst_cli_smoke.moc"
