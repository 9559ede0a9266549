// The pieces the report screens share: KeyedRowModel turns any new answer
// of a query into removals, moves, insertions and changes (never a reset)
// that end in exactly that answer, with QAbstractItemModelTester watching;
// the chart proxy mirrors it; the month axis thins its labels to fit; the
// month rows fill the calendar's gaps, which the month tables leave out.

#include "charts/chart_values_proxy.h"
#include "charts/month_axis.h"
#include "charts/month_rows.h"
#include "charts/month_table_proxy.h"
#include "payments/cash_receipts_model.h"
#include "widgets/keyed_row_model.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

class Rows : public KeyedRowModel
{
public:
    Rows()
        : KeyedRowModel(QStringLiteral("id"))
    {}
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override
    {
        if (role != Qt::DisplayRole && role != ValueRole)
            return {};
        return column == 0 ? QVariant(row.value(s("id")).toString())
                           : QVariant(row.value(s("value")).toInt());
    }
};

QList<QJsonObject> rowsOf(const QList<int>& ids, int salt = 0)
{
    QList<QJsonObject> rows;
    for (const int id : ids)
        rows.append({{s("id"), QString::number(id)}, {s("value"), id * 10 + salt}});
    return rows;
}

} // namespace

class TestReportModels : public QObject
{
    Q_OBJECT

private slots:
    void reachesAnyAnswerInSmallSteps()
    {
        Rows model;
        ChartValuesProxy proxy(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator random(20261126);
        for (int round = 0; round < 200; ++round) {
            QList<int> ids;
            for (int id = 0; id < 30; ++id) {
                if (random.bounded(3) != 0)
                    ids << id;
            }
            for (qsizetype i = ids.size() - 1; i > 0; --i)
                ids.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));
            const QList<QJsonObject> wanted = rowsOf(ids, random.bounded(2));
            model.setRows(wanted);
            QCOMPARE(model.rows(), wanted);
            QCOMPARE(proxy.rowCount(), model.rowCount());
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(proxy.index(row, 1).data().toInt(),
                         wanted.at(row).value(s("value")).toInt());
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void changesOnlyWhatDiffers()
    {
        Rows model;
        model.setRows(rowsOf({1, 2, 3, 4}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QList<QJsonObject> next = rowsOf({1, 2, 3, 4});
        next[2].insert(s("value"), 99);
        model.setRows(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.count() + removed.count() + moved.count(), 0);

        changed.clear();
        model.setRows(rowsOf({4, 1, 2, 3})); // 3 keeps 30 again: one move and one change
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.keyAt(0), s("4"));
        QCOMPARE(changed.count(), 1);
    }

    void monthAxisThinsItsLabels()
    {
        Rows months;
        QList<QJsonObject> rows;
        for (int i = 0; i < 120; ++i)
            rows.append({{s("id"), QDate(2017, 1, 1).addMonths(i).toString(s("yyyy-MM"))},
                         {s("value"), i}});
        months.setRows(rows);
        QChart chart;
        MonthAxis axis(&chart, &months, 0);
        // Without a plot yet, a 600-pixel plot is assumed: 5 pixels a month.
        QVERIFY(axis.labelStep() >= 12);
        QCOMPARE(axis.labels().first(), s("2017"));
        QCOMPARE(axis.labels().size(), 10);

        months.setRows(rows.mid(0, 6));
        QCOMPARE(axis.labelStep(), 1);
        QCOMPARE(axis.labels().size(), 6);
        QCOMPARE(axis.labels().first(), MonthAxis::monthLabel(s("2017-01"), false));
    }

    void monthRowsFillTheGaps()
    {
        const auto month = [](const char* key) { return QJsonObject{{s("month"), s(key)}}; };
        const QJsonObject gap{{s("value"), 0}};
        // Newest first, as the queries answer; a range wider than the rows.
        const QList<QJsonObject> filled = monthrows::filled({month("2026-03"), month("2026-01")},
                                                            s("2025-12"), s("2026-04"), gap);
        QStringList keys;
        for (const QJsonObject& row : filled)
            keys << row.value(s("month")).toString();
        QCOMPARE(keys, (QStringList{s("2025-12"), s("2026-01"), s("2026-02"), s("2026-03"),
                                    s("2026-04")}));
        QVERIFY(monthrows::isGap(filled.at(0)));
        QVERIFY(!monthrows::isGap(filled.at(1)));
        QCOMPARE(filled.at(2).value(s("value")).toInt(), 0);
        // No range: from the first row's month to the last's.
        QCOMPARE(monthrows::filled({month("2026-03"), month("2026-01")}, {}, {}, gap).size(), 3);
        QVERIFY(monthrows::filled({}, {}, {}, gap).isEmpty());
    }

    void receiptsTableLeavesTheGapsOut()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CashReceiptsModel receipts;
        QAbstractItemModelTester tester(&receipts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MonthTableProxy table(&receipts);
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject march{{s("month"), s("2026-03")},
                                {s("payments_count"), 3},
                                {s("families_paying"), 2},
                                {s("received_cents"), 125050},
                                {s("payment_method_breakdown"), QJsonObject{{s("other"), 50},
                                                                            {s("ach"), 100000},
                                                                            {s("barter"), 5000},
                                                                            {s("card"), 20000}}}};
        receipts.setReceipts({march}, s("2026-01"), s("2026-03"));
        QCOMPARE(receipts.rowCount(), 3);
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.index(0, CashReceiptsModel::Month).data().toString(), s("Mar 2026"));
        QCOMPARE(table.index(0, CashReceiptsModel::Received).data().toString(), s("1,250.50"));
        QCOMPARE(table.index(0, CashReceiptsModel::Received).data(KeyedRowModel::ValueRole),
                 QVariant(1250.5));
        // The methods in the app's order, one it does not know last, by its code.
        QCOMPARE(CashReceiptsModel::methodsText(march),
                 s("Card: 200.00, Bank transfer (ACH): 1,000.00, Other: 0.50, barter: 50.00"));
        QCOMPARE(receipts.totals().payments, 3);
        QCOMPARE(receipts.totals().receivedCents, 125050);
        // January's gap becomes a month with payments: a change of its row.
        QSignalSpy changed(&receipts, &QAbstractItemModel::dataChanged);
        QJsonObject january = march;
        january.insert(s("month"), s("2026-01"));
        receipts.setReceipts({march, january}, s("2026-01"), s("2026-03"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(table.rowCount(), 2);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestReportModels)
#include "tst_ui_report_models.moc"
