// A full disk (SPEC 10, issue 9): appends fail with a `storage` error and
// nothing half-written, the store keeps working, and it records again once
// there is space. The disk is a small tmpfs mounted for the test (it needs
// root, as CI has; elsewhere the test is skipped and says why).

#include "cli_runner.h"
#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "projections/projector.h"
#include "skip_outside_ci.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QJsonObject withNotes(int i)
{
    // 2000 characters of notes: the disk fills in a few hundred commands.
    return {{QStringLiteral("command"), QStringLiteral("RecordContact")},
            {QStringLiteral("family_id"), QStringLiteral("f1")},
            {QStringLiteral("date"), QStringLiteral("2024-05-01")},
            {QStringLiteral("method"), QStringLiteral("phone")},
            {QStringLiteral("notes"), QString(2000, QLatin1Char('a' + i % 26))}};
}

QJsonObject enrollF1()
{
    return {{QStringLiteral("command"), QStringLiteral("EnrollFamily")},
            {QStringLiteral("family_id"), QStringLiteral("f1")},
            {QStringLiteral("family_name"), QStringLiteral("F")},
            {QStringLiteral("enrollment_date"), QStringLiteral("2024-01-01")}};
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_parent.isValid());
        m_mountPoint = m_parent.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(m_mountPoint));
        if (!runTool(QStringLiteral("mount"),
                     {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=1m"), QStringLiteral("tmpfs"), m_mountPoint}))
            COOPDESK_SKIP_OUTSIDE_CI("mounting a small tmpfs needs root (CI runs as root)");
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        // Lazy, so a file still open there (a test cut short, a child
        // process) cannot keep the mount busy.
        if (m_mounted)
            runTool(QStringLiteral("umount"), {QStringLiteral("--lazy"), m_mountPoint});
    }

    void appendsFailCleanlyAndResumeWhenSpaceReturns()
    {
        const QString path = QDir(m_mountPoint).filePath(QStringLiteral("full.coop"));
        coopfile::create(path);
        FixedClock clock;
        qint64 accepted = 0;
        CommandResult failure;
        // One store and bus for the whole test, as the app keeps its session.
        const auto store = openStore(path);
        CommandBus bus(*store, clock, QStringLiteral("tester"));
        QVERIFY(bus.dispatch(enrollF1()).ok);
        accepted = 1;
        for (int i = 0; i < 5000; ++i) {
            const CommandResult result = bus.dispatch(withNotes(i));
            if (!result.ok) {
                failure = result;
                break;
            }
            ++accepted;
        }
        QVERIFY2(failure.error.has_value(), "the 1 MiB disk never filled");
        QCOMPARE(failure.error->code, QStringLiteral("storage"));
        QVERIFY2(failure.error->message.contains(QStringLiteral("disk is full")),
                 qPrintable(failure.error->message));
        QCOMPARE(failure.position, 0);

        // Still full: another append fails the same way, nothing changes.
        QCOMPARE(bus.dispatch(withNotes(1)).error->code, QStringLiteral("storage"));
        QCOMPARE(store->headPosition(), accepted);

        // Every accepted command is there, in an intact chain (read by
        // another store, as another program would).
        {
            const auto reader = openStore(path);
            QCOMPARE(reader->headPosition(), accepted);
            const AuditReport audit = reader->checkIntegrity();
            QVERIFY2(audit.ok, qPrintable(audit.problem));
            QCOMPARE(audit.eventsChecked, accepted);
        }

        // Space returns: the same store and bus record again.
        QVERIFY(runTool(QStringLiteral("mount"),
                        {QStringLiteral("-o"), QStringLiteral("remount,size=8m"), m_mountPoint}));
        const CommandResult result = bus.dispatch(withNotes(2));
        QVERIFY2(result.ok, result.toJsonLine().constData());
        QCOMPARE(result.position, accepted + 1);
        const CliRun verify = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
    }

    void theCommandLineToolExitsWithStorageOnAFullDisk()
    {
        // A fresh, empty 1 MiB disk.
        const QStringList leftovers = QDir(m_mountPoint).entryList(QDir::Files);
        for (const QString& name : leftovers)
            QVERIFY(QFile::remove(QDir(m_mountPoint).filePath(name)));
        QVERIFY(runTool(QStringLiteral("mount"),
                        {QStringLiteral("-o"), QStringLiteral("remount,size=1m"), m_mountPoint}));
        const QString path = QDir(m_mountPoint).filePath(QStringLiteral("cli.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        QByteArray input = QJsonDocument(enrollF1()).toJson(QJsonDocument::Compact) + '\n';
        for (int i = 0; i < 2000; ++i)
            input += QJsonDocument(withNotes(i)).toJson(QJsonDocument::Compact) + '\n';
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("exec")}, input);
        QCOMPARE(run.exitCode, 3);
        qint64 ok = 0;
        bool sawStorage = false;
        for (const QJsonObject& line : run.jsonLines()) {
            if (line.value(QStringLiteral("ok")).toBool())
                ++ok;
            else
                sawStorage =
                    sawStorage ||
                    line.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
                        QLatin1String("storage");
        }
        QVERIFY(sawStorage);
        // Reported ok means stored; reported failed means not.
        const auto store = openStore(path);
        QCOMPARE(store->headPosition(), ok);
    }

    // Checking the chain needs no space (SPEC 10): verify answers on a disk
    // with not one byte left, the read models it cannot compare said so.
    void verifyWorksOnAFullDisk()
    {
        const QStringList leftovers = QDir(m_mountPoint).entryList(QDir::Files);
        for (const QString& name : leftovers)
            QVERIFY(QFile::remove(QDir(m_mountPoint).filePath(name)));
        QVERIFY(runTool(QStringLiteral("mount"),
                        {QStringLiteral("-o"), QStringLiteral("remount,size=1m"), m_mountPoint}));
        const QString path = QDir(m_mountPoint).filePath(QStringLiteral("verify.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        QByteArray input = QJsonDocument(enrollF1()).toJson(QJsonDocument::Compact) + '\n';
        for (int i = 0; i < 20; ++i)
            input += QJsonDocument(withNotes(i)).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("exec")}, input).exitCode, 0);
        // Fill what is left, to the last byte.
        QFile filler(QDir(m_mountPoint).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write(block.left(1)) == 1) {
        }
        filler.close();

        const CliRun verify = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QCOMPARE(verify.json().value(QStringLiteral("ok")), true);
        QCOMPARE(verify.json().value(QStringLiteral("events_checked")).toInteger(), 21);
        QCOMPARE(verify.json().value(QStringLiteral("read_models_checked")), false);
        QVERIFY2(verify.err.contains("disk is full"), verify.err.constData());
        const CliRun exported =
            runCli({QStringLiteral("--db"), path, QStringLiteral("export-events")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.lines().size(), 21);
        QVERIFY(QFile::remove(filler.fileName()));
    }

private:
    QTemporaryDir m_parent;
    QString m_mountPoint;
    bool m_mounted = false;
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
