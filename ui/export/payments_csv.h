#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace coopdesk {

class CashReceiptsModel;
class PaymentAnalyticsModel;
struct AccountCredit;

// The treasurer's monthly table as CSV rows (csv_writer.h writes them), for
// a spreadsheet: a header in words, in the user's language (amount columns
// with the currency: "Collected in USD"), one row per month of
// payment_analytics_view, newest first, with families overdue as of the
// report's day and one column per payment method, then a "Total" row with
// the sums of the amounts (counts and averages of months do not add up:
// left empty there). Amounts as the app writes money (money_text.h: the
// locale's grouping and decimal point), averages with the locale's
// decimal point, counts as plain numbers, months as YYYY-MM. Months without
// charges (shown in the charts only) are left out.
//
// report() is what Export CSV writes: that table first, then, each after
// an empty line and a line with its title, the receipts by payment date
// (cash_receipts_view: month, payments, families paying, received, one
// column per method, newest first, a "Total" row: families paying is
// left empty there, a family paying in two months is one family) and the
// credit on account as of the report's day (families, amount). For
// programs, `coopdesk-cli query payments` and `query receipts` give the
// same figures as JSON.
namespace paymentscsv {

QStringList header(const QString& currencyCode = {});
QList<QStringList> rows(const PaymentAnalyticsModel& model);

QString receiptsTitle();
QStringList receiptsHeader(const QString& currencyCode = {});
QList<QStringList> receiptRows(const CashReceiptsModel& model);
QString creditTitle(QDate asOf);
QList<QStringList> creditRows(const AccountCredit& credit, const QString& currencyCode = {});

QList<QStringList> report(const PaymentAnalyticsModel& months, const CashReceiptsModel& receipts,
                          const AccountCredit& credit, QDate asOf);

} // namespace paymentscsv

} // namespace coopdesk
