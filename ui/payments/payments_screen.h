#pragma once

#include "account_credit.h"
#include "charts/live_screen.h"
#include "export/payments_report_pdf.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QPushButton;

namespace coopdesk {

class CashReceiptsModel;
class MethodBreakdownModel;
class ModelPieChart;
class MonthBarChart;
class PaymentAnalyticsModel;

// The treasurer's report (SPEC 7, Payments): a month range and two views
// of it. By charge month: the monthly table of payment_analytics_view with
// families overdue as of today, and three charts fed from the same model:
// collected and outstanding tuition (overdue apart from not yet due),
// families by payment state, payment methods. Received by payment date:
// cash_receipts_view's months (what the bank deposits show, credit on
// account included) as a table and a bar chart. Above both, the totals and
// the credit families hold on account (money received that no charge has
// used yet). Exports the report as PDF, the tables as CSV and a chart as
// PNG at print size (chart_image.h). Live: a projector change re-reads the
// range only when it touched one of its months, and the tables and charts
// change by the rows that differ; the credit (not a month's) whenever
// money moved.
class PaymentsScreen : public LiveScreen
{
    Q_OBJECT

public:
    enum class Chart { Amounts, Families, Methods, Receipts };
    enum class View { ByChargeMonth, ByPaymentDate };
    enum class Range {
        Last12Months,
        Last24Months,
        ThisYear,
        LastYear,
        Last10Years,
        AllMonths,
        Custom
    };

    explicit PaymentsScreen(MainWindow* window, QWidget* parent = nullptr);
    ~PaymentsScreen() override;

    // The range shown, as YYYY-MM (empty for "all months": then no bound).
    QString fromMonth() const;
    QString toMonth() const;
    void setRange(const QString& fromMonth, const QString& toMonth);
    void setRangePreset(Range range);

    PaymentAnalyticsModel* model() const { return m_model; }
    MethodBreakdownModel* methodModel() const { return m_methods; }
    QSortFilterProxyModel* tableModel() const { return m_tableModel; }
    QTableView* table() const { return m_table; }
    CashReceiptsModel* receiptsModel() const { return m_receipts; }
    QSortFilterProxyModel* receiptsTableModel() const { return m_receiptsTableModel; }
    QTableView* receiptsTable() const { return m_receiptsTable; }
    AccountCredit credit() const { return m_credit; }
    MonthBarChart* barChart(Chart chart) const;
    ModelPieChart* methodsChart() const { return m_methodsChart; }
    QChartView* chartView(Chart chart) const;
    // The chart in front (Save Chart as PNG saves it); showing the
    // receipts chart shows the view by payment date.
    Chart shownChart() const;
    void showChart(Chart chart);
    View shownView() const;
    void showView(View view);
    QString summaryText() const;
    // The receipts of the range and the credit on account, in words.
    QString receiptsSummaryText() const;

    // The PDF report of the range shown: the co-op's name from the
    // settings (Preferences), made today by the session's user.
    paymentspdf::Report pdfReport() const;
    paymentspdf::Result exportPdf(const QString& path);
    bool exportCsv(const QString& path, QString* error);
    bool exportChartPng(Chart chart, const QString& path, QString* error);

public slots:
    void chooseAndExportPdf();
    void chooseAndExportCsv();
    void chooseAndExportChart(coopdesk::PaymentsScreen::Chart chart);

protected:
    void reload(const Change& change) override;
    void clearData() override;

private:
    void rangeEdited();
    void presetChosen(int index);
    void updateSummary();
    void updateReceiptsSummary();
    void loadRange(const QString& from, const QString& to);
    QString exportPath(const QString& title, const QString& suffix, const QString& filter);
    void reportExport(bool ok, const QString& path, const QString& error);

    PaymentAnalyticsModel* m_model;
    MethodBreakdownModel* m_methods;
    QSortFilterProxyModel* m_tableModel;
    CashReceiptsModel* m_receipts;
    QSortFilterProxyModel* m_receiptsTableModel;
    MonthBarChart* m_amountsChart;
    MonthBarChart* m_familiesChart;
    ModelPieChart* m_methodsChart;
    MonthBarChart* m_receiptsChart;
    QChartView* m_amountsView;
    QChartView* m_familiesView;
    QChartView* m_methodsView;
    QChartView* m_receiptsView;
    QTableView* m_table;
    QTableView* m_receiptsTable;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QLabel* m_receiptsSummary;
    QPushButton* m_pdfButton;
    QPushButton* m_csvButton;
    QPushButton* m_chartButton;
    QTabWidget* m_charts;
    QTabWidget* m_views;
    AccountCredit m_credit;
    bool m_allMonths = false;
    QString m_lastFolder;
};

} // namespace coopdesk
