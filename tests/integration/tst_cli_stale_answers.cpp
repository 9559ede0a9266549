// Answers that may be stale say so (SPEC 10, issue 5): with a projection
// stopped at a poison event, queries still answer and exit 0 with a warning
// on standard error for each stopped projection and its position, and
// `exec --wait`, which cannot catch up, exits 1 with the same warning.

#include "cli_runner.h"
#include "command_lines.h"
#include "raw_event.h"
#include "temp_coop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// A login of a schema this version does not know stops the projections
// that read logins; the payment analytics and the search index go on.
const QStringList stoppedByTheLogin{u"family_read_model"_s, u"at_risk_families_view"_s,
                                    u"activity_log"_s};

QList<QByteArray> warnings(const CliRun& run)
{
    QList<QByteArray> found;
    for (const QByteArray& line : run.err.split('\n')) {
        if (line.contains("warning"))
            found.append(line);
    }
    return found;
}

// One warning per stopped projection, each naming it and its position.
void checkWarnings(const CliRun& run, qint64 poison)
{
    const QList<QByteArray> lines = warnings(run);
    QVERIFY2(lines.size() == stoppedByTheLogin.size(), run.err.constData());
    const QByteArray position = "position " + QByteArray::number(poison);
    for (const QString& name : stoppedByTheLogin) {
        bool named = false;
        for (const QByteArray& line : lines)
            named = named || (line.contains(name.toUtf8()) && line.contains(position));
        QVERIFY2(named, qPrintable(name + u" is not named with its position in: "_s +
                                   QString::fromUtf8(run.err)));
    }
}

} // namespace

class TestCliStaleAnswers : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_coop = std::make_unique<TempCoop>();
        m_coop->enroll(u"f1"_s, u"Martinez Family"_s);
        m_coop->enroll(u"f2"_s, u"Okafor Family"_s);
        m_poison = appendRawEvent(m_coop->path(), u"f1"_s, u"LoginRecorded"_s, 9,
                                  R"({"date":"2025-02-01"})");
        QVERIFY(m_coop
                    ->run(cmd(u"RecordLogin"_s,
                              {{u"family_id"_s, u"f2"_s}, {u"date"_s, u"2025-02-02"_s}}))
                    .ok);
    }
    void cleanup() { m_coop.reset(); }

    void queriesAnswerAndWarn_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::newRow("family") << QStringList{u"family"_s, u"f2"_s};
        QTest::newRow("families") << QStringList{u"families"_s};
        QTest::newRow("tiers") << QStringList{u"tiers"_s};
        QTest::newRow("at-risk") << QStringList{u"at-risk"_s, u"--min"_s, u"0"_s};
        QTest::newRow("payments") << QStringList{u"payments"_s};
        QTest::newRow("search") << QStringList{u"search"_s, u"Okafor"_s};
    }
    void queriesAnswerAndWarn()
    {
        QFETCH(QStringList, query);
        const CliRun run = runCli(QStringList{u"--db"_s, m_coop->path(), u"query"_s} + query);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Standard output is the answer alone, as without the poison event.
        QCOMPARE(run.lines().size(), 1);
        QJsonParseError error{};
        QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        checkWarnings(run, m_poison);
    }

    void anUnknownFamilyIsStillNotFoundAndWarned()
    {
        const CliRun run =
            runCli({u"--db"_s, m_coop->path(), u"query"_s, u"family"_s, u"nobody"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s), u"not_found"_s);
        checkWarnings(run, m_poison);
    }

    // History comes from the events themselves: nothing to warn about.
    void historyIsNeverStale()
    {
        const CliRun run = runCli({u"--db"_s, m_coop->path(), u"query"_s, u"history"_s, u"f1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(warnings(run).isEmpty(), run.err.constData());
    }

    void execWaitThatCannotCatchUpExitsOne()
    {
        const CliRun run =
            runCli({u"--db"_s, m_coop->path(), u"exec"_s, u"--wait"_s}, enrollLine(u"f3"_s));
        QCOMPARE(run.exitCode, 1);
        // The command itself was recorded, and its result printed.
        const QList<QJsonObject> results = run.jsonLines();
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().value(u"ok"_s).toBool());
        QCOMPARE(results.first().value(u"position"_s).toInteger(), m_poison + 2);
        checkWarnings(run, m_poison);
    }

    void withoutAPoisonEventThereIsNoWarning()
    {
        TempCoop clean;
        clean.enroll(u"f1"_s);
        const CliRun query = runCli({u"--db"_s, clean.path(), u"query"_s, u"families"_s});
        QCOMPARE(query.exitCode, 0);
        QVERIFY2(warnings(query).isEmpty(), query.err.constData());
        const CliRun exec =
            runCli({u"--db"_s, clean.path(), u"exec"_s, u"--wait"_s}, enrollLine(u"f2"_s));
        QCOMPARE(exec.exitCode, 0);
        QVERIFY2(warnings(exec).isEmpty(), exec.err.constData());
    }

private:
    std::unique_ptr<TempCoop> m_coop;
    qint64 m_poison = 0;
};

QTEST_GUILESS_MAIN(TestCliStaleAnswers)
#include "tst_cli_stale_answers.moc"
