#pragma once

#include "event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace coopdesk {

// One event's data as the family fold reads it (applyFamilyEvent), decoded
// in one pass over the stored text without building a QJsonObject: a
// replay of a long stream spent most of its time in Qt's parser. It reads
// what this build writes, a flat object of ASCII strings without escapes,
// integers, booleans and nulls (an object or array inside is parsed by Qt);
// any other text, and any data that needs upcasting, is decoded by
// decodeEventData and read through the QJsonObject, so both give the fold
// the same values and the same errors.
class EventFields
{
public:
    // One member's value, read as QJsonValue reads it.
    class Value
    {
    public:
        bool isString() const;
        QString toString() const;
        qint64 toInteger() const;
        int toInt() const;
        bool toBool() const;
        QJsonObject toObject() const;

    private:
        friend class EventFields;
        enum class Kind { Missing, String, Integer, Bool, Null, Parsed };
        Kind m_kind = Kind::Missing;
        QByteArrayView m_text; // a String's characters, in the event's data
        qint64 m_integer = 0;  // an Integer, or a Bool (0/1)
        QJsonValue m_parsed;   // Parsed: an object or array inside, or the Qt path's value
    };

    // The event's data in its current schema. Throws EventDecodeError, as
    // decodeEventData does, for the same events. `event` must outlive the
    // result (its values point into event.data).
    static EventFields decode(const RecordedEvent& event);

    Value value(const QString& key) const;
    bool contains(const QString& key) const;

private:
    struct Member
    {
        QByteArrayView key;
        Value value;
    };
    // Whether `json` is the simple shape; fills m_members.
    bool readSimple(QByteArrayView json);

    // Inline: an event has a handful of members, and a heap list of them
    // per event was a cost of its own in a long replay.
    QVarLengthArray<Member, 12> m_members;
    std::optional<QJsonObject> m_object; // the Qt path
};

} // namespace coopdesk
