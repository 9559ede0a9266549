#include "payments_screen.h"

#include "cash_receipts_model.h"
#include "charge_all/charge_all_menu_action.h"
#include "charts/chart_style.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "charts/month_table_proxy.h"
#include "charts/report_day.h"
#include "charts/table_style.h"
#include "export/chart_image.h"
#include "export/csv_writer.h"
#include "export/payments_csv.h"
#include "main_window/main_window.h"
#include "main_window/session_status_bar.h"
#include "method_breakdown_model.h"
#include "overdue/overdue_families_action.h"
#include "payment_analytics_model.h"
#include "payment_charts.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"
#include "widgets/money_text.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace coopdesk {

namespace {

QString monthOf(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate monthStart(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QTableView* monthTable(QSortFilterProxyModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    applyReportTableStyle(table);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::DescendingOrder); // the month, newest first
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QSplitter* chartOverTable(QWidget* chart, QTableView* table, QWidget* parent)
{
    auto* split = new QSplitter(Qt::Vertical, parent);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    return split;
}

// The screen's title, and beside it the treasurer's monthly jobs: the
// window's Charge Tuition to All Families… and Overdue Families… actions
// (enabled as they are).
QHBoxLayout* titleRow(QLabel* title, MainWindow* window, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addWidget(title);
    row->addStretch(1);
    const auto addButton = [&](QAction* action, const QString& name) {
        if (!action)
            return;
        auto* button = new QToolButton(parent);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    };
    if (window) {
        addButton(window->findChild<OverdueFamiliesAction*>(), QStringLiteral("overdueButton"));
        addButton(window->findChild<ChargeAllMenuAction*>(), QStringLiteral("chargeAllButton"));
    }
    return row;
}

QDateEdit* monthEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
    edit->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

PaymentsScreen::PaymentsScreen(MainWindow* window, QWidget* parent)
    : LiveScreen(window, parent)
    , m_model(new PaymentAnalyticsModel(this))
    , m_methods(new MethodBreakdownModel(m_model, this))
    , m_tableModel(new MonthTableProxy(m_model, this))
    , m_receipts(new CashReceiptsModel(this))
    , m_receiptsTableModel(new MonthTableProxy(m_receipts, this))
    , m_amountsChart(paymentcharts::collectedVsOutstanding(m_model, this))
    , m_familiesChart(paymentcharts::familiesByPaymentState(m_model, this))
    , m_methodsChart(paymentcharts::paymentMethods(m_methods, this))
    , m_receiptsChart(paymentcharts::receivedByPaymentDate(m_receipts, this))
    , m_amountsView(charts::newChartView(m_amountsChart->chart(), this))
    , m_familiesView(charts::newChartView(m_familiesChart->chart(), this))
    , m_methodsView(charts::newChartView(m_methodsChart->chart(), this))
    , m_receiptsView(charts::newChartView(m_receiptsChart->chart(), this))
    , m_table(monthTable(m_tableModel, QStringLiteral("paymentsTable"), this))
    , m_receiptsTable(monthTable(m_receiptsTableModel, QStringLiteral("receiptsTable"), this))
    , m_preset(new QComboBox(this))
    , m_from(monthEdit(this))
    , m_to(monthEdit(this))
    , m_summary(new QLabel(this))
    , m_receiptsSummary(new QLabel(this))
    , m_pdfButton(new QPushButton(tr("Export &PDF…"), this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
    , m_chartButton(new QPushButton(tr("Save C&hart as PNG…"), this))
    , m_charts(new QTabWidget(this))
    , m_views(new QTabWidget(this))
{
    setObjectName(QStringLiteral("paymentsScreen"));
    m_amountsView->setObjectName(QStringLiteral("amountsChart"));
    m_familiesView->setObjectName(QStringLiteral("familiesChart"));
    m_methodsView->setObjectName(QStringLiteral("methodsChart"));
    m_receiptsView->setObjectName(QStringLiteral("receiptsChart"));

    auto* title = new QLabel(tr("Payments"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->addItem(tr("Last 12 months"), int(Range::Last12Months));
    m_preset->addItem(tr("Last 24 months"), int(Range::Last24Months));
    m_preset->addItem(tr("This year"), int(Range::ThisYear));
    m_preset->addItem(tr("Last year"), int(Range::LastYear));
    m_preset->addItem(tr("Last 10 years"), int(Range::Last10Years));
    m_preset->addItem(tr("All months"), int(Range::AllMonths));
    m_preset->addItem(tr("Chosen months"), int(Range::Custom));
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdf"));
    m_pdfButton->setToolTip(
        tr("Save the report (both views' tables and charts, and the credit on account) as a PDF "
           "document"));
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    m_csvButton->setToolTip(
        tr("Save the monthly tables and the credit on account as a CSV file for a spreadsheet"));
    m_chartButton->setObjectName(QStringLiteral("exportChart"));
    m_chartButton->setToolTip(tr("Save the chart shown as a PNG image"));

    auto* rangeRow = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Months:"), this);
    rangeLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_preset);
    rangeRow->addSpacing(8);
    rangeRow->addWidget(fromLabel);
    rangeRow->addWidget(m_from);
    rangeRow->addSpacing(8);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_pdfButton);
    rangeRow->addWidget(m_csvButton);
    rangeRow->addWidget(m_chartButton);

    m_summary->setObjectName(QStringLiteral("paymentsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receiptsSummary->setObjectName(QStringLiteral("receiptsSummary"));
    m_receiptsSummary->setWordWrap(true);
    m_receiptsSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One chart at a time, each the full width: 120 months stay readable.
    m_charts->setObjectName(QStringLiteral("paymentCharts"));
    m_charts->setDocumentMode(true);
    m_charts->addTab(m_amountsView, tr("Collected and outstanding"));
    m_charts->addTab(m_familiesView, tr("Families by payment state"));
    m_charts->addTab(m_methodsView, tr("Payment methods"));
    // The two ways of counting a month's money, each its chart over its table.
    m_views->setObjectName(QStringLiteral("paymentViews"));
    m_views->addTab(chartOverTable(m_charts, m_table, this), tr("Tuition by charge month"));
    m_views->addTab(chartOverTable(m_receiptsView, m_receiptsTable, this),
                    tr("Received by payment date"));
    m_views->setTabToolTip(0, tr("Each month's tuition charges: what was expected, what "
                                 "payments have covered, what is still owed"));
    m_views->setTabToolTip(1, tr("Every payment by the month of its date, whatever month it "
                                 "pays for: what the bank deposits show"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(problemBar());
    layout->addLayout(titleRow(title, window, this));
    layout->addLayout(rangeRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_receiptsSummary);
    layout->addWidget(m_views, 1);

    connect(m_preset, &QComboBox::activated, this, &PaymentsScreen::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentsScreen::rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentsScreen::rangeEdited);
    connect(m_pdfButton, &QPushButton::clicked, this, &PaymentsScreen::chooseAndExportPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &PaymentsScreen::chooseAndExportCsv);
    connect(m_chartButton, &QPushButton::clicked, this,
            [this] { chooseAndExportChart(shownChart()); });
    setRangePreset(Range::Last12Months);
    clearData();
}

PaymentsScreen::~PaymentsScreen() = default;

QString PaymentsScreen::fromMonth() const
{
    return m_allMonths ? QString() : monthOf(m_from->date());
}

QString PaymentsScreen::toMonth() const
{
    return m_allMonths ? QString() : monthOf(m_to->date());
}

void PaymentsScreen::setRange(const QString& fromMonth, const QString& toMonth)
{
    QDate from = monthStart(fromMonth);
    QDate to = monthStart(toMonth);
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to)
        std::swap(from, to);
    m_allMonths = false;
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reloadAll();
}

void PaymentsScreen::setRangePreset(Range range)
{
    const QDate today = ReportDay::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_preset->setCurrentIndex(m_preset->findData(int(range)));
    switch (range) {
    case Range::Last12Months:
        setRange(monthOf(thisMonth.addMonths(-11)), monthOf(thisMonth));
        break;
    case Range::Last24Months:
        setRange(monthOf(thisMonth.addMonths(-23)), monthOf(thisMonth));
        break;
    case Range::ThisYear:
        setRange(monthOf(QDate(today.year(), 1, 1)), monthOf(QDate(today.year(), 12, 1)));
        break;
    case Range::LastYear:
        setRange(monthOf(QDate(today.year() - 1, 1, 1)), monthOf(QDate(today.year() - 1, 12, 1)));
        break;
    case Range::Last10Years:
        setRange(monthOf(thisMonth.addMonths(-119)), monthOf(thisMonth));
        break;
    case Range::AllMonths:
        m_allMonths = true;
        reloadAll();
        break;
    case Range::Custom:
        break;
    }
}

void PaymentsScreen::presetChosen(int index)
{
    setRangePreset(Range(m_preset->itemData(index).toInt()));
}

void PaymentsScreen::rangeEdited()
{
    m_preset->setCurrentIndex(m_preset->findData(int(Range::Custom)));
    if (m_from->date() > m_to->date()) {
        // Keep the range the right way round: the other end follows.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    m_allMonths = false;
    reloadAll();
}

PaymentsScreen::Chart PaymentsScreen::shownChart() const
{
    if (shownView() == View::ByPaymentDate)
        return Chart::Receipts;
    switch (m_charts->currentIndex()) {
    case 1:
        return Chart::Families;
    case 2:
        return Chart::Methods;
    default:
        return Chart::Amounts;
    }
}

void PaymentsScreen::showChart(Chart chart)
{
    if (chart == Chart::Receipts) {
        showView(View::ByPaymentDate);
        return;
    }
    showView(View::ByChargeMonth);
    m_charts->setCurrentWidget(chartView(chart));
}

PaymentsScreen::View PaymentsScreen::shownView() const
{
    return m_views->currentIndex() == 1 ? View::ByPaymentDate : View::ByChargeMonth;
}

void PaymentsScreen::showView(View view)
{
    m_views->setCurrentIndex(view == View::ByPaymentDate ? 1 : 0);
}

MonthBarChart* PaymentsScreen::barChart(Chart chart) const
{
    switch (chart) {
    case Chart::Families:
        return m_familiesChart;
    case Chart::Receipts:
        return m_receiptsChart;
    default:
        return m_amountsChart;
    }
}

QChartView* PaymentsScreen::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::Amounts:
        return m_amountsView;
    case Chart::Families:
        return m_familiesView;
    case Chart::Methods:
        return m_methodsView;
    case Chart::Receipts:
        return m_receiptsView;
    }
    return nullptr;
}

void PaymentsScreen::reload(const Change& change)
{
    const QString from = fromMonth();
    const QString to = toMonth();
    bool touched = change.everything;
    for (auto it = change.months.cbegin(); !touched && it != change.months.cend(); ++it)
        touched = (from.isEmpty() || *it >= from) && (to.isEmpty() || *it <= to);
    if (touched)
        loadRange(from, to);
    // The credit is no month's; a payment, a charge or a correction always
    // reports its months, so any money moved re-reads it.
    if (change.everything || !change.months.isEmpty()) {
        m_credit = AccountCredit::fromQuery(queries()->creditOnAccount());
        updateReceiptsSummary();
    }
}

void PaymentsScreen::loadRange(const QString& from, const QString& to)
{
    const QString currency = mainWindow() ? mainWindow()->currencyCode() : QString();
    m_model->setCurrencyCode(currency);
    m_receipts->setCurrencyCode(currency);
    m_amountsChart->setValueTitle(paymentcharts::amountTitle(currency));
    m_receiptsChart->setValueTitle(paymentcharts::amountTitle(currency));
    const QList<QJsonObject> analytics =
        PaymentAnalyticsModel::query(*queries(), from, to, ReportDay::today());
    const QList<QJsonObject> receipts = queries()->getCashReceipts(from, to);
    QString fillFrom = from;
    QString fillTo = to;
    if (m_allMonths) {
        // Both views over the months either answer spans (newest first).
        for (const QList<QJsonObject>* rows : {&analytics, &receipts}) {
            if (rows->isEmpty())
                continue;
            const QString newest = rows->first().value(QStringLiteral("month")).toString();
            const QString oldest = rows->last().value(QStringLiteral("month")).toString();
            if (fillFrom.isEmpty() || oldest < fillFrom)
                fillFrom = oldest;
            if (fillTo.isEmpty() || newest > fillTo)
                fillTo = newest;
        }
    }
    m_model->setAnalytics(analytics, fillFrom, fillTo);
    m_receipts->setReceipts(receipts, fillFrom, fillTo);
    if (m_allMonths && !fillFrom.isEmpty()) {
        // Show the months the answers span.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(monthStart(fillFrom));
        m_to->setDate(monthStart(fillTo));
    }
    updateSummary();
    updateReceiptsSummary();
}

void PaymentsScreen::clearData()
{
    m_model->clear();
    m_receipts->clear();
    m_credit = {};
    updateSummary();
    updateReceiptsSummary();
}

void PaymentsScreen::updateSummary()
{
    const bool open = queries() != nullptr;
    m_pdfButton->setEnabled(open);
    m_csvButton->setEnabled(open);
    m_chartButton->setEnabled(open);
    if (!open) {
        m_summary->clear();
        return;
    }
    qint64 expected = 0, collected = 0, outstanding = 0;
    int months = 0;
    for (const QJsonObject& row : m_model->rows()) {
        if (PaymentAnalyticsModel::isFiller(row))
            continue;
        ++months;
        expected += row.value(QStringLiteral("revenue_expected_cents")).toInteger();
        collected += row.value(QStringLiteral("revenue_collected_cents")).toInteger();
        outstanding += row.value(QStringLiteral("revenue_outstanding_cents")).toInteger();
    }
    if (months == 0) {
        m_summary->setText(tr("No tuition was charged in these months."));
        return;
    }
    const QLocale locale;
    const QString currency = m_model->currencyCode();
    const QString share =
        expected > 0 ? locale.toString(100.0 * static_cast<double>(collected) / expected, 'f', 1)
                     : QStringLiteral("0");
    m_summary->setText(tr("Months with tuition: %6. Expected %1, collected %2 (%3%), "
                          "outstanding %4. Families overdue as of %5.")
                           .arg(money::formatWithCurrency(expected, locale, currency),
                                money::formatWithCurrency(collected, locale, currency), share,
                                money::formatWithCurrency(outstanding, locale, currency),
                                locale.toString(ReportDay::today(), QLocale::ShortFormat),
                                locale.toString(months)));
}

void PaymentsScreen::updateReceiptsSummary()
{
    if (!queries()) {
        m_receiptsSummary->clear();
        return;
    }
    const QLocale locale;
    const CashReceiptsModel::Totals totals = m_receipts->totals();
    const QString received = totals.payments == 0
                                 ? tr("No payment is dated in these months.")
                                 : tr("Received by payment date: %1 in %Ln payment(s).", nullptr,
                                      static_cast<int>(totals.payments))
                                       .arg(money::formatWithCurrency(totals.receivedCents, locale,
                                                                      m_receipts->currencyCode()));
    m_receiptsSummary->setText(received + QLatin1Char('\n') +
                               m_credit.sentence(m_receipts->currencyCode(), ReportDay::today()));
}

QString PaymentsScreen::summaryText() const
{
    return m_summary->text();
}

QString PaymentsScreen::receiptsSummaryText() const
{
    return m_receiptsSummary->text();
}

paymentspdf::Report PaymentsScreen::pdfReport() const
{
    paymentspdf::Report report;
    if (session()) {
        report.coopName = AppSettings().coopName(session()->path());
        report.madeBy = session()->userId();
    }
    report.madeOn = ReportDay::today();
    report.fromMonth = m_model->rowCount() > 0 ? m_model->keyAt(0) : monthOf(m_from->date());
    report.toMonth =
        m_model->rowCount() > 0 ? m_model->keyAt(m_model->rowCount() - 1) : monthOf(m_to->date());
    if (!m_allMonths) {
        report.fromMonth = fromMonth();
        report.toMonth = toMonth();
    }
    report.asOf = ReportDay::today();
    report.months = m_model;
    report.methods = m_methods;
    report.receipts = m_receipts;
    report.credit = m_credit;
    return report;
}

paymentspdf::Result PaymentsScreen::exportPdf(const QString& path)
{
    return paymentspdf::write(path, pdfReport());
}

bool PaymentsScreen::exportCsv(const QString& path, QString* error)
{
    return csv::writeFile(
        path, paymentscsv::report(*m_model, *m_receipts, m_credit, ReportDay::today()), error);
}

bool PaymentsScreen::exportChartPng(Chart chart, const QString& path, QString* error)
{
    // A chart of its own from the same model, laid out at the image's
    // printed size (the one on screen keeps the screen's).
    std::unique_ptr<QObject> owner;
    QChart* image = nullptr;
    switch (chart) {
    case Chart::Amounts: {
        MonthBarChart* bars = paymentcharts::collectedVsOutstanding(m_model, nullptr);
        owner.reset(bars);
        image = bars->chart();
        break;
    }
    case Chart::Families: {
        MonthBarChart* bars = paymentcharts::familiesByPaymentState(m_model, nullptr);
        owner.reset(bars);
        image = bars->chart();
        break;
    }
    case Chart::Methods: {
        ModelPieChart* pie = paymentcharts::paymentMethods(m_methods, nullptr);
        owner.reset(pie);
        image = pie->chart();
        break;
    }
    case Chart::Receipts: {
        MonthBarChart* bars = paymentcharts::receivedByPaymentDate(m_receipts, nullptr);
        owner.reset(bars);
        image = bars->chart();
        break;
    }
    }
    const std::unique_ptr<QChart> drawn(image);
    return chartimage::savePng(drawn.get(), path, error);
}

QString PaymentsScreen::exportPath(const QString& title, const QString& suffix,
                                   const QString& filter)
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString range =
        m_allMonths ? tr("all-months") : fromMonth() + QLatin1Char('_') + toMonth();
    const QString name = tr("payments") + QLatin1Char('-') + range + QLatin1Char('.') + suffix;
    QString path =
        QFileDialog::getSaveFileName(this, title, QDir(m_lastFolder).filePath(name), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

void PaymentsScreen::reportExport(bool ok, const QString& path, const QString& error)
{
    if (!ok) {
        MessageBox::critical(this, tr("Export Failed"), tr("The file could not be saved."), error);
        return;
    }
    if (mainWindow())
        mainWindow()->sessionStatusBar()->showMessage(
            tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void PaymentsScreen::chooseAndExportPdf()
{
    const QString path = exportPath(tr("Export Payments Report"), QStringLiteral("pdf"),
                                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const paymentspdf::Result result = exportPdf(path);
    reportExport(result.ok, path, result.error);
}

void PaymentsScreen::chooseAndExportCsv()
{
    const QString path =
        exportPath(tr("Export Payments Table"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportCsv(path, &error);
    reportExport(ok, path, error);
}

void PaymentsScreen::chooseAndExportChart(Chart chart)
{
    const QString path =
        exportPath(tr("Save Chart as Image"), QStringLiteral("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportChartPng(chart, path, &error);
    reportExport(ok, path, error);
}

} // namespace coopdesk
