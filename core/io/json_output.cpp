#include "json_output.h"

#include "json_syntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <limits>

namespace coopdesk::json {

namespace {

bool needsEscaping(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    }
    return false;
}

// Plain ASCII that needs no escape, the usual case, is copied as it is.
bool appendPlainAscii(QByteArray& out, const QString& text)
{
    for (QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\')
            return false;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* to = out.data() + start;
    for (QChar c : text)
        *to++ = static_cast<char>(c.unicode());
    return true;
}

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    if (appendPlainAscii(out, text)) {
        out += '"';
        return;
    }
    if (!needsEscaping(text)) {
        out += text.toUtf8();
        out += '"';
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped += u"\\\"";
            break;
        case u'\\':
            escaped += u"\\\\";
            break;
        case u'\n':
            escaped += u"\\n";
            break;
        case u'\r':
            escaped += u"\\r";
            break;
        case u'\t':
            escaped += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    out += escaped.toUtf8();
    out += '"';
}

// A QJsonValue, or an object's value read in place (QJsonValueConstRef):
// the bytes are the same, without making a QJsonValue of every member.
template <typename Value> void appendValue(QByteArray& out, const Value& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        const qint64 integer = v.toInteger(none);
        if (integer != none)
            out += QByteArray::number(integer);
        else
            out += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array:
        out += QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Object:
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        break;
    }
}

} // namespace

QByteArray value(const QJsonValue& v)
{
    QByteArray out;
    appendValue(out, v);
    return out;
}

QByteArray object(const QJsonObject& object, const QStringList& keyOrder)
{
    ObjectWriter writer;
    for (const QString& key : keyOrder) {
        const auto found = object.constFind(key);
        if (found != object.constEnd())
            writer.add(key, *found);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!keyOrder.contains(key))
            writer.add(key, *it);
    }
    return writer.finish();
}

QByteArray array(const QList<QJsonObject>& rows, const QStringList& keyOrder)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            out += ',';
        out += object(rows.at(i), keyOrder);
    }
    out += ']';
    return out;
}

QByteArray stored(const QByteArray& text)
{
    const bool oneLine = !text.contains('\n') && !text.contains('\r');
    if (oneLine && isJsonText(text))
        return text.trimmed();
    QByteArray out;
    appendString(out, QString::fromUtf8(text));
    return out;
}

QByteArray event(const RecordedEvent& event)
{
    return ObjectWriter()
        .add(QStringLiteral("position"), event.position)
        .add(QStringLiteral("event_id"), event.eventId)
        .add(QStringLiteral("stream_id"), event.streamId)
        .add(QStringLiteral("stream_type"), event.streamType)
        .add(QStringLiteral("stream_version"), event.streamVersion)
        .add(QStringLiteral("event_type"), event.eventType)
        .add(QStringLiteral("schema_version"), event.schemaVersion)
        .addRaw(QStringLiteral("data"), stored(event.data))
        .addRaw(QStringLiteral("metadata"), stored(event.metadata))
        .add(QStringLiteral("recorded_at"), event.recordedAt)
        .add(QStringLiteral("hash"), QString::fromLatin1(event.hash))
        .finish();
}

template <typename Value> ObjectWriter& ObjectWriter::addValue(const QString& key, const Value& v)
{
    addKey(key);
    appendValue(m_text, v);
    return *this;
}

ObjectWriter& ObjectWriter::add(const QString& key, const QJsonValue& v)
{
    return addValue(key, v);
}

ObjectWriter& ObjectWriter::add(const QString& key, const QJsonValueConstRef& v)
{
    return addValue(key, v);
}

ObjectWriter& ObjectWriter::add(const QString& key, const QString& text)
{
    addKey(key);
    appendString(m_text, text);
    return *this;
}

ObjectWriter& ObjectWriter::addRaw(const QString& key, const QByteArray& json)
{
    addKey(key);
    m_text += json;
    return *this;
}

void ObjectWriter::addKey(const QString& key)
{
    Q_ASSERT(!m_finished);
    if (m_text.isEmpty()) {
        m_text.reserve(256); // most objects written are an event's data or metadata
        m_text += '{';
    } else {
        m_text += ',';
    }
    appendString(m_text, key);
    m_text += ':';
}

QByteArray ObjectWriter::finish()
{
    if (!m_finished)
        m_text += m_text.isEmpty() ? QByteArrayView("{}") : QByteArrayView("}");
    m_finished = true;
    return m_text;
}

} // namespace coopdesk::json
