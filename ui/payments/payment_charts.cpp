#include "payment_charts.h"

#include "cash_receipts_model.h"
#include "charts/chart_style.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "charts/row_mirror_model.h"
#include "method_breakdown_model.h"
#include "payment_analytics_model.h"

#include "widgets/money_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

namespace coopdesk::paymentcharts {

namespace {

struct PaymentCharts
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCharts)
};

// The amounts chart's bars over PaymentAnalyticsModel's months, row for
// row: collected, then the outstanding overdue and not yet due
// (PaymentAnalyticsModel::outstandingByDue), so tuition not due yet is not
// drawn in the red of overdue money. Its headers are fixed.
class AmountsByDue : public RowMirrorModel
{
public:
    enum Column { Month, Collected, Overdue, NotYetDue, ColumnCount };

    explicit AmountsByDue(PaymentAnalyticsModel* source)
        : RowMirrorModel(source, nullptr)
        , m_source(source)
    {}

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
            (role != Qt::DisplayRole && role != KeyedRowModel::ValueRole))
            return {};
        const int row = index.row();
        if (index.column() == Month)
            return m_source->index(row, PaymentAnalyticsModel::Month).data(role);
        if (index.column() == Collected)
            return m_source->index(row, PaymentAnalyticsModel::Collected).data(role);
        const PaymentAnalyticsModel::OutstandingByDue outstanding =
            PaymentAnalyticsModel::outstandingByDue(m_source->rowAt(row));
        const qint64 cents =
            index.column() == Overdue ? outstanding.overdueCents : outstanding.notYetDueCents;
        if (role == KeyedRowModel::ValueRole)
            return static_cast<double>(cents) / 100.0;
        return money::formatCents(cents, QLocale());
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Month:
            return PaymentAnalyticsModel::columnTitle(PaymentAnalyticsModel::Month);
        case Collected:
            return PaymentAnalyticsModel::columnTitle(PaymentAnalyticsModel::Collected);
        case Overdue: // the legend's words, as the families chart's
            return PaymentAnalyticsModel::columnTitle(PaymentAnalyticsModel::Overdue);
        case NotYetDue:
            return PaymentAnalyticsModel::columnTitle(PaymentAnalyticsModel::NotYetDue);
        default:
            return {};
        }
    }

private:
    // A change of any of the source's cells may change every column here.
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) override
    {
        emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
    }

    QPointer<PaymentAnalyticsModel> m_source; // the screen may destroy it first
};

} // namespace

QString amountTitle(const QString& currencyCode)
{
    return currencyCode.isEmpty() ? PaymentCharts::tr("Amount")
                                  : PaymentCharts::tr("Amount (%1)").arg(currencyCode);
}

MonthBarChart* collectedVsOutstanding(PaymentAnalyticsModel* model, QObject* parent)
{
    auto* amounts = new AmountsByDue(model);
    MonthBarChart::Options options;
    options.title = PaymentCharts::tr("Collected and outstanding tuition");
    options.monthColumn = AmountsByDue::Month;
    options.firstColumn = AmountsByDue::Collected;
    options.lastColumn = AmountsByDue::NotYetDue;
    // Owed and due in the red of money owed, not due yet in the families
    // chart's neutral "not yet due".
    options.colors = {charts::collectedColor(), charts::outstandingColor(),
                      charts::notYetDueColor()};
    options.stacking = MonthBarChart::Stacking::Stacked;
    options.valueTitle = amountTitle(model->currencyCode());
    auto* chart = new MonthBarChart(amounts, options, parent);
    amounts->setParent(chart); // lives as long as the chart, destroyed after it
    return chart;
}

MonthBarChart* familiesByPaymentState(PaymentAnalyticsModel* model, QObject* parent)
{
    MonthBarChart::Options options;
    options.title = PaymentCharts::tr("Families by payment state");
    options.monthColumn = PaymentAnalyticsModel::Month;
    options.firstColumn = PaymentAnalyticsModel::OnTime;
    options.lastColumn = PaymentAnalyticsModel::NotYetDue;
    options.colors = {charts::onTimeColor(), charts::lateColor(), charts::overdueColor(),
                      charts::notYetDueColor()};
    options.stacking = MonthBarChart::Stacking::Stacked;
    options.integers = true;
    options.valueTitle = PaymentCharts::tr("Families");
    return new MonthBarChart(model, options, parent);
}

MonthBarChart* collectedVsExpected(PaymentAnalyticsModel* model, QObject* parent)
{
    MonthBarChart::Options options;
    options.title = PaymentCharts::tr("Tuition collected and expected, last 12 months");
    options.monthColumn = PaymentAnalyticsModel::Month;
    options.firstColumn = PaymentAnalyticsModel::Expected;
    options.lastColumn = PaymentAnalyticsModel::Collected;
    options.colors = {charts::expectedColor(), charts::collectedColor()};
    options.stacking = MonthBarChart::Stacking::Grouped;
    options.valueTitle = amountTitle(model->currencyCode());
    return new MonthBarChart(model, options, parent);
}

MonthBarChart* receivedByPaymentDate(CashReceiptsModel* model, QObject* parent)
{
    MonthBarChart::Options options;
    options.title = PaymentCharts::tr("Received by payment date");
    options.monthColumn = CashReceiptsModel::Month;
    options.firstColumn = CashReceiptsModel::Received;
    options.lastColumn = CashReceiptsModel::Received;
    options.colors = {charts::receivedColor()};
    options.valueTitle = amountTitle(model->currencyCode());
    return new MonthBarChart(model, options, parent);
}

ModelPieChart* paymentMethods(MethodBreakdownModel* model, QObject* parent)
{
    ModelPieChart::Options options;
    options.title = PaymentCharts::tr("Tuition paid by method");
    options.labelColumn = MethodBreakdownModel::Method;
    options.valueColumn = MethodBreakdownModel::Amount;
    options.hole = 0.4;
    options.color = [](const QString& method) { return charts::paymentMethodColor(method); };
    return new ModelPieChart(model, options, parent);
}

} // namespace coopdesk::paymentcharts
