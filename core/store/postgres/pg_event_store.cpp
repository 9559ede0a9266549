#include "pg_event_store.h"

#include "pg_schema.h"
#include "store/audit_check.h"
#include "store/command_side_sql.h"
#include "store/event_record.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace coopdesk {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const char* const eventColumns =
    "position, event_id, stream_id, stream_type, stream_version, event_type, schema_version, "
    "data, metadata, recorded_at, hash";

QList<RecordedEvent> readEvents(const PgResult& rows)
{
    QList<RecordedEvent> events;
    events.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row) {
        RecordedEvent event;
        event.position = rows.integer(row, 0);
        event.eventId = rows.text(row, 1);
        event.streamId = rows.text(row, 2);
        event.streamType = rows.text(row, 3);
        event.streamVersion = rows.integer(row, 4);
        event.eventType = rows.text(row, 5);
        event.schemaVersion = static_cast<int>(rows.integer(row, 6));
        event.data = rows.bytes(row, 7);
        event.metadata = rows.bytes(row, 8);
        event.recordedAt = rows.text(row, 9);
        event.hash = rows.bytes(row, 10);
        events.append(event);
    }
    return events;
}

class PgWriteSession final : public WriteSession
{
public:
    // Locks the head row: every other desk's append waits here until this
    // transaction ends, so positions follow the commits.
    explicit PgWriteSession(PgConnection& connection)
        : m_connection(connection)
    {
        PgQuery head = m_connection.query("SELECT position, hash FROM head FOR UPDATE");
        if (!head.next())
            throw StorageError(StorageError::Kind::Corrupt,
                               Storage::tr("The co-op on %1 has lost its head row; restore the "
                                           "database from a backup")
                                   .arg(m_connection.location().toString()));
        m_headBefore = m_head = head.integer(0);
        m_headHash = head.bytes(1);
    }

    qint64 headBefore() const { return m_headBefore; }
    qint64 head() const { return m_head; }

    std::optional<AcceptedCommand> findAcceptedCommand(const QString& commandId) override
    {
        PgQuery query = m_connection.query(
            "SELECT fingerprint, result FROM accepted_commands WHERE command_id = $1");
        query.bind(1, commandId);
        if (!query.next())
            return std::nullopt;
        return AcceptedCommand{query.bytes(0), query.bytes(1)};
    }

    void rememberCommand(const QString& commandId, const AcceptedCommand& accepted) override
    {
        m_connection
            .query("INSERT INTO accepted_commands (command_id, fingerprint, result) "
                   "VALUES ($1, $2, $3)")
            .bind(1, commandId)
            .bind(2, accepted.fingerprint)
            .bind(3, accepted.result)
            .run();
    }

    FamilyState loadFamily(const QString& familyId) override
    {
        return commandside::sql::loadFamily(m_connection, familyId);
    }

    std::optional<Reservation> reservation(const QString& familyId,
                                           const ReservedId& reserved) override
    {
        return commandside::sql::loadReservation(m_connection, familyId, reserved);
    }

    RecordedEvent append(const FamilyChange& change) override
    {
        const RecordedEvent event = recordChange(change, m_head + 1, m_headHash);
        m_connection
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
        m_head = event.position;
        m_headHash = event.hash;
        commandside::sql::save(m_connection, change.after, change.newlyTaken, change.released);
        return event;
    }

    // The head moves once per transaction; the notification is delivered
    // on commit only, and says where the head now is.
    void finish()
    {
        if (m_head == m_headBefore)
            return;
        // One round trip: the head moves and the notification is queued.
        m_connection
            .query("WITH moved AS (UPDATE head SET position = $1, hash = $2 RETURNING position) "
                   "SELECT pg_notify($3, position::text) FROM moved")
            .bind(1, m_head)
            .bind(2, m_headHash)
            .bind(3, QString::fromLatin1(pgschema::eventsChannel))
            .run();
    }

private:
    PgConnection& m_connection;
    qint64 m_headBefore = 0;
    qint64 m_head = 0;
    QByteArray m_headHash;
};

qint64 readHead(PgConnection& connection)
{
    PgQuery head = connection.query("SELECT position FROM head");
    return head.next() ? head.integer(0) : 0;
}

} // namespace

PgEventStore::PgEventStore(const StoreLocation& location, const StoreOptions& options)
    : m_connection(std::make_unique<PgConnection>(location))
{
    pgschema::check(*m_connection);
    pgschema::configureSession(*m_connection, options.busyTimeoutMs, options.durable,
                               options.readOnly);
    PgQuery mayInsert = m_connection->query("SELECT has_table_privilege($1, 'INSERT')");
    mayInsert.bind(1, QStringLiteral("coopdesk.events"));
    m_readOnly = options.readOnly || !mayInsert.next() || !mayInsert.boolean(0);
    m_storeId = pgschema::storeId(*m_connection);
    m_seenHead = readHead(*m_connection);
}

PgEventStore::~PgEventStore() = default;

void PgEventStore::create(const StoreLocation& location)
{
    PgConnection connection(location);
    pgschema::create(connection);
}

StoreLocation PgEventStore::location() const
{
    return m_connection->location();
}

QString PgEventStore::storeId()
{
    return m_storeId;
}

bool PgEventStore::isReadOnly() const
{
    return m_readOnly;
}

std::optional<ServerInfo> PgEventStore::serverInfo()
{
    PgQuery asked = m_connection->query("SELECT session_user, current_setting('server_version')");
    if (!asked.next())
        return std::nullopt;
    ServerInfo info;
    info.role = asked.text(0);
    info.version = asked.text(1);
    info.database = m_connection->databaseName();
    info.host = QString::fromUtf8(PQhost(m_connection->handle()));
    info.port = QString::fromUtf8(PQport(m_connection->handle()));
    return info;
}

bool PgEventStore::write(const std::function<bool(WriteSession&)>& work)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           Storage::tr("The co-op on %1 is open to read only (this role may only "
                                       "read, or it was asked): nothing can be recorded")
                               .arg(location().toString()));
    PgTransaction transaction(*m_connection);
    PgWriteSession session(*m_connection);
    if (!work(session))
        return false;
    session.finish();
    transaction.commit();
    // Our own commit is no news; one another desk made before it still is.
    if (m_seenHead == session.headBefore())
        m_seenHead = session.head();
    return true;
}

qint64 PgEventStore::headPosition()
{
    return readHead(*m_connection);
}

QList<RecordedEvent> PgEventStore::readAfter(qint64 position, int limit)
{
    static const std::string sql = std::string("SELECT ") + eventColumns +
                                   " FROM events WHERE position > $1 ORDER BY position LIMIT $2";
    return readEvents(
        m_connection->query(sql.c_str()).bind(1, position).bind(2, qint64{limit}).result());
}

QList<RecordedEvent> PgEventStore::readStream(const QString& streamId)
{
    static const std::string sql = std::string("SELECT ") + eventColumns +
                                   " FROM events WHERE stream_id = $1 ORDER BY stream_version";
    return readEvents(m_connection->query(sql.c_str()).bind(1, streamId).result());
}

bool PgEventStore::hasNewCommits()
{
    const qint64 head = readHead(*m_connection);
    const bool changed = head != m_seenHead;
    m_seenHead = head;
    return changed;
}

AuditReport PgEventStore::checkIntegrity(const AuditProgress& progress)
{
    // One snapshot for the whole walk: desks appending meanwhile do not move
    // the head the walk ends at.
    PgTransaction snapshot(*m_connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    AuditReport report = walkHashChain(*this, progress);
    if (!report.ok)
        return report; // a broken chain, or cancelled
    PgQuery head = m_connection->query("SELECT position, hash FROM head");
    const bool headMatches =
        head.next() && head.integer(0) == report.eventsChecked &&
        (report.eventsChecked == 0 ||
         head.bytes(1) == readAfter(report.eventsChecked - 1, 1).value(0).hash);
    if (!headMatches) {
        // The last events were deleted with the triggers out of the way.
        report.ok = false;
        report.firstBadPosition = report.eventsChecked + 1;
        report.problem = AuditTrail::tr("Position %1 is missing: the event there was deleted or "
                                        "renumbered")
                             .arg(report.eventsChecked + 1);
    }
    if (!pgschema::appendOnlyGuardsInPlace(*m_connection)) {
        const QString missing =
            AuditTrail::tr("The append-only protection of the events table is missing or altered");
        report.ok = false;
        report.problem = report.problem.isEmpty() ? missing : report.problem + u' ' + missing;
    }
    snapshot.commit();
    return report;
}

AuditReport PgEventStore::backupTo(const QString& filePath, const AuditProgress& progress)
{
    Q_UNUSED(filePath);
    Q_UNUSED(progress);
    throw StorageError(StorageError::Kind::Other,
                       Storage::tr("A copy to a file is not yet available for a server co-op "
                                   "(%1); its administrator can back up the database with "
                                   "pg_dump")
                           .arg(location().toString()));
}

void PgEventStore::recordSkip(const SkipRecord& skip)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Projector",
                                                       "%1 is read-only: the skip cannot be "
                                                       "recorded")
                               .arg(location().toString()));
    m_connection
        ->query("INSERT INTO projection_skips (projection_name, position, event_id, event_type, "
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

QList<SkipRecord> PgEventStore::skipsAfter(qint64 afterId)
{
    PgQuery query = m_connection->query(
        "SELECT skip_id, projection_name, position, event_id, event_type, error, skipped_by, "
        "skipped_at FROM projection_skips WHERE skip_id > $1 ORDER BY skip_id");
    query.bind(1, afterId);
    QList<SkipRecord> skips;
    while (query.next())
        skips.append({query.integer(0), query.text(1), query.integer(2), query.text(3),
                      query.text(4), query.text(5), query.text(6), query.text(7)});
    return skips;
}

} // namespace coopdesk
