#include "raw_event.h"

#include "domain/event.h"
#include "store/coop_file.h"
#include "store/hash_chain.h"

#include <QUuid>

namespace coopdesk::test {

qint64 appendRawEvent(const QString& coopPath, const QString& familyId, const QString& type,
                      int schemaVersion, const QByteArray& data)
{
    SqliteConnection db(coopPath, SqliteConnection::Mode::ReadWrite);
    db.setBusyTimeout(10000);
    Transaction transaction(db, Transaction::Kind::Immediate);
    RecordedEvent event;
    QByteArray previousHash;
    {
        Query last = db.query("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
        if (last.next()) {
            event.position = last.integer(0);
            previousHash = last.bytes(1);
        }
    }
    event.position += 1;
    {
        Query version = db.query("SELECT coalesce(max(stream_version), 0) FROM events "
                                 "WHERE stream_id = ?");
        version.bind(1, familyId);
        version.next();
        event.streamVersion = version.integer(0) + 1;
    }
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.streamId = familyId;
    event.streamType = QStringLiteral("Family");
    event.eventType = type;
    event.schemaVersion = schemaVersion;
    event.data = data;
    event.metadata = R"({"user_id":"future","command_id":null,"correlation_id":null,)"
                     R"("causation_id":null,"app_version":"9.0"})";
    event.recordedAt = QStringLiteral("2026-01-15T11:00:00.000Z");
    event.hash = eventHash(previousHash, event);
    coopfile::insertEvent(db, event);
    db.query("UPDATE family_state SET version = ? WHERE family_id = ?")
        .bind(1, event.streamVersion)
        .bind(2, familyId)
        .run();
    transaction.commit();
    return event.position;
}

} // namespace coopdesk::test
