#include "month_rows.h"

#include <QDate>
#include <QMap>

#include <algorithm>

namespace coopdesk::monthrows {

namespace {

const QString monthKey = QStringLiteral("month");
const QString gapKey = QStringLiteral("gap");

QDate monthStart(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace

QList<QJsonObject> filled(const QList<QJsonObject>& rows, const QString& from, const QString& to,
                          const QJsonObject& gap)
{
    QMap<QString, QJsonObject> byMonth;
    for (const QJsonObject& row : rows)
        byMonth.insert(row.value(monthKey).toString(), row);
    const QDate first =
        monthStart(from.isEmpty() && !byMonth.isEmpty() ? byMonth.firstKey() : from);
    const QDate last = monthStart(to.isEmpty() && !byMonth.isEmpty() ? byMonth.lastKey() : to);
    QList<QJsonObject> months;
    if (first.isValid() && last.isValid()) {
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            const QString key = month.toString(QStringLiteral("yyyy-MM"));
            const auto found = byMonth.constFind(key);
            if (found != byMonth.constEnd()) {
                months.append(found.value());
                byMonth.remove(key);
            } else {
                QJsonObject row = gap;
                row.insert(monthKey, key);
                row.insert(gapKey, true);
                months.append(row);
            }
        }
    }
    // Months outside the range asked for (none, from the queries) go last, in order.
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        months.append(it.value());
    std::stable_sort(months.begin(), months.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(monthKey).toString() < b.value(monthKey).toString();
    });
    return months;
}

bool isGap(const QJsonObject& row)
{
    return row.value(gapKey).toBool();
}

} // namespace coopdesk::monthrows
