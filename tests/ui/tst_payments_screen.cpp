// The treasurer's report: the monthly table and its charts for a
// hand-built co-op (compared with QueryService and worked-out figures),
// live updates by rows, 120 months that stay readable, tuition not yet due
// apart from overdue, and the exports (issue 16): CSV in words with totals,
// parsed back; a PDF titled with the co-op's name, on the locale's paper,
// saying who made it when, the charts after the table on its page; a chart
// as PNG at print size. Beside the charge months, what was received by
// payment date and the credit on account (issue 17: the report matches
// the bank deposits): a payment no charge uses is received, not
// collected; a voided one counts nowhere, live; both in the CSV and PDF.

#include "charts/chart_style.h"
#include "charts/model_pie_chart.h"
#include "charts/month_axis.h"
#include "charts/month_bar_chart.h"
#include "export/chart_image.h"
#include "export/csv_writer.h"
#include "export/payments_csv.h"
#include "export/payments_report_pdf.h"
#include "i18n/app_translations.h"
#include "io/csv_reader.h"
#include "payments/account_credit.h"
#include "payments/cash_receipts_model.h"
#include "payments/method_breakdown_model.h"
#include "payments/payment_analytics_model.h"
#include "payments/payment_charts.h"
#include "payments/payments_screen.h"
#include "preferences/preferences_dialog.h"
#include "report_screens_fixture.h"
#include "settings/app_settings.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QLineEdit>
#include <QPieSeries>
#include <QPixmap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString tableCell(const PaymentsScreen& screen, int row, int column)
{
    return screen.tableModel()->index(row, column).data().toString();
}

// A row of the receipts table as shown: month, payments, families paying,
// received, methods.
QStringList receiptCells(const PaymentsScreen& screen, int row)
{
    QStringList cells;
    for (int column = 0; column < CashReceiptsModel::ColumnCount; ++column)
        cells << screen.receiptsTableModel()->index(row, column).data().toString();
    return cells;
}

// Family f5 (Evans, no charges) pays 50.00 by check on 2026-03-12: money
// received that no charge uses, so credit on account.
CommandResult payIntoCredit(MainWindow& window)
{
    return dispatch(window, "ReceivePayment",
                    {{s("family_id"), s("f5")},
                     {s("amount_cents"), 5000},
                     {s("date"), s("2026-03-12")},
                     {s("payment_method"), s("check")}});
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

// The document title of a PDF as QPdfWriter writes it: a literal string
// in UTF-16BE after a byte-order mark, with \ ( ) escaped.
QString pdfTitle(const QByteArray& pdf)
{
    const QByteArray key("/Title (");
    const qsizetype start = pdf.indexOf(key);
    if (start < 0)
        return {};
    QByteArray bytes;
    for (qsizetype i = start + key.size(); i < pdf.size() && pdf.at(i) != ')'; ++i)
        bytes += pdf.at(i) == '\\' && i + 1 < pdf.size() ? pdf.at(++i) : pdf.at(i);
    if (!bytes.startsWith("\xfe\xff"))
        return {};
    QString text;
    for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
        text += QChar(static_cast<char16_t>((static_cast<uchar>(bytes.at(i)) << 8) |
                                            static_cast<uchar>(bytes.at(i + 1))));
    return text;
}

// Every page's size in points ("792x612"), from the MediaBox entries.
QStringList pdfPageSizes(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    QStringList sizes;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sizes << QString::number(qRound(match.captured(1).toDouble())) + u'x' +
                     QString::number(qRound(match.captured(2).toDouble()));
    }
    return sizes;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `count` charged months from January 2018, newest first as the query
// answers them: 3,000.00 expected, 2,700.00 collected by card each.
QList<QJsonObject> builtMonths(int count)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < count; ++i) {
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
    return rows;
}

// One month of receipts, January 2018: 12 payments from 10 families, 2,700.00 by card.
QList<QJsonObject> builtReceipts()
{
    return {{{s("month"), s("2018-01")},
             {s("payments_count"), 12},
             {s("families_paying"), 10},
             {s("received_cents"), 270000},
             {s("payment_method_breakdown"), QJsonObject{{s("card"), 270000}}}}};
}

// A report of hand-built months, for write() without a window.
struct BuiltReport
{
    PaymentAnalyticsModel months;
    MethodBreakdownModel methods{&months};
    paymentspdf::Report input;

    explicit BuiltReport(int count)
    {
        months.setCurrencyCode(s("USD"));
        months.setAnalytics(builtMonths(count));
        input.coopName = s("Maple Grove Co-op");
        input.madeBy = s("Dana Reyes");
        input.madeOn = reportToday;
        input.fromMonth = months.keyAt(0);
        input.toMonth = months.keyAt(months.rowCount() - 1);
        input.asOf = reportToday;
        input.months = &months;
        input.methods = &methods;
    }
};

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
        const QList<QJsonObject> query = PaymentAnalyticsModel::query(
            *report.window.session()->queries(), s("2025-04"), s("2026-03"), reportToday);
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

        // Collected, overdue and not yet due, stacked, per month. March's
        // open charges fall due on both sides of today: Alvarez's 300.00
        // (due 03-05) is overdue, Baker's 250.00 (due 03-25) not yet.
        const QList<QBarSet*> amounts =
            screen.barChart(PaymentsScreen::Chart::Amounts)->series()->barSets();
        QCOMPARE(amounts.size(), 3);
        QCOMPARE(amounts.at(0)->count(), 12);
        QCOMPARE(amounts.at(0)->at(9), 750.0);
        QCOMPARE(amounts.at(1)->at(9), 100.0);
        QCOMPARE(amounts.at(2)->at(9), 0.0);
        QCOMPARE(amounts.at(1)->at(11), 300.0);
        QCOMPARE(amounts.at(2)->at(11), 250.0);
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

    void showsWhatWasReceivedByPaymentDate()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QAbstractItemModelTester receipts(screen.receiptsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester table(screen.receiptsTableModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.receiptsTableModel()->rowCount(), 2);

        // The range's months for the chart, those with payments for the table.
        QCOMPARE(screen.receiptsModel()->rowCount(), 12);
        const QList<QJsonObject> query =
            report.window.session()->queries()->getCashReceipts(s("2025-04"), s("2026-03"));
        QCOMPARE(query.size(), 2);
        for (const QJsonObject& row : query)
            QCOMPARE(screen.receiptsModel()->rowAt(
                         screen.receiptsModel()->rowOf(row.value(s("month")).toString())),
                     row);
        // By payment date (report_screens_fixture.h): February's two, January's three.
        QCOMPARE(receiptCells(screen, 0), (QStringList{s("Feb 2026"), s("2"), s("2"), s("550.00"),
                                                       s("Card: 300.00, Check: 250.00")}));
        QCOMPARE(receiptCells(screen, 1),
                 (QStringList{s("Jan 2026"), s("3"), s("3"), s("750.00"),
                              s("Card: 250.00, Cash: 200.00, Bank transfer (ACH): 300.00")}));
        QCOMPARE(
            screen.receiptsModel()->headerData(CashReceiptsModel::FamiliesPaying, Qt::Horizontal),
            QVariant(s("Families paying")));
        // Every payment settled a charge: received = collected, no credit.
        QCOMPARE(screen.credit(), (AccountCredit{0, 0}));
        QCOMPARE(screen.receiptsSummaryText(),
                 s("Received by payment date: ") + usd("1,300.00") +
                     s(" in 5 payments.\nCredit on account as of 3/20/26: none (no family has "
                       "paid beyond its charges)."));

        // One bar a month, by payment date.
        const QList<QBarSet*> bars =
            screen.barChart(PaymentsScreen::Chart::Receipts)->series()->barSets();
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.at(0)->label(), s("Received"));
        QCOMPARE(bars.at(0)->color(), charts::receivedColor());
        QCOMPARE(bars.at(0)->count(), 12);
        QCOMPARE(bars.at(0)->at(9), 750.0);
        QCOMPARE(bars.at(0)->at(10), 550.0);
        QCOMPARE(bars.at(0)->at(11), 0.0);

        // Its own view beside the charge months'; its chart is the one saved as PNG there.
        QCOMPARE(screen.shownView(), PaymentsScreen::View::ByChargeMonth);
        screen.showChart(PaymentsScreen::Chart::Receipts);
        QCOMPARE(screen.shownView(), PaymentsScreen::View::ByPaymentDate);
        QCOMPARE(screen.shownChart(), PaymentsScreen::Chart::Receipts);
        QTRY_VERIFY(screen.receiptsTable()->isVisible());
        QVERIFY(!screen.table()->isVisible());
        QCoreApplication::processEvents();
        const QString cut = columnCutShort(*screen.receiptsTable());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        screen.showChart(PaymentsScreen::Chart::Families);
        QCOMPARE(screen.shownView(), PaymentsScreen::View::ByChargeMonth);
        QCOMPARE(screen.shownChart(), PaymentsScreen::Chart::Families);
    }

    // A payment no charge uses is money received (receipts, credit on
    // account), not tuition collected; a later charge uses the credit; a
    // voided payment counts nowhere. All live, by rows.
    void creditOnAccountIsReceivedNotCollected()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QAbstractItemModelTester receipts(screen.receiptsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester table(screen.receiptsTableModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.receiptsTableModel()->rowCount(), 2);
        QSignalSpy receiptResets(screen.receiptsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy receiptChanges(screen.receiptsModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy chargeMonthChanges(screen.model(), &QAbstractItemModel::dataChanged);

        const CommandResult paid = payIntoCredit(report.window);
        QVERIFY2(paid.ok, paid.toJsonLine().constData());
        QVERIFY(!paid.entryId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(screen.receiptsTableModel()->rowCount(), 3, 10000);
        QCOMPARE(receiptCells(screen, 0),
                 (QStringList{s("Mar 2026"), s("1"), s("1"), s("50.00"), s("Check: 50.00")}));
        QCOMPARE(
            screen.barChart(PaymentsScreen::Chart::Receipts)->series()->barSets().at(0)->at(11),
            50.0);
        QTRY_COMPARE(screen.credit(), (AccountCredit{1, 5000}));
        QVERIFY2(screen.receiptsSummaryText().contains(s("Received by payment date: ") +
                                                       usd("1,350.00") + s(" in 6 payments.")),
                 qPrintable(screen.receiptsSummaryText()));
        QVERIFY2(screen.receiptsSummaryText().contains(
                     s("1 family holds ") + usd("50.00") +
                     s(", money received that no charge has used yet.")),
                 qPrintable(screen.receiptsSummaryText()));
        // Not collected: March's charges are as they were, and so are the methods.
        QCOMPARE(tableCell(screen, 0, PaymentAnalyticsModel::Collected), s("0.00"));
        QCOMPARE(chargeMonthChanges.count(), 0);
        QCOMPARE(screen.methodModel()->totalCents(), 130000);
        QCOMPARE(receiptResets.count(), 0);
        QCOMPARE(receiptChanges.count(), 1); // March only (a gap before)
        QCOMPARE(receiptChanges.first().at(0).toModelIndex().row(), 11);

        // Charged 40.00 for March, Evans pays it from the credit: collected
        // now, 10.00 left on account; nothing more received.
        QVERIFY(dispatch(report.window, "ChargeTuition",
                         {{s("family_id"), s("f5")},
                          {s("month"), s("2026-03")},
                          {s("amount_cents"), 4000},
                          {s("due_date"), s("2026-03-25")}})
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen.credit(), (AccountCredit{1, 1000}), 10000);
        QTRY_COMPARE(tableCell(screen, 0, PaymentAnalyticsModel::Collected), s("40.00"));
        QCOMPARE(receiptCells(screen, 0).at(CashReceiptsModel::Received), s("50.00"));

        // The check bounces: voided, it counts nowhere.
        const CommandResult voided = dispatch(report.window, "VoidPayment",
                                              {{s("family_id"), s("f5")},
                                               {s("payment_id"), paid.entryId},
                                               {s("reason"), s("bounced")}});
        QVERIFY2(voided.ok, voided.toJsonLine().constData());
        QTRY_COMPARE_WITH_TIMEOUT(screen.receiptsTableModel()->rowCount(), 2, 10000);
        QCOMPARE(
            screen.barChart(PaymentsScreen::Chart::Receipts)->series()->barSets().at(0)->at(11),
            0.0);
        QTRY_COMPARE(screen.credit(), (AccountCredit{0, 0}));
        QTRY_COMPARE(tableCell(screen, 0, PaymentAnalyticsModel::Collected), s("0.00"));
        QVERIFY(screen.receiptsSummaryText().contains(usd("1,300.00") + s(" in 5 payments.")));
        QCOMPARE(receiptResets.count(), 0);
    }

    // Money moved in a month outside the range: the range's rows stay, the
    // credit (no month's) follows.
    void creditFollowsPaymentsOutsideTheRange()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        screen.setRange(s("2025-04"), s("2025-12"));
        QCOMPARE(screen.receiptsTableModel()->rowCount(), 0);
        QVERIFY(payIntoCredit(report.window).ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen.credit(), (AccountCredit{1, 5000}), 10000);
        QCOMPARE(screen.receiptsTableModel()->rowCount(), 0);
        QVERIFY2(screen.receiptsSummaryText().startsWith(s("No payment is dated in these months.")),
                 qPrintable(screen.receiptsSummaryText()));
    }

    void allMonthsSpanBothViews()
    {
        // A payment dated before any charge month: "All months" starts there, in both views.
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QVERIFY(dispatch(report.window, "ReceivePayment",
                         {{s("family_id"), s("f6")},
                          {s("amount_cents"), 2500},
                          {s("date"), s("2025-11-28")},
                          {s("payment_method"), s("cash")}})
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 10000);
        screen.setRangePreset(PaymentsScreen::Range::AllMonths);
        QCOMPARE(screen.model()->keyAt(0), s("2025-11"));
        QCOMPARE(screen.receiptsModel()->keyAt(0), s("2025-11"));
        QCOMPARE(screen.model()->rowCount(), 5);
        QCOMPARE(screen.receiptsModel()->rowCount(), 5);
        QCOMPARE(screen.tableModel()->rowCount(), 3);
        QCOMPARE(screen.receiptsTableModel()->rowCount(), 3);
        QCOMPARE(screen.pdfReport().fromMonth, s("2025-11"));
    }

    void tuitionNotYetDueIsNotDrawnAsOverdue()
    {
        // 2026-03-04: March's charges (due 03-05 and 03-25) are all to
        // come; January's 100.00 (Diaz) is overdue.
        FixedReportDay today(QDate(2026, 3, 4));
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        QCOMPARE(tableCell(screen, 0, PaymentAnalyticsModel::Overdue), s("0"));
        QCOMPARE(tableCell(screen, 0, PaymentAnalyticsModel::NotYetDue), s("2"));

        // On screen, and in the PDF's chart, made by the same function.
        std::unique_ptr<MonthBarChart> pdfChart(
            paymentcharts::collectedVsOutstanding(screen.model(), nullptr));
        const std::unique_ptr<QChart> pdfChartItself(pdfChart->chart());
        for (MonthBarChart* chart :
             {screen.barChart(PaymentsScreen::Chart::Amounts), pdfChart.get()}) {
            const QList<QBarSet*> sets = chart->series()->barSets();
            QCOMPARE(sets.size(), 3);
            QCOMPARE(sets.at(0)->label(), s("Collected"));
            QCOMPARE(sets.at(1)->label(), s("Overdue"));
            QCOMPARE(sets.at(2)->label(), s("Not yet due"));
            QCOMPARE(sets.at(1)->color(), charts::outstandingColor());
            QCOMPARE(sets.at(2)->color(), charts::notYetDueColor());
            QVERIFY(sets.at(2)->color() != sets.at(1)->color());
            QVERIFY(sets.at(2)->color() != charts::overdueColor());
            QCOMPARE(sets.at(1)->at(11), 0.0); // March: nothing due yet
            QCOMPARE(sets.at(2)->at(11), 550.0);
            QCOMPARE(sets.at(1)->at(9), 100.0); // January
            QCOMPARE(sets.at(2)->at(9), 0.0);
        }
        // The families chart says the same in the same colour.
        const QList<QBarSet*> families =
            screen.barChart(PaymentsScreen::Chart::Families)->series()->barSets();
        QCOMPARE(families.at(3)->label(), s("Not yet due"));
        QCOMPARE(families.at(3)->color(), charts::notYetDueColor());
        QCOMPARE(families.at(3)->at(11), 2.0);

        // Live, by rows: Alvarez pays March early, Baker's 250.00 is left.
        QVERIFY(dispatch(report.window, "ReceivePayment",
                         {{s("family_id"), s("f1")},
                          {s("amount_cents"), 30000},
                          {s("date"), s("2026-03-04")},
                          {s("payment_method"), s("card")}})
                    .ok);
        QBarSet* notYetDue =
            screen.barChart(PaymentsScreen::Chart::Amounts)->series()->barSets().at(2);
        QTRY_COMPARE_WITH_TIMEOUT(notYetDue->at(11), 250.0, 10000);
    }

    void outstandingIsSplitByTheMonthsOverdueCents()
    {
        using M = PaymentAnalyticsModel;
        const auto month = [](int outstandingCents, int overdueCents) {
            return QJsonObject{{s("revenue_outstanding_cents"), outstandingCents},
                               {s("overdue_cents"), overdueCents}};
        };
        QCOMPARE(M::outstandingByDue(month(55000, 0)).notYetDueCents, 55000);
        QCOMPARE(M::outstandingByDue(month(55000, 0)).overdueCents, 0);
        QCOMPARE(M::outstandingByDue(month(55000, 55000)).overdueCents, 55000);
        QCOMPARE(M::outstandingByDue(month(55000, 55000)).notYetDueCents, 0);
        // Open charges due on both sides of the day: split between the two.
        QCOMPARE(M::outstandingByDue(month(55000, 20000)).overdueCents, 20000);
        QCOMPARE(M::outstandingByDue(month(55000, 20000)).notYetDueCents, 35000);
        // Read a moment apart from the view: never more overdue than owed.
        QCOMPARE(M::outstandingByDue(month(10000, 20000)).overdueCents, 10000);
        QCOMPARE(M::outstandingByDue(month(10000, 20000)).notYetDueCents, 0);
        QCOMPARE(M::outstandingByDue(month(0, 0)).overdueCents, 0);
        QCOMPARE(M::outstandingByDue(month(0, 0)).notYetDueCents, 0);
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

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("Month,Families charged,"));
        QVERIFY(bytes.contains("\r\n")); // RFC 4180 line ends
        const QList<QStringList> rows = readCsv(path);
        // The header, three months, the totals; then the receipts and the
        // credit (exportsReceiptsAndCreditInTheCsv).
        QCOMPARE(rows.size(), 13);
        QCOMPARE(rows.mid(0, 5), paymentscsv::rows(*screen.model()));
        // The header in words, the amounts' in the co-op's currency.
        QCOMPARE(
            rows.at(0),
            (QStringList{s("Month"), s("Families charged"), s("Families paid on time"),
                         s("Families paid late"), s("Families unsettled"), s("Families overdue"),
                         s("Expected in USD"), s("Collected in USD"), s("Outstanding in USD"),
                         s("Average days late"), s("Median days late"), s("Card in USD"),
                         s("Check in USD"), s("Cash in USD"), s("Bank transfer (ACH) in USD"),
                         s("Other in USD")}));
        QCOMPARE(rows.at(0), paymentscsv::header(s("USD")));
        QCOMPARE(rows.at(1).at(0), s("2026-03"));
        QCOMPARE(rows.at(3),
                 (QStringList{s("2026-01"), s("4"), s("2"), s("1"), s("1"), s("1"), s("850.00"),
                              s("750.00"), s("100.00"), s("5.00"), s("0"), s("250.00"), s("0.00"),
                              s("200.00"), s("300.00"), s("0.00")}));
        QCOMPARE(rows.at(2).at(9), s("2.50"));
        QCOMPARE(rows.at(1).at(9), QString()); // no settled charge in March: empty, not 0
        QCOMPARE(rows.at(1).at(5), s("1"));    // overdue as of today
        // Last, the sums of the amounts, written as every amount is (counts
        // and averages of months do not add up: empty).
        QCOMPARE(rows.at(4),
                 (QStringList{s("Total"), QString(), QString(), QString(), QString(), QString(),
                              s("1,950.00"), s("1,300.00"), s("650.00"), QString(), QString(),
                              s("550.00"), s("250.00"), s("200.00"), s("300.00"), s("0.00")}));
        QVERIFY(bytes.contains("\r\nTotal,,,,,,\"1,950.00\",\"1,300.00\",650.00,,,550.00,250.00,"
                               "200.00,300.00,0.00\r\n\r\n"));
    }

    void exportsReceiptsAndCreditInTheCsv()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QVERIFY(payIntoCredit(report.window).ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen.credit(), (AccountCredit{1, 5000}), 10000);
        QTRY_COMPARE(screen.receiptsTableModel()->rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("payments.csv"));
        QString error;
        QVERIFY2(screen.exportCsv(path, &error), qPrintable(error));

        // Sections apart by an empty line, each under its title.
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("0.00\r\n\r\nReceived by payment date\r\nMonth of payment,"));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 14);
        // The charge months as before: the credit is in no month's collected.
        QCOMPARE(rows.at(4).at(7), s("1,300.00"));
        QCOMPARE(rows.at(5), QStringList{s("Received by payment date")});
        QCOMPARE(rows.at(6), (QStringList{s("Month of payment"), s("Payments"),
                                          s("Families paying"), s("Received in USD"),
                                          s("Card in USD"), s("Check in USD"), s("Cash in USD"),
                                          s("Bank transfer (ACH) in USD"), s("Other in USD")}));
        QCOMPARE(rows.at(6), paymentscsv::receiptsHeader(s("USD")));
        QCOMPARE(rows.at(7), (QStringList{s("2026-03"), s("1"), s("1"), s("50.00"), s("0.00"),
                                          s("50.00"), s("0.00"), s("0.00"), s("0.00")}));
        QCOMPARE(rows.at(8), (QStringList{s("2026-02"), s("2"), s("2"), s("550.00"), s("300.00"),
                                          s("250.00"), s("0.00"), s("0.00"), s("0.00")}));
        QCOMPARE(rows.at(9), (QStringList{s("2026-01"), s("3"), s("3"), s("750.00"), s("250.00"),
                                          s("0.00"), s("200.00"), s("300.00"), s("0.00")}));
        // The totals: what reached the bank, 50.00 more than was collected;
        // families paying in several months do not add up (empty).
        QCOMPARE(rows.at(10),
                 (QStringList{s("Total"), s("6"), QString(), s("1,350.00"), s("550.00"),
                              s("300.00"), s("200.00"), s("300.00"), s("0.00")}));
        QCOMPARE(rows.at(11),
                 QStringList{s("Credit on account as of 2026-03-20 (money received that no "
                               "charge has used yet)")});
        QCOMPARE(rows.at(12),
                 (QStringList{s("Families with credit"), s("Credit on account in USD")}));
        QCOMPARE(rows.at(13), (QStringList{s("1"), s("50.00")}));
    }

    void exportsCsvInSpanish()
    {
        PaymentAnalyticsModel months;
        months.setCurrencyCode(s("EUR"));
        months.setAnalytics(builtMonths(2));
        CashReceiptsModel receiptMonths;
        receiptMonths.setCurrencyCode(s("EUR"));
        receiptMonths.setReceipts(builtReceipts());
        QList<QStringList> rows, receipts, credit;
        QString creditTitle;
        {
            AppTranslations translations;
            QVERIFY(translations.install(s("es")));
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
            rows = paymentscsv::rows(months);
            receipts = paymentscsv::receiptRows(receiptMonths);
            credit = paymentscsv::creditRows(AccountCredit{2, 123450}, s("EUR"));
            creditTitle = paymentscsv::creditTitle(reportToday);
        }
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(0), s("Mes"));
        QCOMPARE(rows.at(0).at(1), s("Familias con cuota"));
        QCOMPARE(rows.at(0).at(6), s("Previsto en EUR"));
        QCOMPARE(rows.at(0).at(11), s("Tarjeta en EUR"));
        QCOMPARE(rows.at(1).at(0), s("2018-02"));
        QCOMPARE(rows.at(1).at(6), s("3.000,00"));
        QCOMPARE(rows.at(1).at(9), s("1,50"));
        QCOMPARE(rows.at(3).at(0), s("Total"));
        QCOMPARE(rows.at(3).at(6), s("6.000,00"));
        QCOMPARE(rows.at(3).at(11), s("5.400,00"));
        QCOMPARE(receipts.size(), 3);
        QCOMPARE(receipts.at(0).mid(0, 5),
                 (QStringList{s("Mes del pago"), s("Pagos"), s("Familias que pagan"),
                              s("Recibido en EUR"), s("Tarjeta en EUR")}));
        QCOMPARE(receipts.at(1),
                 (QStringList{s("2018-01"), s("12"), s("10"), s("2.700,00"), s("2.700,00"),
                              s("0,00"), s("0,00"), s("0,00"), s("0,00")}));
        QCOMPARE(receipts.at(2).mid(0, 4),
                 (QStringList{s("Total"), s("12"), QString(), s("2.700,00")}));
        QCOMPARE(credit,
                 (QList<QStringList>{{s("Familias con saldo a favor"), s("Saldo a favor en EUR")},
                                     {s("2"), s("1.234,50")}}));
        QVERIFY2(creditTitle.startsWith(s("Saldo a favor al 2026-03-20")), qPrintable(creditTitle));
    }

    void csvQuotesAsRfc4180()
    {
        QCOMPARE(csv::line({s("a"), s("b,c"), s("say \"hi\""), s("two\nlines")}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    }

    void exportsAPagedPdf()
    {
        FixedReportDay today;
        AppSettings().setUserName(s("Dana Reyes"));
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);

        // Named after the file until the co-op is named in Preferences.
        const QString fileName = QFileInfo(report.coop.path()).completeBaseName();
        QCOMPARE(screen.pdfReport().coopName, fileName);
        {
            AppSettings settings;
            PreferencesDialog preferences(settings, &report.window);
            QVERIFY(preferences.coopNameEdit()->isEnabled());
            QCOMPARE(preferences.coopNameEdit()->text(), fileName);
            preferences.coopNameEdit()->setText(s("  Maple Grove Co-op "));
            preferences.accept();
        }
        QCOMPARE(AppSettings().coopName(report.coop.path()), s("Maple Grove Co-op"));
        const paymentspdf::Report input = screen.pdfReport();
        QCOMPARE(input.coopName, s("Maple Grove Co-op"));
        QCOMPARE(input.madeBy, s("Dana Reyes"));
        QCOMPARE(input.madeOn, reportToday);
        QCOMPARE(paymentspdf::title(input), QStringLiteral("Payments report — Maple Grove Co-op"));
        QCOMPARE(paymentspdf::headingLines(input).last(),
                 s("Made on Friday, March 20, 2026 by Dana Reyes"));
        QVERIFY2(paymentspdf::headingLines(input).contains(
                     s("Received by payment date 1,300.00 in 5 payments; credit on account 0.00")),
                 qPrintable(paymentspdf::headingLines(input).join(u'\n')));
        QCOMPARE(input.receipts, screen.receiptsModel());
        QCOMPARE(input.credit, (AccountCredit{0, 0}));

        QTemporaryDir dir;
        const QString path = dir.filePath(s("payments.pdf"));
        const paymentspdf::Result result = screen.exportPdf(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        // The tables by charge month and by payment date fill page 1;
        // collected beside received on page 2, the families and methods on page 3.
        QCOMPARE(result.pages, 3);
        QCOMPARE(result.chartPages, (QList<int>{2, 2, 3, 3}));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 5000);
        QCOMPARE(pdfPageObjects(pdf), 3);
        QCOMPARE(pdfTitle(pdf), QStringLiteral("Payments report — Maple Grove Co-op"));
        // en_US: Letter, landscape, on every page.
        QCOMPARE(pdfPageSizes(pdf), (QStringList{s("792x612"), s("792x612"), s("792x612")}));

        // Without the receipts (a report of charge months alone) the first
        // chart follows the short table on page 1.
        paymentspdf::Report chargeMonthsOnly = input;
        chargeMonthsOnly.receipts = nullptr;
        const paymentspdf::Result shorter =
            paymentspdf::write(dir.filePath(s("charge-months.pdf")), chargeMonthsOnly);
        QVERIFY2(shorter.ok, qPrintable(shorter.error));
        QCOMPARE(shorter.chartPages, (QList<int>{1, 2, 2}));
    }

    void thePaperIsTheLocales()
    {
        using paymentspdf::pageSizeFor;
        QCOMPARE(pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(pageSizeFor(QLocale(QLocale::Spanish, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(pageSizeFor(QLocale(QLocale::English, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(pageSizeFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(pageSizeFor(QLocale(QLocale::Spanish, QLocale::Spain)), QPageSize::A4);
        QCOMPARE(pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
        QCOMPARE(pageSizeFor(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::A4);

        // es_ES: A4 landscape, the heading in the locale's words and dates.
        BuiltReport built(3);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("informe.pdf"));
        paymentspdf::Result result;
        QStringList heading;
        {
            AppTranslations translations;
            QVERIFY(translations.install(s("es")));
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
            result = paymentspdf::write(path, built.input);
            heading = paymentspdf::headingLines(built.input);
            QCOMPARE(pdfTitle(readAll(path)),
                     QStringLiteral("Informe de pagos — Maple Grove Co-op"));
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(pdfPageSizes(readAll(path)), (QStringList{s("842x595"), s("842x595")}));
        QCOMPARE(heading.last(), s("Hecho el viernes, 20 de marzo de 2026 por Dana Reyes"));
        QVERIFY2(heading.contains(s("Previsto 9.000,00, cobrado 8.100,00, pendiente 900,00")),
                 qPrintable(heading.join(u'\n')));
    }

    void aLongReportTakesMorePages()
    {
        // 100 charged months, built by hand, paged by the report.
        FixedReportDay today;
        BuiltReport built(100);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("long.pdf"));
        const paymentspdf::Result result = paymentspdf::write(path, built.input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.pages >= 5, qPrintable(QString::number(result.pages)));
        QCOMPARE(pdfPageObjects(readAll(path)), result.pages);
        QCOMPARE(result.chartPages.size(), 3);
        QCOMPARE(result.chartPages.last(), result.pages);

        // And 100 months of receipts after them: more pages, four charts.
        CashReceiptsModel receipts;
        QList<QJsonObject> months;
        for (const QJsonObject& charged : builtMonths(100)) {
            QJsonObject month = builtReceipts().first();
            month.insert(s("month"), charged.value(s("month")));
            months << month;
        }
        receipts.setReceipts(months);
        built.input.receipts = &receipts;
        const QString both = dir.filePath(s("long-with-receipts.pdf"));
        const paymentspdf::Result longer = paymentspdf::write(both, built.input);
        QVERIFY2(longer.ok, qPrintable(longer.error));
        QVERIFY2(longer.pages >= result.pages + 2, qPrintable(QString::number(longer.pages)));
        QCOMPARE(pdfPageObjects(readAll(both)), longer.pages);
        QCOMPARE(longer.chartPages.size(), 4);
        QCOMPARE(longer.chartPages.last(), longer.pages);
        if (const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
            !folder.isEmpty())
            QFile::copy(both, QDir(folder).filePath(s("payments-report-long.pdf")));
    }

    void exportsAChartAsPng()
    {
        FixedReportDay today;
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QTRY_COMPARE(screen.tableModel()->rowCount(), 3);
        // 6.5 × 3 inches at 300 dpi, whatever the window's size.
        QCOMPARE(chartimage::pngSize(), QSize(1950, 900));
        QTemporaryDir dir;
        for (const auto which : {PaymentsScreen::Chart::Amounts, PaymentsScreen::Chart::Families,
                                 PaymentsScreen::Chart::Methods}) {
            const QString path = dir.filePath(s("chart.png"));
            QString error;
            QVERIFY2(screen.exportChartPng(which, path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(1950, 900));
            QVERIFY(image.size() != screen.chartView(which)->size());
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
            QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), 300);
            // No frame: white to the edges (the window's grey is not there).
            int notWhite = 0;
            for (int x = 0; x < image.width(); ++x)
                for (const int y : {0, 1, image.height() - 2, image.height() - 1})
                    notWhite += image.pixel(x, y) != qRgb(255, 255, 255);
            for (int y = 0; y < image.height(); ++y)
                for (const int x : {0, 1, image.width() - 2, image.width() - 1})
                    notWhite += image.pixel(x, y) != qRgb(255, 255, 255);
            QCOMPARE(notWhite, 0);
            // And the chart drawn: its bars' (or slices') colours are there.
            const QRgb drawn = which == PaymentsScreen::Chart::Families
                                   ? charts::onTimeColor().rgb()
                                   : charts::paymentMethodColor(s("card")).rgb();
            const QRgb collected = charts::collectedColor().rgb();
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    coloured += image.pixel(x, y) == drawn || image.pixel(x, y) == collected;
            QVERIFY2(coloured > 1000, qPrintable(QString::number(coloured)));
            QVERIFY(QFile::remove(path));
        }
        // The chart on screen keeps its size.
        QVERIFY(screen.chartView(PaymentsScreen::Chart::Amounts)->width() < 1950);
    }

    // Pictures of the screen for people to look at, both views, in
    // English and Spanish: set COOPDESK_SCREENSHOT_DIR to a folder to
    // write them.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        FixedReportDay today;
        AppTranslations translations;
        QVERIFY(translations.install(language));
        if (language == s("es"))
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        OpenReport report;
        QVERIFY(report.open());
        PaymentsScreen& screen = *report.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(report.window), 20000);
        QVERIFY(payIntoCredit(report.window).ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen.credit(), (AccountCredit{1, 5000}), 10000);
        QTRY_COMPARE(screen.receiptsTableModel()->rowCount(), 3);
        const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        for (const auto view :
             {PaymentsScreen::View::ByChargeMonth, PaymentsScreen::View::ByPaymentDate}) {
            screen.showView(view);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QPixmap picture = report.window.grab();
            QVERIFY(!picture.isNull());
            const QString name = view == PaymentsScreen::View::ByPaymentDate
                                     ? s("payments-received-%1.png")
                                     : s("payments-charge-months-%1.png");
            if (!folder.isEmpty())
                QVERIFY(picture.save(QDir(folder).filePath(name.arg(language))));
        }
        if (!folder.isEmpty()) {
            const paymentspdf::Result pdf =
                screen.exportPdf(QDir(folder).filePath(s("payments-report-%1.pdf").arg(language)));
            QVERIFY2(pdf.ok, qPrintable(pdf.error));
            QString error;
            QVERIFY2(
                screen.exportCsv(QDir(folder).filePath(s("payments-%1.csv").arg(language)), &error),
                qPrintable(error));
        }
    }
};

QTEST_MAIN(TestPaymentsScreen)
#include "tst_payments_screen.moc"
