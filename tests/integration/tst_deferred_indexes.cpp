// A projection that starts from nothing catches up without its secondary
// indexes and gets them once it reaches the head (projector_deferred_indexes.cpp):
// the same indexes as ever, the same rows as a fresh rebuild, and a process
// that stops before the head leaves them to the next one that opens the file.

#include "projections/projector.h"
#include "projections/views_verifier.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The views file's own indexes (not SQLite's automatic ones), sorted.
QStringList indexesOf(const QString& viewsPath)
{
    SqliteConnection views(viewsPath, SqliteConnection::Mode::ReadOnly);
    Query query = views.query("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                              "name NOT LIKE 'sqlite_autoindex%' ORDER BY name");
    QStringList names;
    while (query.next())
        names.append(query.text(0));
    return names;
}

// `families` families with an enrolment, a child and a login each.
void fill(TempCoop& coop, int families)
{
    QList<QJsonObject> commands;
    for (int i = 0; i < families; ++i) {
        const QString id = u"f%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        commands.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, id},
                                                {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                {u"enrollment_date"_s, u"2024-09-01"_s}}));
        commands.append(cmd(
            u"AddChild"_s,
            {{u"family_id"_s, id}, {u"child_name"_s, u"Child %1"_s.arg(i)}, {u"child_age"_s, 8}}));
        commands.append(cmd(u"RecordLogin"_s,
                            {{u"family_id"_s, id}, {u"date"_s, u"2024-10-0%1"_s.arg(i % 9 + 1)}}));
    }
    const CommandBus::BatchResult batch = coop.bus().dispatchBatch(commands);
    QVERIFY(batch.committed);
}

Projector::Options smallBatches()
{
    Projector::Options options;
    options.batchSize = 500;
    return options;
}

} // namespace

class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The indexes every views file has: those of a co-op too small to defer them.
        TempCoop small;
        fill(small, 10);
        Projector projector(small.location(), small.clock());
        projector.open();
        m_allIndexes = indexesOf(projector.viewsPath());
        QVERIFY(m_allIndexes.contains(u"activity_log_family"_s));
        QVERIFY(m_allIndexes.contains(u"family_read_model_name"_s));
        QVERIFY(m_allIndexes.contains(u"at_risk_families_priority"_s));
        QVERIFY(m_allIndexes.contains(u"payment_analytics_open_charges_due"_s));
    }

    void aCatchUpFromNothingBuildsThemAtTheHead()
    {
        TempCoop coop;
        fill(coop, 700); // 2 100 events, five batches
        Projector projector(coop.location(), coop.clock(), smallBatches());
        projector.open();
        QCOMPARE(indexesOf(projector.viewsPath()), QStringList());
        projector.runBatch();
        QCOMPARE(indexesOf(projector.viewsPath()), QStringList());
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), coop.store().headPosition());
        QCOMPARE(indexesOf(projector.viewsPath()), m_allIndexes);

        // The rows are those of a fresh rebuild; later events go in as ever.
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
        coop.run(
            cmd(u"RecordLogin"_s, {{u"family_id"_s, u"f0001"_s}, {u"date"_s, u"2024-11-01"_s}}));
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), coop.store().headPosition());
        QCOMPARE(indexesOf(projector.viewsPath()), m_allIndexes);
    }

    void aProcessStoppedBeforeTheHeadLeavesThemToTheNextOpen()
    {
        TempCoop coop;
        fill(coop, 700);
        QString viewsPath;
        {
            Projector first(coop.location(), coop.clock(), smallBatches());
            first.open();
            first.runBatch();
            viewsPath = first.viewsPath();
        }
        QCOMPARE(indexesOf(viewsPath), QStringList());
        Projector next(coop.location(), coop.clock(), smallBatches());
        next.open();
        QCOMPARE(indexesOf(viewsPath), m_allIndexes);
        next.catchUp();
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    void aRebuildAfterADeferredCatchUpKeepsThem()
    {
        TempCoop coop;
        fill(coop, 400);
        Projector projector(coop.location(), coop.clock(), smallBatches());
        projector.open();
        projector.catchUp();
        projector.startRebuild({u"activity_log"_s, u"family_read_model"_s});
        while (!projector.rebuildStep().finished) {
        }
        QCOMPARE(indexesOf(projector.viewsPath()), m_allIndexes);
        projector.catchUp();
        QCOMPARE(indexesOf(projector.viewsPath()), m_allIndexes);
    }

private:
    QStringList m_allIndexes;
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferred_indexes.moc"
