#pragma once

#include <QList>
#include <QStringList>

namespace coopdesk {

class PaymentAnalyticsModel;

// The treasurer's monthly table as CSV rows (csv_writer.h writes them):
// a header of column names as in the read model (amounts in currency
// units with a dot, so without the _cents suffix), then one row per month
// of payment_analytics_view, newest first, with families_overdue as of the
// report's day and one column per payment method. Months without charges
// (shown in the charts only) are left out.
namespace paymentscsv {

QStringList header();
QList<QStringList> rows(const PaymentAnalyticsModel& model);

} // namespace paymentscsv

} // namespace coopdesk
