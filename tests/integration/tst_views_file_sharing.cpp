// Processes reading and projecting one co-op at once never disturb one
// another (SPEC 10): a views file is replaced only when it is positively
// not this co-op's views, never because another process has it busy or
// locked (then it waits).

#include "cli_runner.h"
#include "projections/views_file.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"
#include "views_mark.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList queryArguments(const QString& coop, const QString& what)
{
    return {u"query"_s, what, u"--db"_s, coop};
}

} // namespace

class TestViewsFileSharing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_coop = m_dir.filePath(u"shared.coop"_s);
        const CliRun init = runCli({u"init"_s, u"--db"_s, m_coop});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const CliRun seed = runCli({u"seed-demo"_s, u"--families"_s, u"200"_s, u"--db"_s, m_coop});
        QVERIFY2(seed.exitCode == 0, seed.err.constData());
        // The answers every later run must give, and the views file they come from.
        for (const QString& what : {u"tiers"_s, u"payments"_s}) {
            const CliRun run = runCli(queryArguments(m_coop, what));
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(!run.out.trimmed().isEmpty());
            m_answers.insert(what, run.out);
        }
        m_views = viewsPathOf(m_coop);
        markViewsFile(m_views);
    }

    // The two loops (bounded by count): every run answers alike
    // and exits 0, and the views file is the same file throughout.
    void concurrentQueriesKeepTheViewsFile()
    {
        constexpr int processes = 3;
        constexpr int runsEach = 20;
        std::array<std::unique_ptr<QProcess>, processes> running;
        std::array<QString, processes> asked;
        std::array<int, processes> done{};
        const QStringList kinds{u"tiers"_s, u"payments"_s};
        const auto start = [&](int slot) {
            asked[slot] = kinds.at((slot + done[slot]) % kinds.size());
            running[slot] = std::make_unique<QProcess>();
            running[slot]->start(cliPath(), queryArguments(m_coop, asked[slot]));
            QVERIFY(running[slot]->waitForStarted());
        };
        for (int slot = 0; slot < processes; ++slot)
            start(slot);
        for (int round = 0; round < runsEach; ++round) {
            for (int slot = 0; slot < processes; ++slot) {
                QProcess& process = *running[slot];
                QVERIFY(process.waitForFinished(120000));
                const QByteArray err = process.readAllStandardError();
                QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                         qPrintable(u"run %1 of process %2 (%3) exited %4: %5"_s.arg(round)
                                        .arg(slot)
                                        .arg(asked[slot])
                                        .arg(process.exitCode())
                                        .arg(QString::fromUtf8(err))));
                QCOMPARE(process.readAllStandardOutput(), m_answers.value(asked[slot]));
                ++done[slot];
                if (round + 1 < runsEach)
                    start(slot);
            }
        }
        QVERIFY2(viewsFileIsMarked(m_views), "the views file was replaced");
    }

    // Another process holding a lock on the views file makes a query wait,
    // then answer or say the file is locked; it never replaces the file.
    void aLockedViewsFileIsWaitedForNotReplaced()
    {
        CliRun run;
        {
            SqliteConnection holder(m_views, SqliteConnection::Mode::ReadWrite);
            holder.setBusyTimeout(10000);
            // No other connection may read the file while this one lives.
            holder.execute("PRAGMA locking_mode = EXCLUSIVE");
            holder.execute("BEGIN EXCLUSIVE");
            holder.execute(markViewsSql);
            run = runCli(queryArguments(m_coop, u"tiers"_s));
            holder.execute("COMMIT");
        }
        if (run.exitCode == 0)
            QCOMPARE(run.out, m_answers.value(u"tiers"_s));
        else
            QVERIFY2(run.err.contains("locked"), run.err.constData());
        QVERIFY2(viewsFileIsMarked(m_views), "the views file was replaced");
        // Once the lock is gone, the same file answers.
        const CliRun after = runCli(queryArguments(m_coop, u"tiers"_s));
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(after.out, m_answers.value(u"tiers"_s));
        QVERIFY(viewsFileIsMarked(m_views));
    }

private:
    QTemporaryDir m_dir;
    QString m_coop;
    QString m_views;
    QHash<QString, QByteArray> m_answers;
};

QTEST_GUILESS_MAIN(TestViewsFileSharing)
#include "tst_views_file_sharing.moc"
