#include "hash_chain.h"

#include <QCryptographicHash>

namespace coopdesk {

namespace {
void addField(QCryptographicHash& hash, const QByteArray& bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView("\n"));
}
} // namespace

QByteArray eventHash(const QByteArray& previousHash, const RecordedEvent& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, QByteArray::number(event.position));
    addField(hash, event.eventId.toUtf8());
    addField(hash, event.streamId.toUtf8());
    addField(hash, event.streamType.toUtf8());
    addField(hash, QByteArray::number(event.streamVersion));
    addField(hash, event.eventType.toUtf8());
    addField(hash, QByteArray::number(event.schemaVersion));
    addField(hash, event.data);
    addField(hash, event.metadata);
    addField(hash, event.recordedAt.toUtf8());
    return hash.result().toHex();
}

} // namespace coopdesk
