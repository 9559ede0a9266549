#pragma once

#include <QObject>

namespace coopdesk {

class CashReceiptsModel;
class MethodBreakdownModel;
class ModelPieChart;
class MonthBarChart;
class PaymentAnalyticsModel;

// The charts of the treasurer's report and the dashboard, each fed from
// the payment models (the same functions draw the screen and the PDF).
namespace paymentcharts {

// "Amount (USD)": the value axis' title of the amount charts.
QString amountTitle(const QString& currencyCode);

// Collected and outstanding tuition per month, stacked (the bar is what was
// expected): collected, overdue, not yet due (not yet due in the neutral
// colour of the families chart's "not yet due", not in overdue's red).
MonthBarChart* collectedVsOutstanding(PaymentAnalyticsModel* model, QObject* parent);
// Families per month: paid on time, paid late, overdue, not yet due (stacked).
MonthBarChart* familiesByPaymentState(PaymentAnalyticsModel* model, QObject* parent);
// Expected beside collected tuition per month (the dashboard's 12 months).
MonthBarChart* collectedVsExpected(PaymentAnalyticsModel* model, QObject* parent);
// What was received per month by the payment's date (the receipts).
MonthBarChart* receivedByPaymentDate(CashReceiptsModel* model, QObject* parent);
// How the range's tuition was paid, by method.
ModelPieChart* paymentMethods(MethodBreakdownModel* model, QObject* parent);

} // namespace paymentcharts

} // namespace coopdesk
