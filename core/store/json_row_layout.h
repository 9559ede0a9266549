#pragma once

#include "sqlite_connection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace coopdesk {

// The rows of one statement as JSON objects, exactly as Query::row gives
// them, for reads that answer one row many times (getFamily). The row is
// written out as JSON text (its JSON columns as they are stored) and Qt's
// parser makes the object in one pass: QJsonObject::insert searches and
// moves the keys for every column, and the JSON columns would be parsed
// one by one, which cost more than reading the row. A row the text cannot
// carry exactly (a number Qt's parser would read as another type, bytes
// that are not UTF-8) is made by Query::row instead.
class JsonRowLayout
{
public:
    // `columns`: the statement's result columns in order, each name once;
    // `jsonColumns`: those that hold JSON text, embedded parsed.
    JsonRowLayout(const QStringList& columns, const QStringList& jsonColumns);

    // The current row of `query`, whose result columns are `columns`.
    QJsonObject read(const Query& query) const;

private:
    bool write(const Query& query) const;

    QStringList m_jsonColumns;
    QList<QByteArray> m_keys; // `"name":` for each column
    QList<bool> m_isJson;
    mutable QByteArray m_text; // kept between rows for its capacity
};

} // namespace coopdesk
