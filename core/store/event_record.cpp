#include "event_record.h"

#include "hash_chain.h"
#include "io/json_output.h"
#include "random_uuid.h"

#include <QDateTime>

namespace coopdesk {

namespace {

QJsonValue nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// json::object(metadata.toJson()), written straight: the same keys in the
// same (sorted) order, without building a QJsonObject per event.
QByteArray metadataJson(const EventMetadata& metadata)
{
    return json::ObjectWriter()
        .add(QStringLiteral("app_version"), metadata.appVersion)
        .add(QStringLiteral("causation_id"), nullIfEmpty(metadata.causationId))
        .add(QStringLiteral("command_id"), nullIfEmpty(metadata.commandId))
        .add(QStringLiteral("correlation_id"), nullIfEmpty(metadata.correlationId))
        .add(QStringLiteral("user_id"), metadata.userId)
        .finish();
}

} // namespace

// The first 48 bits are the time in milliseconds, the rest random. Ids that
// grow with time keep the event_id index's inserts at its end instead of
// scattered over it.
QString newEventId()
{
    QUuid uuid = randomUuid();
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    uuid.data1 = static_cast<uint>(ms >> 16);
    uuid.data2 = static_cast<ushort>(ms & 0xFFFF);
    uuid.data3 = static_cast<ushort>((uuid.data3 & 0x0FFF) | 0x7000);
    return uuid.toString(QUuid::WithoutBraces);
}

RecordedEvent recordChange(const FamilyChange& change, qint64 position,
                           const QByteArray& previousHash)
{
    RecordedEvent event;
    event.position = position;
    event.eventId = newEventId();
    event.streamId = change.after.familyId;
    event.streamType = familyStreamType;
    event.streamVersion = change.after.version;
    event.eventType = change.event.type;
    event.schemaVersion = change.event.schemaVersion;
    event.data = json::object(change.event.data);
    event.metadata = metadataJson(change.metadata);
    event.recordedAt = change.recordedAt;
    event.hash = eventHash(previousHash, event);
    return event;
}

} // namespace coopdesk
