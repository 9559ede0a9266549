#include "event_record.h"

#include "hash_chain.h"
#include "io/json_output.h"

#include <QDateTime>
#include <QUuid>

namespace coopdesk {

// The first 48 bits are the time in milliseconds, the rest random. Ids that
// grow with time keep the event_id index's inserts at its end instead of
// scattered over it.
QString newEventId()
{
    QUuid uuid = QUuid::createUuid();
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
    event.metadata = json::object(change.metadata.toJson());
    event.recordedAt = change.recordedAt;
    event.hash = eventHash(previousHash, event);
    return event;
}

} // namespace coopdesk
