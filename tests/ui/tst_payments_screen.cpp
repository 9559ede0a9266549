// The treasurer's report: the monthly table and its charts for a
// hand-built co-op (compared with QueryService and worked-out figures),
// live updates by rows, 120 months that stay readable, and the exports:
// CSV parsed back, a paged PDF, a chart as PNG.

#include "charts/model_pie_chart.h"
#include "charts/month_axis.h"
#include "charts/month_bar_chart.h"
#include "export/csv_writer.h"
#include "export/payments_csv.h"
#include "export/payments_report_pdf.h"
#include "io/csv_reader.h"
#include "payments/method_breakdown_model.h"
#include "payments/payment_analytics_model.h"
#include "payments/payments_screen.h"
#include "report_screens_fixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QPieSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString tableCell(const PaymentsScreen& screen, int row, int column)
{
    return screen.tableModel()->index(row, column).data().toString();
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    csv::Reader reader(file);
    QList<QStringList> rows;
    csv::Record record;
    while (reader.next(record))
        rows << record.fields;
    if (reader.error())
        return {};
    return rows;
}

int pdfPageObjects(const QByteArray& pdf)
{
    // Page objects, not the /Pages tree.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// Opens the hand-built co-op on the Payments screen, read models caught up.
struct OpenReport
{
    TempCoop coop;
    MainWindow window;
    PaymentsScreen* screen = nullptr;

    bool open()
    {
        addReportScreens(window);
        buildReportCoop(coop);
        window.resize(1280, 860);
        window.show();
        if (!window.openFile(coop.path()))
            return false;
        window.showScreen(s("payments"));
        screen = qobject_cast<PaymentsScreen*>(window.screen(s("payments")));
        return screen != nullptr;
    }
};

} // namespace

class TestPaymentsScreen : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init()
    {
        IsolatedSettings::clear();
        useEnglishAndUsd();
    }

    void showsTheMonthlyTableAndCharts()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QAbstractItemModelTester months(screen.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester table(screen.tableModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester methods(screen.methodModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);

        // The last 12 months by default; the charts get every month, the table those charged.
        QCOMPARE(screen.fromMonth(), s("2025-04"));
        QCOMPARE(screen.toMonth(), s("2026-03"));
        QCOMPARE(screen.model()->rowCount(), 12);
        const QList<QJsonObject> query = report.window.session()->queries()->getPaymentAnalytics(
            s("2025-04"), s("2026-03"), reportToday);
        QCOMPARE(query.size(), 3);
        for (const QJsonObject& row : query)
            QCOMPARE(screen.model()->rowAt(screen.model()->rowOf(row.value(s("month")).toString())),
                     row);

        // Newest first, as worked out by hand.
        using M = PaymentAnalyticsModel;
        QCOMPARE(tableCell(screen, 0, M::Month), s("Mar 2026"));
        QCOMPARE(tableCell(screen, 2, M::Month), s("Jan 2026"));
        const QStringList january{
            tableCell(screen, 2, M::FamiliesActive), tableCell(screen, 2, M::OnTime),
            tableCell(screen, 2, M::Late),           tableCell(screen, 2, M::Overdue),
            tableCell(screen, 2, M::NotYetDue),      tableCell(screen, 2, M::Expected),
            tableCell(screen, 2, M::Collected),      tableCell(screen, 2, M::Outstanding),
            tableCell(screen, 2, M::AvgDaysLate),    tableCell(screen, 2, M::MedianDaysLate)};
        QCOMPARE(january, (QStringList{s("4"), s("2"), s("1"), s("1"), s("0"), s("850.00"),
                                       s("750.00"), s("100.00"), s("5.00"), s("0")}));
        QCOMPARE(tableCell(screen, 1, M::AvgDaysLate), s("2.50"));
        QCOMPARE(tableCell(screen, 1, M::MedianDaysLate), s("2"));
        QCOMPARE(tableCell(screen, 0, M::Overdue), s("1")); // Alvarez; Baker not due yet
        QCOMPARE(tableCell(screen, 0, M::NotYetDue), s("1"));
        QCOMPARE(tableCell(screen, 0, M::Outstanding), s("550.00"));
        QCOMPARE(tableCell(screen, 0, M::AvgDaysLate), QStringLiteral("—"));
        QCOMPARE(screen.model()->headerData(M::Expected, Qt::Horizontal).toString(), s("Expected"));
        QVERIFY2(screen.summaryText().contains(s("Expected ") + usd("1,950.00") +
                                               s(", collected ") + usd("1,300.00") +
                                               s(" (66.7%), outstanding ") + usd("650.00")),
                 qPrintable(screen.summaryText()));

        // Collected and outstanding, stacked, per month.
        const QList<QBarSet*> amounts =
            screen.barChart(PaymentsScreen::Chart::Amounts)->series()->barSets();
        QCOMPARE(amounts.size(), 2);
        QCOMPARE(amounts.at(0)->count(), 12);
        QCOMPARE(amounts.at(0)->at(9), 750.0);
        QCOMPARE(amounts.at(1)->at(9), 100.0);
        QCOMPARE(amounts.at(1)->at(11), 550.0);
        // Families: on time, late, overdue, not yet due.
        const QList<QBarSet*> families =
            screen.barChart(PaymentsScreen::Chart::Families)->series()->barSets();
        QCOMPARE(families.size(), 4);
        QCOMPARE(families.at(0)->at(9), 2.0);
        QCOMPARE(families.at(1)->at(9), 1.0);
        QCOMPARE(families.at(2)->at(9), 1.0);
        QCOMPARE(families.at(2)->at(11), 1.0);
        QCOMPARE(families.at(3)->at(11), 1.0);
        // Methods over the range: card 550, check 250, cash 200, ACH 300.
        MethodBreakdownModel* methodModel = screen.methodModel();
        QCOMPARE(methodModel->rowCount(), 4);
        QCOMPARE(methodModel->keyAt(0), s("card"));
        QCOMPARE(methodModel->index(0, MethodBreakdownModel::Amount).data().toString(),
                 s("550.00"));
        QCOMPARE(methodModel->keyAt(3), s("ach"));
        QCOMPARE(methodModel->totalCents(), 130000);
        QPieSeries* pie = screen.methodsChart()->series();
        QCOMPARE(pie->count(), 4);
        QCOMPARE(pie->slices().at(0)->value(), 550.0);
        QCOMPARE(pie->slices().at(0)->label(), s("Card (42%)"));
    }

    void updatesLiveByRows()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QAbstractItemModelTester months(screen.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        QSignalSpy resets(screen.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(screen.model(), &QAbstractItemModel::dataChanged);

        QVERIFY(dispatch(report.window, "ReceivePayment",
                         {{s("family_id"), s("f1")},
                          {s("amount_cents"), 30000},
                          {s("date"), s("2026-03-19")},
                          {s("payment_method"), s("other")}})
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(tableCell(screen, 0, PaymentAnalyticsModel::Collected),
                                  s("300.00"), 10000);
        QCOMPARE(tableCell(screen, 0, PaymentAnalyticsModel::Overdue), s("0"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1); // March only
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 11);
        QCOMPARE(screen.barChart(PaymentsScreen::Chart::Amounts)->series()->barSets().at(0)->at(11),
                 300.0);
        QTRY_COMPARE(screen.methodModel()->rowCount(), 5);

        // A month charged later than the range: nothing re-read.
        changed.clear();
        QVERIFY(dispatch(report.window, "ChargeTuition",
                         {{s("family_id"), s("f2")},
                          {s("month"), s("2026-09")},
                          {s("amount_cents"), 25000},
                          {s("due_date"), s("2026-09-05")}})
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 10000);
        QCOMPARE(changed.count(), 0);
        // Widening the range to take it in is a new query.
        screen.setRange(s("2026-01"), s("2026-09"));
        QCOMPARE(screen.model()->rowCount(), 9);
        QCOMPARE(screen.tableModel()->rowCount(), 4);
    }

    void aHundredAndTwentyMonthsStayReadable()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        screen.setRangePreset(PaymentsScreen::Range::Last10Years);
        QCOMPARE(screen.fromMonth(), s("2016-04"));
        QCOMPARE(screen.model()->rowCount(), 120);
        QCOMPARE(
            screen.barChart(PaymentsScreen::Chart::Amounts)->series()->barSets().at(0)->count(),
            120);
        QCoreApplication::processEvents();
        for (const auto which : {PaymentsScreen::Chart::Amounts, PaymentsScreen::Chart::Families}) {
            screen.showChart(which);
            MonthBarChart* chart = screen.barChart(which);
            MonthAxis* axis = chart->monthAxis();
            QTRY_VERIFY(chart->chart()->plotArea().width() > 300);
            axis->relabel();
            const double slot = chart->chart()->plotArea().width() / 120.0;
            const QFontMetrics metrics(axis->axis()->labelsFont());
            int widest = 0;
            for (const QString& label : axis->labels())
                widest = std::max(widest, metrics.horizontalAdvance(label));
            QVERIFY2(axis->labelStep() > 1, "120 months cannot all be labelled");
            QVERIFY2(axis->labelStep() * slot >= widest,
                     qPrintable(QStringLiteral("step %1, slot %2, label %3")
                                    .arg(axis->labelStep())
                                    .arg(slot)
                                    .arg(widest)));
            QVERIFY(axis->labels().size() >= 2);
            QVERIFY(axis->labels().size() * axis->labelStep() <= 120 + axis->labelStep());
        }
    }

    void exportsCsv()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("payments.csv"));
        QString error;
        QVERIFY2(screen.exportCsv(path, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("month,families_active,"));
        QVERIFY(bytes.contains("\r\n")); // RFC 4180 line ends
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), paymentscsv::header());
        QCOMPARE(rows.at(1).at(0), s("2026-03"));
        QCOMPARE(rows.at(3),
                 (QStringList{s("2026-01"), s("4"), s("2"), s("1"), s("1"), s("1"), s("850.00"),
                              s("750.00"), s("100.00"), s("5.00"), s("0"), s("250.00"), s("0.00"),
                              s("200.00"), s("300.00"), s("0.00")}));
        QCOMPARE(rows.at(2).at(9), s("2.50"));
        QCOMPARE(rows.at(1).at(9), QString()); // no settled charge in March: empty, not 0
        QCOMPARE(rows.at(1).at(5), s("1"));    // overdue as of today
    }

    void csvQuotesAsRfc4180()
    {
        QCOMPARE(csv::line({s("a"), s("b,c"), s("say \"hi\""), s("two\nlines")}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
        QCOMPARE(csv::decimal(0), s("0.00"));
        QCOMPARE(csv::decimal(5), s("0.05"));
        QCOMPARE(csv::decimal(123450), s("1234.50"));
        QCOMPARE(csv::decimal(-105), s("-1.05"));
    }

    void exportsAPagedPdf()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("payments.pdf"));
        const paymentspdf::Result result = screen.exportPdf(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        // The table fits one page; the three charts take two more.
        QCOMPARE(result.pages, 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 5000);
        QCOMPARE(pdfPageObjects(pdf), 3);
    }

    void aLongReportTakesMorePages()
    {
        // A model of 100 charged months, built by hand, paged by the report.
        FixedReportDay today;
        PaymentAnalyticsModel months;
        QList<QJsonObject> rows;
        for (int i = 0; i < 100; ++i) {
            const QString month = QDate(2018, 1, 1).addMonths(i).toString(s("yyyy-MM"));
            rows.prepend({{s("month"), month},
                          {s("families_active"), 10},
                          {s("families_paid_on_time"), 8},
                          {s("families_paid_late"), 1},
                          {s("families_unsettled"), 1},
                          {s("families_overdue"), 1},
                          {s("revenue_expected_cents"), 300000},
                          {s("revenue_collected_cents"), 270000},
                          {s("revenue_outstanding_cents"), 30000},
                          {s("avg_payment_days_late"), 1.5},
                          {s("median_payment_days_late"), 0},
                          {s("payment_method_breakdown"), QJsonObject{{s("card"), 270000}}}});
        }
        months.setAnalytics(rows);
        MethodBreakdownModel methods(&months);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("long.pdf"));
        paymentspdf::Report input;
        input.coopName = s("Test");
        input.fromMonth = s("2018-01");
        input.toMonth = s("2026-04");
        input.asOf = reportToday;
        input.months = &months;
        input.methods = &methods;
        const paymentspdf::Result result = paymentspdf::write(path, input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.pages >= 5, qPrintable(QString::number(result.pages)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(pdfPageObjects(file.readAll()), result.pages);
    }

    void exportsAChartAsPng()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        QTemporaryDir dir;
        for (const auto which : {PaymentsScreen::Chart::Amounts, PaymentsScreen::Chart::Families,
                                 PaymentsScreen::Chart::Methods}) {
            const QString path = dir.filePath(s("chart.png"));
            QString error;
            QVERIFY2(screen.exportChartPng(which, path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QChartView* view = screen.chartView(which);
            QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
            QVERIFY(QFile::remove(path));
        }
    }
};

QTEST_MAIN(TestPaymentsScreen)
#include "tst_payments_screen.moc"
