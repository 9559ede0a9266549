#include "event_fields.h"

#include "command_catalog.h"
#include "event_upcasting.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace coopdesk {

namespace {

// A reader of the simple shape; any false is "let Qt decode it".
class SimpleReader
{
public:
    explicit SimpleReader(QByteArrayView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_at == m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_at); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    bool takeWord(QByteArrayView word)
    {
        if (m_text.sliced(m_at).startsWith(word)) {
            m_at += word.size();
            return true;
        }
        return false;
    }

    // After the opening quote: the characters up to the closing one, none
    // escaped or a control character; UTF-8 checked when not ASCII.
    std::optional<QByteArrayView> string(bool asciiOnly)
    {
        const qsizetype start = m_at;
        bool ascii = true;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text.at(m_at));
            if (c == '"') {
                const QByteArrayView text = m_text.sliced(start, m_at - start);
                ++m_at;
                if (!ascii && (asciiOnly || !QUtf8StringView(text).isValidUtf8()))
                    return std::nullopt;
                return text;
            }
            if (c == '\\' || c < 0x20)
                return std::nullopt;
            ascii = ascii && c < 0x80;
            ++m_at;
        }
        return std::nullopt;
    }

    // A JSON integer (no fraction or exponent) that fits a qint64.
    std::optional<qint64> integer()
    {
        const bool negative = take('-');
        const qsizetype digitsStart = m_at;
        quint64 magnitude = 0;
        const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                       : quint64(std::numeric_limits<qint64>::max());
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            const unsigned digit = unsigned(peek() - '0');
            if (magnitude > (limit - digit) / 10)
                return std::nullopt;
            magnitude = magnitude * 10 + digit;
            ++m_at;
        }
        const qsizetype digits = m_at - digitsStart;
        if (digits == 0 || (digits > 1 && m_text.at(digitsStart) == '0'))
            return std::nullopt;
        if (peek() == '.' || peek() == 'e' || peek() == 'E')
            return std::nullopt;
        return negative ? qint64(0 - magnitude) : qint64(magnitude);
    }

    // An object or array inside, from its opening bracket, parsed by Qt.
    std::optional<QJsonValue> nested()
    {
        const qsizetype start = m_at;
        int depth = 0;
        bool inString = false;
        for (; !atEnd(); ++m_at) {
            const char c = m_text.at(m_at);
            if (inString) {
                if (c == '\\')
                    ++m_at;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++m_at;
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(
                    m_text.sliced(start, m_at - start).toByteArray(), &error);
                if (error.error != QJsonParseError::NoError)
                    return std::nullopt;
                return document.isArray() ? QJsonValue(document.array())
                                          : QJsonValue(document.object());
            }
        }
        return std::nullopt;
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

bool EventFields::Value::isString() const
{
    return m_kind == Kind::String || (m_kind == Kind::Parsed && m_parsed.isString());
}

QString EventFields::Value::toString() const
{
    if (m_kind == Kind::String)
        return QString::fromUtf8(m_text);
    return m_kind == Kind::Parsed ? m_parsed.toString() : QString();
}

qint64 EventFields::Value::toInteger() const
{
    if (m_kind == Kind::Integer)
        return m_integer;
    return m_kind == Kind::Parsed ? m_parsed.toInteger() : 0;
}

int EventFields::Value::toInt() const
{
    if (m_kind == Kind::Integer) // as QJsonValue: 0 when it does not fit an int
        return qint64(int(m_integer)) == m_integer ? int(m_integer) : 0;
    return m_kind == Kind::Parsed ? m_parsed.toInt() : 0;
}

bool EventFields::Value::toBool() const
{
    if (m_kind == Kind::Bool)
        return m_integer != 0;
    return m_kind == Kind::Parsed && m_parsed.toBool();
}

QJsonObject EventFields::Value::toObject() const
{
    return m_kind == Kind::Parsed ? m_parsed.toObject() : QJsonObject();
}

bool EventFields::readSimple(QByteArrayView json)
{
    SimpleReader reader(json);
    reader.skipSpace();
    if (!reader.take('{'))
        return false;
    reader.skipSpace();
    if (!reader.take('}')) {
        do {
            reader.skipSpace();
            Member member;
            if (!reader.take('"'))
                return false;
            const auto key = reader.string(true);
            if (!key)
                return false;
            member.key = *key;
            for (const Member& earlier : std::as_const(m_members)) {
                if (earlier.key == member.key)
                    return false; // a key twice: which one counts is Qt's to say
            }
            reader.skipSpace();
            if (!reader.take(':'))
                return false;
            reader.skipSpace();
            Value& value = member.value;
            const char first = reader.peek();
            if (reader.take('"')) {
                const auto text = reader.string(false);
                if (!text)
                    return false;
                value.m_kind = Value::Kind::String;
                value.m_text = *text;
            } else if (first == '-' || (first >= '0' && first <= '9')) {
                const auto integer = reader.integer();
                if (!integer)
                    return false;
                value.m_kind = Value::Kind::Integer;
                value.m_integer = *integer;
            } else if (first == '{' || first == '[') {
                auto parsed = reader.nested();
                if (!parsed)
                    return false;
                value.m_kind = Value::Kind::Parsed;
                value.m_parsed = std::move(*parsed);
            } else if (reader.takeWord("true") || reader.takeWord("false")) {
                value.m_kind = Value::Kind::Bool;
                value.m_integer = first == 't' ? 1 : 0;
            } else if (reader.takeWord("null")) {
                value.m_kind = Value::Kind::Null;
            } else {
                return false;
            }
            m_members.append(member);
            reader.skipSpace();
        } while (reader.take(','));
        if (!reader.take('}'))
            return false;
    }
    reader.skipSpace();
    return reader.atEnd();
}

EventFields EventFields::decode(const RecordedEvent& event)
{
    EventFields fields;
    const QString& type = event.eventType;
    const bool payment = type == QLatin1String("PaymentReceived");
    // What decodeEventData refuses or upcasts goes its way.
    const bool simple = eventTypes().contains(type) && event.schemaVersion >= 1 &&
                        event.schemaVersion == currentSchemaVersion(type) &&
                        fields.readSimple(event.data);
    if (simple && payment) {
        const Value cents = fields.value(QStringLiteral("amount_cents"));
        if (cents.m_kind == Value::Kind::Integer && paymentCentsFit(cents.m_integer))
            return fields;
    } else if (simple) {
        return fields;
    }
    fields.m_members.clear();
    fields.m_object = decodeEventData(event);
    return fields;
}

EventFields::Value EventFields::value(const QString& key) const
{
    if (m_object) {
        Value value;
        value.m_kind = Value::Kind::Parsed;
        value.m_parsed = m_object->value(key);
        return value;
    }
    for (const Member& member : m_members) {
        if (QLatin1StringView(member.key) == key)
            return member.value;
    }
    return {};
}

bool EventFields::contains(const QString& key) const
{
    if (m_object)
        return m_object->contains(key);
    for (const Member& member : m_members) {
        if (QLatin1StringView(member.key) == key)
            return true;
    }
    return false;
}

} // namespace coopdesk
