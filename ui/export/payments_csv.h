#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coopdesk {

class PaymentAnalyticsModel;

// The treasurer's monthly table as CSV rows (csv_writer.h writes them), for
// a spreadsheet: a header in words, in the user's language (amount columns
// with the currency: "Collected in USD"), one row per month of
// payment_analytics_view, newest first, with families overdue as of the
// report's day and one column per payment method, then a "Total" row with
// the sums of the amounts (counts and averages of months do not add up:
// left empty there). Amounts as the app writes money (money_text.h: the
// locale's grouping and decimal point), averages with the locale's
// decimal point, counts as plain numbers, months as YYYY-MM. Months without
// charges (shown in the charts only) are left out. For programs,
// `coopdesk-cli query payments` gives the same figures as JSON.
namespace paymentscsv {

QStringList header(const QString& currencyCode = {});
QList<QStringList> rows(const PaymentAnalyticsModel& model);

} // namespace paymentscsv

} // namespace coopdesk
