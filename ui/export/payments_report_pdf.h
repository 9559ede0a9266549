#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include "payments/account_credit.h"

namespace coopdesk {

class CashReceiptsModel;
class MethodBreakdownModel;
class PaymentAnalyticsModel;

// The treasurer's report as a PDF, landscape, on the paper of the user's
// locale (pageSizeFor): a title with the co-op's name, the month range,
// the day overdue is counted from, the totals and who made it when; the
// tuition by charge month (newest month first, totals at the end); the
// money received by payment date (cash_receipts_view: what the bank
// deposits show, one column per method, totals at the end) and under it
// the credit families hold on account; then the charts (collected,
// overdue and not yet due tuition, and under it what was received by
// payment date; families by payment state; payment methods), drawn from
// the same models as the screen, the full width of the page and laid out
// at their printed size (chart_image.h). A table running onto another page
// repeats its header there; a section's title stays with its first rows.
// The charts, two to a page, follow the tables on their last page when
// there is room for one. "Page N of M" at the foot of every page. Amounts
// as money_text.h writes them.
namespace paymentspdf {

struct Report
{
    QString coopName; // AppSettings::coopName: the title
    QString madeBy;   // the user name ("Made on … by …")
    QDate madeOn;
    QString fromMonth; // YYYY-MM
    QString toMonth;
    QDate asOf;
    PaymentAnalyticsModel* months = nullptr;
    MethodBreakdownModel* methods = nullptr;
    CashReceiptsModel* receipts = nullptr; // none: the section is left out
    AccountCredit credit;                  // as of madeOn
};

struct Result
{
    bool ok = false;
    int pages = 0;
    QList<int> chartPages; // the page (from 1) of each chart, in order
    QString error;         // for people, when !ok
};

// Letter in the United States and Canada, A4 everywhere else, by the
// territory of `locale`.
QPageSize::PageSizeId pageSizeFor(const QLocale& locale);

// The report's title ("Payments report — Maple Grove Co-op"), also the
// document's title, and the lines under it on the first page, in the
// default locale.
QString title(const Report& report);
QStringList headingLines(const Report& report);

// Writes the report to `path`, atomically, on pageSizeFor(QLocale()).
Result write(const QString& path, const Report& report);

} // namespace paymentspdf

} // namespace coopdesk
