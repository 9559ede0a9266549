#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Rows of a month read model (keyed by "month", YYYY-MM) laid out for the
// month charts: every calendar month of a range gets a row, so the bars
// keep the calendar's spacing; a month the view has no row for gets a gap
// row, which the tables leave out (MonthTableProxy).
namespace coopdesk::monthrows {

// `rows` in any order. Every month from `from` (else the first month of
// `rows`) to `to` (else the last) gets its row, or `gap` with that month
// and isGap() true; rows outside the range are kept. Oldest first.
QList<QJsonObject> filled(const QList<QJsonObject>& rows, const QString& from, const QString& to,
                          const QJsonObject& gap);
bool isGap(const QJsonObject& row);

} // namespace coopdesk::monthrows
