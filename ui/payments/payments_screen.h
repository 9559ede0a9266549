#pragma once

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

class MethodBreakdownModel;
class ModelPieChart;
class MonthBarChart;
class PaymentAnalyticsModel;

// The treasurer's report (SPEC 7, Payments): a month range, the monthly
// table of payment_analytics_view with families overdue as of today, and
// three charts fed from the same model: collected and outstanding tuition
// (overdue apart from not yet due), families by payment state, payment
// methods. Exports the report as PDF, the table as CSV and a chart as PNG
// at print size (chart_image.h). Live: a projector change re-reads the
// range only when it touched one of its months, and the table and charts
// change by the rows that differ.
class PaymentsScreen : public LiveScreen
{
    Q_OBJECT

public:
    enum class Chart { Amounts, Families, Methods };
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
    MonthBarChart* barChart(Chart chart) const;
    ModelPieChart* methodsChart() const { return m_methodsChart; }
    QChartView* chartView(Chart chart) const;
    // The chart on the tab in front (Save Chart as PNG saves it).
    Chart shownChart() const;
    void showChart(Chart chart);
    QString summaryText() const;

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
    QString exportPath(const QString& title, const QString& suffix, const QString& filter);
    void reportExport(bool ok, const QString& path, const QString& error);

    PaymentAnalyticsModel* m_model;
    MethodBreakdownModel* m_methods;
    QSortFilterProxyModel* m_tableModel;
    MonthBarChart* m_amountsChart;
    MonthBarChart* m_familiesChart;
    ModelPieChart* m_methodsChart;
    QChartView* m_amountsView;
    QChartView* m_familiesView;
    QChartView* m_methodsView;
    QTableView* m_table;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QPushButton* m_pdfButton;
    QPushButton* m_csvButton;
    QPushButton* m_chartButton;
    QTabWidget* m_charts;
    bool m_allMonths = false;
    QString m_lastFolder;
};

} // namespace coopdesk
