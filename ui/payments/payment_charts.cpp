#include "payment_charts.h"

#include "charts/chart_style.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "method_breakdown_model.h"
#include "payment_analytics_model.h"

#include <QCoreApplication>

namespace coopdesk::paymentcharts {

namespace {

struct PaymentCharts
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCharts)
};

} // namespace

QString amountTitle(const QString& currencyCode)
{
    return currencyCode.isEmpty() ? PaymentCharts::tr("Amount")
                                  : PaymentCharts::tr("Amount (%1)").arg(currencyCode);
}

MonthBarChart* collectedVsOutstanding(PaymentAnalyticsModel* model, QObject* parent)
{
    MonthBarChart::Options options;
    options.title = PaymentCharts::tr("Collected and outstanding tuition");
    options.monthColumn = PaymentAnalyticsModel::Month;
    options.firstColumn = PaymentAnalyticsModel::Collected;
    options.lastColumn = PaymentAnalyticsModel::Outstanding;
    options.colors = {charts::collectedColor(), charts::outstandingColor()};
    options.stacking = MonthBarChart::Stacking::Stacked;
    options.valueTitle = amountTitle(model->currencyCode());
    return new MonthBarChart(model, options, parent);
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
