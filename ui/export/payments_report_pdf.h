#pragma once

#include <QDate>
#include <QString>

namespace coopdesk {

class MethodBreakdownModel;
class PaymentAnalyticsModel;

// The treasurer's report as a PDF (A4 landscape): a title, the co-op, the
// month range and the day overdue is counted from, the monthly table
// (newest month first, its header repeated on every page, totals at the
// end), then the charts (collected and outstanding, families by payment
// state, payment methods) drawn as vectors from the same models as the
// screen; "Page N of M" at the foot of every page.
namespace paymentspdf {

struct Report
{
    QString coopName;
    QString fromMonth; // YYYY-MM
    QString toMonth;
    QDate asOf;
    PaymentAnalyticsModel* months = nullptr;
    MethodBreakdownModel* methods = nullptr;
};

struct Result
{
    bool ok = false;
    int pages = 0;
    QString error; // for people, when !ok
};

Result write(const QString& path, const Report& report);

} // namespace paymentspdf

} // namespace coopdesk
