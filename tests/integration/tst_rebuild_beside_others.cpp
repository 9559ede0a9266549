// A rebuild in progress survives other processes opening the co-op (SPEC
// 10): `status`, `query`, `exec --wait` (and other Projectors in the same
// process) leave its shadow tables and its `rebuilding` status alone, and
// `status` shows it. A rebuild whose process is gone (killed) is cleaned up
// by the next open, and the views file does not grow with each one.

#include "cli_runner.h"
#include "projections/projection_registry.h"
#include "projections/projector.h"
#include "projections/rebuild_lock.h"
#include "projections/views_file.h"
#include "projections/views_verifier.h"
#include "queries/query_service.h"
#include "temp_coop.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The views file's size after each of four abandoned rebuilds: dropped
// pages are reused, so the later ones need no more room than the second.
bool abandonedRebuildsReuseTheirRoom(const QList<qint64>& sizes)
{
    qInfo(
        "views file after each abandoned rebuild: %s bytes",
        qPrintable(
            u"%1 %2 %3 %4"_s.arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2)).arg(sizes.at(3))));
    if (sizes.at(3) <= sizes.at(1))
        return true;
    qWarning("views file of %lld bytes, then %lld", sizes.at(1), sizes.at(3));
    return false;
}

void someHistory(TempCoop& coop, int families)
{
    QList<QJsonObject> commands;
    for (int i = 1; i <= families; ++i) {
        const QString id = u"f%1"_s.arg(i);
        commands.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, id},
                                                {u"family_name"_s, QString(id + u" Family"_s)},
                                                {u"enrollment_date"_s, u"2024-09-01"_s}}));
        commands.append(cmd(u"ChargeTuition"_s, {{u"family_id"_s, id},
                                                 {u"charge_id"_s, u"jan"_s},
                                                 {u"month"_s, u"2025-01"_s},
                                                 {u"amount_cents"_s, 10000},
                                                 {u"due_date"_s, u"2025-01-05"_s}}));
        commands.append(cmd(u"ReceivePayment"_s, {{u"family_id"_s, id},
                                                  {u"amount_cents"_s, 100 * i},
                                                  {u"date"_s, u"2025-01-03"_s},
                                                  {u"payment_method"_s, u"cash"_s}}));
    }
    QVERIFY(coop.bus().dispatchBatch(commands).committed);
}

QString viewsOf(const TempCoop& coop)
{
    return viewsPathOf(coop.path());
}

qint64 shadowTables(const TempCoop& coop)
{
    SqliteConnection views(viewsOf(coop), SqliteConnection::Mode::ReadOnly);
    return views.scalar("SELECT count(*) FROM sqlite_master WHERE instr(name, '__next') > 0");
}

QStringList statusesIn(const QByteArray& statusOutput)
{
    QStringList statuses;
    for (const QJsonValue& row : QJsonDocument::fromJson(statusOutput).array())
        statuses.append(row.toObject().value(u"status"_s).toString());
    return statuses;
}

QStringList statusesOf(Projector& projector)
{
    QStringList statuses;
    for (const CheckpointRow& row : projector.checkpoints())
        statuses.append(row.status);
    return statuses;
}

QStringList all(const QString& status)
{
    return QStringList(projectionNames().size(), status);
}

// The views file and its write-ahead log: what an abandoned rebuild could grow.
qint64 viewsBytes(const TempCoop& coop)
{
    return QFileInfo(viewsOf(coop)).size() + QFileInfo(viewsOf(coop) + u"-wal"_s).size();
}

// `coopdesk-cli rebuild` stopped by its test hook after its first step:
// between transactions, its lock held and its shadow tables there.
class PausedRebuild
{
public:
    explicit PausedRebuild(const QString& db)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COOPDESK_TEST_PAUSE_REBUILD"_s, u"1"_s);
        m_process.setProcessEnvironment(environment);
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start(cliPath(), {u"--db"_s, db, u"rebuild"_s});
    }
    ~PausedRebuild()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // False when it ended (or printed nothing for a minute) before pausing.
    bool waitUntilPaused()
    {
        while (!m_err.contains("rebuild paused")) {
            if (!m_process.waitForReadyRead(60000))
                return false;
            m_err += m_process.readAllStandardError();
        }
        return true;
    }
    CliRun resume()
    {
        m_process.write("\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(120000);
        return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                m_process.readAllStandardOutput(), m_err + m_process.readAllStandardError()};
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace

class TestRebuildBesideOthers : public QObject
{
    Q_OBJECT

private slots:
    // The rebuild exits 0 although `status`, `query` and `exec --wait` ran
    // (and opened the views file) while it was under way; `status` showed it.
    void aCliRebuildSurvivesOtherProcesses()
    {
        TempCoop coop;
        someHistory(coop, 200);
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"status"_s}).exitCode, 0);

        PausedRebuild rebuild(coop.path());
        QVERIFY2(rebuild.waitUntilPaused(), rebuild.err().constData());

        CliRun status = runCli({u"--db"_s, coop.path(), u"status"_s});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(statusesIn(status.out), all(u"rebuilding"_s));
        const CliRun query = runCli({u"--db"_s, coop.path(), u"query"_s, u"family"_s, u"f7"_s});
        QCOMPARE(query.exitCode, 0);
        QCOMPARE(query.json().value(u"total_paid_cents"_s).toInteger(), 700);
        const CliRun exec = runCli(
            {u"--db"_s, coop.path(), u"exec"_s, u"--wait"_s},
            R"({"command":"ReceivePayment","family_id":"f7","amount_cents":50,"date":"2025-01-04","payment_method":"cash"})"
            "\n");
        QCOMPARE(exec.exitCode, 0);
        QVERIFY(exec.jsonLines().first().value(u"ok"_s).toBool());
        // Read your writes from the live tables, the rebuild still under way.
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"query"_s, u"family"_s, u"f7"_s})
                     .json()
                     .value(u"total_paid_cents"_s)
                     .toInteger(),
                 750);
        status = runCli({u"--db"_s, coop.path(), u"status"_s});
        QCOMPARE(statusesIn(status.out), all(u"rebuilding"_s));
        QCOMPARE(shadowTables(coop) > 0, true);

        const CliRun done = rebuild.resume();
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QCOMPARE(done.json().value(u"ok"_s), QJsonValue(true));
        // The payment made meanwhile is in the swapped-in tables.
        QCOMPARE(done.json().value(u"events"_s).toInteger(), coop.store().headPosition());
        status = runCli({u"--db"_s, coop.path(), u"status"_s});
        QCOMPARE(statusesIn(status.out), all(u"running"_s));
        for (const QJsonValue& row : QJsonDocument::fromJson(status.out).array())
            QCOMPARE(row.toObject().value(u"last_position"_s).toInteger(),
                     coop.store().headPosition());
        QCOMPARE(shadowTables(coop), 0);
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"verify"_s}).exitCode, 0);
    }

    // The rebuilding process killed: the next open drops its shadow tables
    // and puts the statuses back, however often it happens, without the
    // views file growing each time; a new rebuild then works.
    void aKilledCliRebuildIsCleanedUp()
    {
        TempCoop coop;
        someHistory(coop, 200);
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"status"_s}).exitCode, 0);
        QList<qint64> sizes;
        for (int round = 0; round < 4; ++round) {
            {
                PausedRebuild rebuild(coop.path());
                QVERIFY2(rebuild.waitUntilPaused(), rebuild.err().constData());
                QVERIFY(shadowTables(coop) > 0);
                rebuild.kill();
            }
            const CliRun status = runCli({u"--db"_s, coop.path(), u"status"_s});
            QCOMPARE(status.exitCode, 0);
            QCOMPARE(statusesIn(status.out), all(u"running"_s));
            QCOMPARE(shadowTables(coop), 0);
            sizes.append(viewsBytes(coop));
        }
        QVERIFY(abandonedRebuildsReuseTheirRoom(sizes));
        const CliRun rebuilt = runCli({u"--db"_s, coop.path(), u"rebuild"_s});
        QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"verify"_s}).exitCode, 0);
    }

    // The same within one process: another Projector opening the views file
    // (the app's, a query's) leaves a rebuild under way alone and sees it.
    void aRebuildSurvivesAnotherProjectorOpening()
    {
        TempCoop coop;
        someHistory(coop, 30);
        const qint64 head = coop.store().headPosition();
        Projector rebuilder(coop.location(), coop.clock(), Projector::Options{2000, 10});
        rebuilder.open();
        rebuilder.catchUp();
        rebuilder.startRebuild(projectionNames());
        QVERIFY(!rebuilder.rebuildStep().finished);

        {
            Projector other(coop.location(), coop.clock());
            other.open();
            QCOMPARE(statusesOf(other), all(u"rebuilding"_s));
            QVERIFY(shadowTables(coop) > 0);
            coop.enroll(u"late"_s, u"Late Family"_s);
            other.catchUp(); // the live tables go on meanwhile
            QCOMPARE(other.projectedPosition(), head + 1);
            // One rebuild of a views file at a time.
            bool refused = false;
            try {
                other.startRebuild({u"search"_s});
            } catch (const StorageError& error) {
                refused = error.kind() == StorageError::Kind::Locked;
            }
            QVERIFY(refused);
            QVERIFY(!other.isRebuilding());
        }
        QueryService queries(coop.location());
        for (const QJsonObject& row : queries.projectionStatus(coop.clock().now()))
            QCOMPARE(row.value(u"status"_s).toString(), u"rebuilding"_s);

        RebuildProgress progress;
        do {
            progress = rebuilder.rebuildStep();
        } while (!progress.finished);
        QCOMPARE(progress.processed, head + 1);
        QCOMPARE(statusesOf(rebuilder), all(u"running"_s));
        QCOMPARE(shadowTables(coop), 0);
        QVERIFY(!RebuildLock::isHeld(viewsOf(coop)));
        QVERIFY(queries.getFamily(u"late"_s));
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // A rebuild that another Projector (another process: `coopdesk-cli
    // rebuild` beside the app) swaps in replaces what the live one holds in
    // memory too, even when its checkpoint ends where the live one's was:
    // else the live projector would write the damage the rebuild repaired
    // back with the next event.
    void aSwapElsewhereReplacesWhatTheLiveProjectorHolds()
    {
        TempCoop coop;
        someHistory(coop, 2);
        {
            Projector first(coop.location(), coop.clock());
            first.open();
            first.catchUp();
        }
        {
            // Damage: f1's folded record is f2's.
            SqliteConnection views(viewsOf(coop), SqliteConnection::Mode::ReadWrite);
            views.execute("UPDATE family_records SET state = (SELECT state FROM family_records "
                          "WHERE key = 'f2') WHERE key = 'f1'");
        }
        const auto payF1 = [&] {
            return coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                                      {u"amount_cents"_s, 5},
                                                      {u"date"_s, u"2025-01-04"_s},
                                                      {u"payment_method"_s, u"cash"_s}}));
        };
        Projector live(coop.location(), coop.clock());
        live.open();
        QVERIFY(payF1().ok);
        live.catchUp(); // holds the damaged record of f1 now
        {
            Projector rebuilder(coop.location(), coop.clock());
            rebuilder.open();
            rebuilder.startRebuild(projectionNames());
            while (!rebuilder.rebuildStep().finished) {
            }
        }
        QCOMPARE(live.checkpoints().first().lastPosition, live.projectedPosition());
        QVERIFY(payF1().ok);
        live.catchUp();
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // A Projector gone mid-rebuild (as a killed process is) leaves its lock
    // free: the next open cleans up, and the next rebuild may start. The
    // shadow tables written meanwhile leave pages free that the next ones
    // reuse: the views file does not grow with each abandoned rebuild.
    void anAbandonedRebuildIsCleanedUpOnOpen()
    {
        TempCoop coop;
        someHistory(coop, 300);
        const Projector::Options flushingOften{2000, 100, 100};
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
        }
        QList<qint64> sizes;
        for (int round = 0; round < 4; ++round) {
            {
                Projector rebuilder(coop.location(), coop.clock(), flushingOften);
                rebuilder.open();
                rebuilder.startRebuild(projectionNames());
                for (int step = 0; step < 5; ++step)
                    QVERIFY(!rebuilder.rebuildStep().finished);
                QVERIFY(RebuildLock::isHeld(viewsOf(coop)));
            }
            QVERIFY(!RebuildLock::isHeld(viewsOf(coop)));
            QVERIFY(shadowTables(coop) > 0);
            {
                Projector next(coop.location(), coop.clock());
                next.open();
                QCOMPARE(statusesOf(next), all(u"running"_s));
            }
            QCOMPARE(shadowTables(coop), 0);
            sizes.append(viewsBytes(coop));
        }
        QVERIFY(abandonedRebuildsReuseTheirRoom(sizes));

        Projector next(coop.location(), coop.clock(), flushingOften);
        next.open();
        next.startRebuild(projectionNames());
        while (!next.rebuildStep().finished) {
        }
        QCOMPARE(statusesOf(next), all(u"running"_s));
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }
};

QTEST_GUILESS_MAIN(TestRebuildBesideOthers)
#include "tst_rebuild_beside_others.moc"
