#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// A read-model row's columns by name (QueryService rows are JSON objects):
// an empty text or 0 when the column is absent or null. In a namespace of
// their own, as core's namespace coopdesk::text would clash with text().
namespace coopdesk::jsonrow {

inline QString text(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

inline qint64 integer(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toInteger();
}

} // namespace coopdesk::jsonrow
