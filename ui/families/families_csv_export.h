#pragma once

#include "queries/query_service.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace coopdesk {

// The Families table as CSV (RFC 4180: comma separated, CRLF line ends,
// fields with a comma, quote or line break in double quotes, quotes
// doubled), UTF-8 without a byte order mark, one header row. Every family
// matching the filter, in the sort's order, read from QueryService a page
// at a time. Codes stay codes (status, risk tier) and amounts are decimals
// with a dot (125.50), so the file reads back the same in any locale.
class FamiliesCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(FamiliesCsvExport)

public:
    static inline constexpr int pageSize = 2000;

    // family_id, family_name, status, children_count, total_paid, balance,
    // last_payment_date, engagement_score, risk_score, risk_tier,
    // assigned_coordinator.
    static const QStringList& header();

    // One field as RFC 4180 wants it.
    static QString field(const QString& value);
    // Cents as a decimal with a dot: -12345 → "-123.45".
    static QString decimal(qint64 cents);

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
    };

    // Writes to an open device. `progress(done, total)` may return false to stop.
    static Result write(QueryService& queries, const FamilyFilter& filter, const FamilySort& sort,
                        QIODevice& device,
                        const std::function<bool(qint64 done, qint64 total)>& progress = {});
    // Writes a file whole or not at all (QSaveFile).
    static Result writeFile(QueryService& queries, const FamilyFilter& filter,
                            const FamilySort& sort, const QString& path,
                            const std::function<bool(qint64 done, qint64 total)>& progress = {});
};

} // namespace coopdesk
