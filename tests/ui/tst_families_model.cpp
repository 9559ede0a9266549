// The Families table model: every column of family_read_model as people
// read it, sorting and filters as queries, live refreshes in small steps
// (never a reset per event), a window of pages over 100 000 families, and
// the CSV export of what the table shows.

#include "families/families_csv_export.h"
#include "families/families_model.h"
#include "families_test_coop.h"
#include "io/csv_reader.h"
#include "store/coop_file.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString cell(const FamiliesModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList names(const FamiliesModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << cell(model, row, FamiliesModel::NameColumn);
    return result;
}

// Three families: Adams (owes 50.00, high risk), Baker (paid 200.00,
// withdrawn), Chen (nothing yet, critical).
void fillSmallCoop(FamiliesTestCoop& coop)
{
    coop.enrollFamily(s("f-adams"), s("Adams Family"), s("2024-09-01"),
                      {{s("parent_name"), s("Alice Adams")},
                       {s("email"), s("alice@example.org")},
                       {s("assigned_coordinator"), s("Lee")}});
    coop.ok(s("AddChild"),
            {{s("family_id"), s("f-adams")}, {s("child_name"), s("Zoe")}, {s("child_age"), 7}});
    coop.charge(s("f-adams"), s("c1"), s("2024-09"), 15000, s("2024-09-05"));
    coop.pay(s("f-adams"), 10000, s("2024-09-05"));
    coop.risk(s("f-adams"), 72);
    coop.ok(s("UpdateEngagementScore"), {{s("family_id"), s("f-adams")}, {s("new_score"), 64}});

    coop.enrollFamily(s("f-baker"), s("Baker Family"), s("2024-08-15"),
                      {{s("assigned_coordinator"), s("Kim")}});
    coop.charge(s("f-baker"), s("c1"), s("2024-09"), 20000, s("2024-09-05"));
    coop.pay(s("f-baker"), 20000, s("2024-09-10"), s("check"));
    coop.withdraw(s("f-baker"));

    coop.enrollFamily(s("f-chen"), s("chen family"), s("2024-10-01"));
    coop.risk(s("f-chen"), 90);
}

} // namespace

class TestFamiliesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useEnglishLocale(); }

    void showsEveryColumnAsPeopleReadIt()
    {
        FamiliesTestCoop coop;
        fillSmallCoop(coop);
        QVERIFY(coop.project());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCurrencyCode(s("USD"));
        model.setQueryService(&coop.queries());

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(FamiliesModel::ColumnCount));
        // family_name COLLATE NOCASE: "chen family" between Baker and nothing.
        QCOMPARE(names(model),
                 (QStringList{s("Adams Family"), s("Baker Family"), s("chen family")}));
        QCOMPARE(model.familyId(0), s("f-adams"));
        QCOMPARE(cell(model, 0, FamiliesModel::NameColumn, FamiliesModel::FamilyIdRole),
                 s("f-adams"));

        QCOMPARE(cell(model, 0, FamiliesModel::StatusColumn), s("Enrolled"));
        QCOMPARE(cell(model, 1, FamiliesModel::StatusColumn), s("Withdrawn"));
        QCOMPARE(cell(model, 0, FamiliesModel::ChildrenColumn), s("1"));
        QCOMPARE(cell(model, 0, FamiliesModel::TotalPaidColumn), s("100.00"));
        QCOMPARE(cell(model, 0, FamiliesModel::BalanceColumn), s("50.00"));
        QCOMPARE(cell(model, 1, FamiliesModel::TotalPaidColumn), s("200.00"));
        QCOMPARE(cell(model, 1, FamiliesModel::BalanceColumn), s("0.00"));
        QCOMPARE(cell(model, 0, FamiliesModel::LastPaymentColumn), s("9/5/24"));
        QCOMPARE(cell(model, 2, FamiliesModel::LastPaymentColumn), s("—"));
        QCOMPARE(cell(model, 0, FamiliesModel::EngagementColumn), s("64"));
        QCOMPARE(cell(model, 0, FamiliesModel::RiskColumn), s("72"));
        QCOMPARE(cell(model, 0, FamiliesModel::TierColumn), s("High"));
        QCOMPARE(cell(model, 2, FamiliesModel::TierColumn), s("Critical"));
        QCOMPARE(cell(model, 1, FamiliesModel::TierColumn), s("Low"));
        QCOMPARE(cell(model, 0, FamiliesModel::CoordinatorColumn), s("Lee"));
        QCOMPARE(cell(model, 2, FamiliesModel::CoordinatorColumn), s("—"));
        // Codes and cents stay available unformatted.
        QCOMPARE(model.data(model.index(0, FamiliesModel::BalanceColumn), FamiliesModel::ValueRole)
                     .toLongLong(),
                 5000);
        QCOMPARE(cell(model, 0, FamiliesModel::TierColumn, FamiliesModel::ValueRole), s("high"));
        QVERIFY(cell(model, 0, FamiliesModel::NameColumn, Qt::ToolTipRole)
                    .contains(s("alice@example.org")));

        QCOMPARE(model.headerData(FamiliesModel::BalanceColumn, Qt::Horizontal).toString(),
                 s("Balance (USD)"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setCurrencyCode(s("EUR"));
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model.headerData(FamiliesModel::TotalPaidColumn, Qt::Horizontal).toString(),
                 s("Total paid (EUR)"));

        const auto alignment = [&model](int column) {
            return model.data(model.index(0, column), Qt::TextAlignmentRole).toInt() &
                   Qt::AlignHorizontal_Mask;
        };
        QCOMPARE(alignment(FamiliesModel::BalanceColumn), int(Qt::AlignRight));
        QCOMPARE(alignment(FamiliesModel::NameColumn), int(Qt::AlignLeft));

        model.setQueryService(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersAsQueries()
    {
        FamiliesTestCoop coop;
        fillSmallCoop(coop);
        QVERIFY(coop.project());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueryService(&coop.queries());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.sort(FamiliesModel::BalanceColumn, Qt::DescendingOrder);
        QCOMPARE(model.familySort().column, s("balance_cents"));
        QVERIFY(model.familySort().descending);
        QCOMPARE(model.familyId(0), s("f-adams"));
        model.sort(FamiliesModel::TotalPaidColumn, Qt::DescendingOrder);
        QCOMPARE(model.familyId(0), s("f-baker"));
        model.sort(FamiliesModel::TierColumn, Qt::DescendingOrder); // by risk score
        QCOMPARE(model.familySort().column, s("risk_score"));
        QCOMPARE(model.familyId(0), s("f-chen"));
        QCOMPARE(model.familyId(2), s("f-baker"));
        model.sort(FamiliesModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(model),
                 (QStringList{s("chen family"), s("Baker Family"), s("Adams Family")}));
        QCOMPARE(resets.count(), 4);
        // Every table column sorts by a column QueryService accepts.
        for (int column = 0; column < FamiliesModel::ColumnCount; ++column)
            QVERIFY(QueryService::sortableColumns().contains(FamiliesModel::sortColumnFor(column)));

        model.sort(FamiliesModel::NameColumn, Qt::AscendingOrder);
        QSignalSpy counts(&model, &FamiliesModel::countChanged);
        model.setFilter({s("withdrawn"), {}, {}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.familyId(0), s("f-baker"));
        QCOMPARE(counts.count(), 1);
        model.setFilter({s("enrolled"), s("critical"), {}});
        QCOMPARE(names(model), QStringList{s("chen family")});
        model.setFilter({{}, s("high"), {}});
        QCOMPARE(names(model), QStringList{s("Adams Family")});
        // The full-text search: names, parents, e-mail, children; any case.
        model.setFilter({{}, {}, s("ALICE")});
        QCOMPARE(names(model), QStringList{s("Adams Family")});
        model.setFilter({{}, {}, s("zoe")});
        QCOMPARE(names(model), QStringList{s("Adams Family")});
        model.setFilter({{}, {}, s("family")});
        QCOMPARE(model.rowCount(), 3);
        model.setFilter({s("enrolled"), {}, s("family")});
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({{}, {}, s("nobody")});
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);
    }

    void refreshesInSmallSteps()
    {
        FamiliesTestCoop coop;
        fillSmallCoop(coop);
        QVERIFY(coop.project());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueryService(&coop.queries());
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Nothing changed: nothing reported.
        model.refresh();
        QCOMPARE(changed.count(), 0);

        // A payment: one row's values change.
        coop.pay(s("f-adams"), 5000, s("2024-09-20"));
        QVERIFY(coop.project());
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(cell(model, 0, FamiliesModel::BalanceColumn), s("0.00"));

        // A family that sorts first: one row inserted (at the end), and the
        // rows that moved reported as changed.
        changed.clear();
        coop.enrollFamily(s("f-abbott"), s("Abbott Family"));
        QVERIFY(coop.project());
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(names(model), (QStringList{s("Abbott Family"), s("Adams Family"),
                                            s("Baker Family"), s("chen family")}));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);

        // Leaving the filter: a row removed.
        model.setFilter({s("enrolled"), {}, {}});
        resets.clear();
        QCOMPARE(model.rowCount(), 3);
        coop.withdraw(s("f-adams"));
        QVERIFY(coop.project());
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(names(model), (QStringList{s("Abbott Family"), s("chen family")}));
        QCOMPARE(model.cachedRowOf(s("f-chen")), 1);
        QCOMPARE(model.cachedRowOf(s("f-adams")), -1);
    }

    void windowOverAHundredThousandFamilies()
    {
        constexpr int families = 100000;
        QTemporaryDir dir;
        const QString path = dir.filePath(s("big.coop"));
        coopfile::create(path);
        FixedClock clock;
        {
            StoreOptions fast;
            fast.durable = false;
            const auto store = openStore(path, fast);
            CommandBus bus(*store, clock, s("tester"));
            QList<QJsonObject> commands;
            commands.reserve(families);
            for (int i = 0; i < families; ++i) {
                const QString number = QString::number(i).rightJustified(6, u'0');
                commands << cmd(s("EnrollFamily"),
                                {{s("family_id"), QString(s("f") + number)},
                                 {s("family_name"), QString(s("Family ") + number)},
                                 {s("enrollment_date"), s("2024-09-01")}});
            }
            const CommandBus::BatchResult batch = bus.dispatchBatch(commands);
            QVERIFY(batch.committed);
        }
        {
            Projector projector(StoreLocation::fromText(path), clock);
            projector.open();
            projector.catchUp();
            QCOMPARE(projector.projectedPosition(), qint64{families});
        }
        QueryService queries(StoreLocation::fromText(path));
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueryService(&queries);
        QCOMPARE(model.rowCount(), families);

        const qint64 fetchedBefore = model.pagesFetched();
        QCOMPARE(cell(model, 0, FamiliesModel::NameColumn), s("Family 000000"));
        QCOMPARE(cell(model, 50000, FamiliesModel::NameColumn), s("Family 050000"));
        QCOMPARE(cell(model, families - 1, FamiliesModel::NameColumn), s("Family 099999"));
        QCOMPARE(cell(model, 50001, FamiliesModel::StatusColumn), s("Enrolled"));
        // At most three new pages for three places (the top may be held
        // already), and never more than the window's pages held.
        QVERIFY2(model.pagesFetched() - fetchedBefore <= 3,
                 qPrintable(QString::number(model.pagesFetched() - fetchedBefore)));
        QVERIFY(model.cachedPageCount() <= FamiliesModel::defaultMaxCachedPages);
        QVERIFY(model.cachedRowCount() <= FamiliesModel::defaultMaxCachedPages * model.pageSize());

        // A view asks only for what it shows, wherever it scrolls.
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 beforeScrolling = model.pagesFetched();
        view.scrollToBottom();
        QTest::qWait(0);
        view.grab(); // paints
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        view.grab();
        view.scrollToTop();
        view.grab();
        QVERIFY2(model.pagesFetched() - beforeScrolling <= 8,
                 qPrintable(QString::number(model.pagesFetched() - beforeScrolling)));
        QVERIFY(model.cachedRowCount() <= FamiliesModel::defaultMaxCachedPages * model.pageSize());

        // Sorting and searching are queries too.
        model.sort(FamiliesModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, FamiliesModel::NameColumn), s("Family 099999"));
        QCOMPARE(cell(model, families - 1, FamiliesModel::NameColumn), s("Family 000000"));
        model.setFilter({{}, {}, s("Family 05000")});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(cell(model, 0, FamiliesModel::NameColumn), s("Family 050009"));

        // A live refresh reads the held pages again, not the table.
        model.setFilter({});
        cell(model, 70000, FamiliesModel::NameColumn);
        const qint64 queriesBefore = model.queriesRun();
        model.refresh();
        // The count, then one query per run of consecutive pages held.
        QVERIFY(model.queriesRun() - queriesBefore <= 1 + model.cachedPageCount());
        QVERIFY(model.cachedRowCount() <= FamiliesModel::defaultMaxCachedPages * model.pageSize());
    }

    void exportsCsvThatParsesBack()
    {
        FamiliesTestCoop coop;
        fillSmallCoop(coop);
        coop.enrollFamily(s("f-odd"), s("Smith, \"Junior\" Familia Peña"));
        coop.pay(s("f-odd"), 123456, s("2024-09-02"));
        QVERIFY(coop.project());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        qint64 lastDone = -1;
        const FamiliesCsvExport::Result result = FamiliesCsvExport::write(
            coop.queries(), FamilyFilter{}, FamilySort{s("balance_cents"), false}, buffer,
            [&lastDone](qint64 done, qint64) {
                lastDone = done;
                return true;
            });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 4);
        QCOMPARE(lastDone, 4);
        const QByteArray bytes = buffer.data();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("\"Smith, \"\"Junior\"\" Familia Peña\""));

        QBuffer input;
        input.setData(bytes);
        QVERIFY(input.open(QIODevice::ReadOnly));
        csv::Reader reader(input);
        QList<QStringList> records;
        csv::Record record;
        while (reader.next(record))
            records << record.fields;
        QVERIFY(!reader.error());
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0), FamiliesCsvExport::header());
        // Balance ascending: the overpaid family first, Adams (owes) last.
        QCOMPARE(records.at(1).at(0), s("f-odd"));
        QCOMPARE(records.at(1).at(1), s("Smith, \"Junior\" Familia Peña"));
        QCOMPARE(records.at(1).at(4), s("1234.56"));
        QCOMPARE(records.at(1).at(5), s("-1234.56"));
        QCOMPARE(records.at(4),
                 (QStringList{s("f-adams"), s("Adams Family"), s("enrolled"), s("1"), s("100.00"),
                              s("50.00"), s("2024-09-05"), s("64"), s("72"), s("high"), s("Lee")}));
        const QStringList chen = records.at(2).at(0) == s("f-chen") ? records.at(2) : records.at(3);
        QCOMPARE(chen.at(6), QString()); // never paid: empty, not a dash
        QCOMPARE(chen.at(10), QString());

        // With a filter: only what the table shows.
        QBuffer filtered;
        QVERIFY(filtered.open(QIODevice::WriteOnly));
        const auto withdrawn = FamiliesCsvExport::write(
            coop.queries(), FamilyFilter{s("withdrawn"), {}, {}}, FamilySort{}, filtered);
        QVERIFY(withdrawn.ok);
        QCOMPARE(withdrawn.rows, 1);
        QCOMPARE(filtered.data().count("\r\n"), 2);

        QCOMPARE(FamiliesCsvExport::decimal(5), s("0.05"));
        QCOMPARE(FamiliesCsvExport::decimal(-100), s("-1.00"));
        QCOMPARE(FamiliesCsvExport::field(s("a\nb")), s("\"a\nb\""));
        QCOMPARE(FamiliesCsvExport::field(s("plain")), s("plain"));

        // A file is written whole, or not at all.
        QTemporaryDir dir;
        const QString path = dir.filePath(s("families.csv"));
        QVERIFY(
            FamiliesCsvExport::writeFile(coop.queries(), FamilyFilter{}, FamilySort{}, path).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 5);
        const auto cancelled = FamiliesCsvExport::writeFile(
            coop.queries(), FamilyFilter{}, FamilySort{}, dir.filePath(s("cancelled.csv")),
            [](qint64, qint64) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!QFile::exists(dir.filePath(s("cancelled.csv"))));
    }
};

QTEST_MAIN(TestFamiliesModel)
#include "tst_families_model.moc"
