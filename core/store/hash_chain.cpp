#include "hash_chain.h"

#include <QCryptographicHash>

namespace coopdesk {

namespace {

void addField(QByteArray& canonical, QByteArrayView bytes)
{
    canonical += QByteArray::number(bytes.size());
    canonical += ':';
    canonical += bytes;
    canonical += '\n';
}

void addNumber(QByteArray& canonical, qint64 number)
{
    addField(canonical, QByteArray::number(number));
}

} // namespace

QByteArray eventHash(const QByteArray& previousHash, const RecordedEvent& event)
{
    // One buffer, hashed in one call: this runs for every appended event.
    QByteArray canonical;
    canonical.reserve(event.data.size() + event.metadata.size() + 320);
    addField(canonical, previousHash);
    addNumber(canonical, event.position);
    addField(canonical, event.eventId.toUtf8());
    addField(canonical, event.streamId.toUtf8());
    addField(canonical, event.streamType.toUtf8());
    addNumber(canonical, event.streamVersion);
    addField(canonical, event.eventType.toUtf8());
    addNumber(canonical, event.schemaVersion);
    addField(canonical, event.data);
    addField(canonical, event.metadata);
    addField(canonical, event.recordedAt.toUtf8());
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace coopdesk
