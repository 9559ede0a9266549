#include "json_row_layout.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

#include <sqlite3.h>

namespace coopdesk {

namespace {

void appendJsonString(QByteArray& text, const char* data, int size)
{
    static const char hex[] = "0123456789abcdef";
    text += '"';
    for (int i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '"' || c == '\\') {
            text += '\\';
            text += char(c);
        } else if (c < 0x20) {
            text += "\\u00";
            text += hex[c >> 4];
            text += hex[c & 0xF];
        } else {
            text += char(c); // UTF-8 as it is; the parser checks it
        }
    }
    text += '"';
}

// Qt's parser reads an integral number of 2^53 or more as an integer
// (however it is written) where Query::row keeps a double.
bool parsesBackAsDouble(double value)
{
    return std::isfinite(value) && !(std::trunc(value) == value && std::fabs(value) >= 1e15);
}

void appendDouble(QByteArray& text, double value)
{
    const QByteArray number = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    text += number;
    if (!number.contains('.') && !number.contains('e'))
        text += ".0"; // "85" would come back an integer
}

// Query::row embeds a JSON column's array, or its object, or else an empty
// object; text that is neither array nor object is written as that {}.
bool looksLikeArrayOrObject(const char* data, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '[' || c == '{';
    }
    return false;
}

} // namespace

JsonRowLayout::JsonRowLayout(const QStringList& columns, const QStringList& jsonColumns)
    : m_jsonColumns(jsonColumns)
{
    for (const QString& name : columns) {
        Q_ASSERT(columns.count(name) == 1);
        QByteArray key;
        const QByteArray utf8 = name.toUtf8();
        appendJsonString(key, utf8.constData(), int(utf8.size()));
        m_keys.append(key + ':');
        m_isJson.append(jsonColumns.contains(name));
    }
}

bool JsonRowLayout::write(const Query& query) const
{
    sqlite3_stmt* statement = query.statementHandle();
    m_text.resize(0);
    m_text += '{';
    for (int i = 0; i < int(m_keys.size()); ++i) {
        if (i > 0)
            m_text += ',';
        m_text += m_keys.at(i);
        switch (sqlite3_column_type(statement, i)) {
        case SQLITE_INTEGER:
            m_text += QByteArray::number(sqlite3_column_int64(statement, i));
            break;
        case SQLITE_FLOAT: {
            const double value = sqlite3_column_double(statement, i);
            if (!parsesBackAsDouble(value))
                return false;
            appendDouble(m_text, value);
            break;
        }
        case SQLITE_NULL:
            m_text += "null";
            break;
        default: {
            const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
            const int size = sqlite3_column_bytes(statement, i);
            if (!m_isJson.at(i))
                appendJsonString(m_text, data, size);
            else if (looksLikeArrayOrObject(data, size))
                m_text.append(data, size);
            else
                m_text += "{}";
        }
        }
    }
    m_text += '}';
    return true;
}

QJsonObject JsonRowLayout::read(const Query& query) const
{
    if (write(query)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_text, &error);
        if (error.error == QJsonParseError::NoError)
            return document.object();
    }
    // Not UTF-8, a JSON column that is not JSON, a number the text would change.
    return query.row(m_jsonColumns);
}

} // namespace coopdesk
