#include "pg_rows.h"

#include "pg_schema.h"

#include <QCoreApplication>

namespace coopdesk::pgrows {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

void insertEvent(PgConnection& connection, const RecordedEvent& event)
{
    connection
        .query("INSERT INTO events (position, event_id, stream_id, stream_type, "
               "stream_version, event_type, schema_version, data, metadata, recorded_at, "
               "hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
        .bind(1, event.position)
        .bind(2, event.eventId)
        .bind(3, event.streamId)
        .bind(4, event.streamType)
        .bind(5, event.streamVersion)
        .bind(6, event.eventType)
        .bind(7, event.schemaVersion)
        .bind(8, event.data)
        .bind(9, event.metadata)
        .bind(10, event.recordedAt)
        .bind(11, event.hash)
        .run();
}

void insertAcceptedCommand(PgConnection& connection, const QString& commandId,
                           const AcceptedCommand& accepted)
{
    connection
        .query("INSERT INTO accepted_commands (command_id, fingerprint, result) "
               "VALUES ($1, $2, $3)")
        .bind(1, commandId)
        .bind(2, accepted.fingerprint)
        .bind(3, accepted.result)
        .run();
}

void insertSkip(PgConnection& connection, const SkipRecord& skip)
{
    connection
        .query("INSERT INTO projection_skips (projection_name, position, event_id, event_type, "
               "error, skipped_by, skipped_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
               "ON CONFLICT (projection_name, position) DO NOTHING")
        .bind(1, skip.projectionName)
        .bind(2, skip.position)
        .bind(3, skip.eventId)
        .bind(4, skip.eventType)
        .bind(5, skip.error.isEmpty() ? std::nullopt : std::optional(skip.error))
        .bind(6, skip.skippedBy)
        .bind(7, skip.skippedAt)
        .run();
}

std::pair<qint64, QByteArray> lockHead(PgConnection& connection)
{
    const std::shared_ptr<PgResult> locked = queueHeadLock(connection);
    connection.sync();
    return lockedHead(connection, *locked);
}

std::shared_ptr<PgResult> queueHeadLock(PgConnection& connection)
{
    return connection.queueForRows("SELECT position, hash FROM head FOR UPDATE", {});
}

std::pair<qint64, QByteArray> lockedHead(PgConnection& connection, const PgResult& locked)
{
    if (locked.rows() == 0)
        throw StorageError(StorageError::Kind::Corrupt,
                           Storage::tr("The co-op on %1 has lost its head row; restore the "
                                       "database from a backup")
                               .arg(connection.location().toString()));
    return {locked.integer(0, 0), locked.bytes(0, 1)};
}

void moveHead(PgConnection& connection, qint64 position, const QByteArray& hash)
{
    connection
        .query("WITH moved AS (UPDATE head SET position = $1, hash = $2 RETURNING position) "
               "SELECT pg_notify($3, position::text) FROM moved")
        .bind(1, position)
        .bind(2, hash)
        .bind(3, QString::fromLatin1(pgschema::eventsChannel))
        .run();
}

} // namespace coopdesk::pgrows
