#include "pg_event_store.h"

#include "pg_error.h"
#include "pg_roles.h"
#include "pg_rows.h"
#include "pg_schema.h"
#include "pg_verbatim_session.h"
#include "store/audit_check.h"
#include "store/command_side_sql.h"
#include "store/event_record.h"
#include "store/store_copy.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

#include <libpq-fe.h>

namespace coopdesk {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// SPEC 12.3: a listening desk still reads the head this often, so a lost
// notification costs at most this long.
constexpr std::chrono::seconds safetyPollInterval{2};
// A lost server is tried again after this long, doubling up to the last.
constexpr std::chrono::milliseconds firstConnectBackOff{250};
constexpr std::chrono::milliseconds lastConnectBackOff{8000};

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
    // transaction ends, so positions follow the commits. The lock is queued,
    // answered with the session's first read.
    PgWriteSession(PgConnection& connection, const QString& sessionUser)
        : m_connection(connection)
        , m_sessionUser(sessionUser)
        , m_lockedHead(pgrows::queueHeadLock(connection))
    {}

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
        pgrows::insertAcceptedCommand(m_connection, commandId, accepted);
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
        // Who is the role that logged in (SPEC 12.2), written before the
        // hash covers it; the server refuses any other user_id.
        readLockedHead();
        FamilyChange recorded = change;
        recorded.metadata.userId = m_sessionUser;
        const RecordedEvent event = recordChange(recorded, m_head + 1, m_headHash);
        pgrows::insertEvent(m_connection, event);
        m_head = event.position;
        m_headHash = event.hash;
        commandside::sql::save(m_connection, change.after, change.newlyTaken, change.released);
        return event;
    }

    void finish()
    {
        readLockedHead();
        if (m_head != m_headBefore)
            pgrows::moveHead(m_connection, m_head, m_headHash);
    }

private:
    void readLockedHead()
    {
        if (!m_lockedHead)
            return;
        m_connection.sync(); // when no read has brought the lock's answer yet
        std::tie(m_head, m_headHash) = pgrows::lockedHead(m_connection, *m_lockedHead);
        m_headBefore = m_head;
        m_lockedHead.reset();
    }

    PgConnection& m_connection;
    QString m_sessionUser;
    std::shared_ptr<PgResult> m_lockedHead; // until its answer is read
    qint64 m_headBefore = 0;
    qint64 m_head = 0;
    QByteArray m_headHash;
};

// Marks a transaction open on the store's connection while it lives.
struct TransactionScope
{
    explicit TransactionScope(bool& open)
        : m_open(open)
    {
        m_open = true;
    }
    ~TransactionScope() { m_open = false; }
    TransactionScope(const TransactionScope&) = delete;
    TransactionScope& operator=(const TransactionScope&) = delete;

    bool& m_open;
};

qint64 readHead(PgConnection& connection)
{
    PgQuery head = connection.query("SELECT position FROM head");
    return head.next() ? head.integer(0) : 0;
}

} // namespace

PgEventStore::PgEventStore(const StoreLocation& location, const StoreOptions& options)
    : m_connection(std::make_unique<PgConnection>(location))
    , m_options(options)
{
    pgschema::check(*m_connection);
    pgschema::configureSession(*m_connection, options.busyTimeoutMs, options.durable,
                               options.readOnly);
    PgQuery who = m_connection->query("SELECT session_user, has_table_privilege($1, 'INSERT')");
    who.bind(1, QStringLiteral("coopdesk.events"));
    if (who.next()) {
        m_sessionUser = who.text(0);
        if (!who.boolean(1))
            m_readOnlyReason =
                Storage::tr("The co-op on %1 is open to read only: this role may only read (%2 "
                            "may not record events; the co-op's administrator can grant it %3): "
                            "nothing can be recorded")
                    .arg(location.toString(), m_sessionUser,
                         pgroles::writerRole(m_connection->databaseName()));
    }
    if (m_readOnlyReason.isEmpty() && options.readOnly)
        m_readOnlyReason = Storage::tr("The co-op on %1 was opened to read only: nothing can be "
                                       "recorded")
                               .arg(location.toString());
    m_readOnly = !m_readOnlyReason.isEmpty();
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

QString PgEventStore::readOnlyReason() const
{
    return m_readOnlyReason;
}

std::optional<ServerInfo> PgEventStore::serverInfo()
{
    PgConnection& server = connection();
    PgQuery asked = server.query("SELECT session_user, current_setting('server_version')");
    if (!asked.next())
        return std::nullopt;
    ServerInfo info;
    info.role = asked.text(0);
    info.version = asked.text(1);
    info.database = server.databaseName();
    info.host = QString::fromUtf8(PQhost(server.handle()));
    info.port = QString::fromUtf8(PQport(server.handle()));
    return info;
}

bool PgEventStore::write(const std::function<bool(WriteSession&)>& work)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly, m_readOnlyReason);
    PgConnection& server = connection();
    const TransactionScope scope(m_inTransaction);
    // The writes wait for no answer: BEGIN and the head lock go with the
    // first read the bus decides on (command id or family state), the
    // inserts, the state and the head move together just before the COMMIT.
    const PgPipeline pipeline(server);
    PgTransaction transaction(server);
    PgWriteSession session(server, m_sessionUser);
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
    return readHead(connection());
}

QList<RecordedEvent> PgEventStore::readAfter(qint64 position, int limit)
{
    static const std::string sql = std::string("SELECT ") + eventColumns +
                                   " FROM events WHERE position > $1 ORDER BY position LIMIT $2";
    return readEvents(
        connection().query(sql.c_str()).bind(1, position).bind(2, qint64{limit}).result());
}

QList<RecordedEvent> PgEventStore::readStream(const QString& streamId)
{
    static const std::string sql = std::string("SELECT ") + eventColumns +
                                   " FROM events WHERE stream_id = $1 ORDER BY stream_version";
    return readEvents(connection().query(sql.c_str()).bind(1, streamId).result());
}

QList<RecordedEvent> PgEventStore::readStreamForFold(const QString& streamId)
{
    static const char* const sql =
        "SELECT position, event_id, stream_id, stream_type, stream_version, event_type, "
        "schema_version, data, NULL, recorded_at, NULL FROM events WHERE stream_id = $1 "
        "ORDER BY stream_version";
    return readEvents(connection().query(sql).bind(1, streamId).result());
}

bool PgEventStore::hasNewCommits()
{
    PgConnection& server = connection();
    const bool notified = m_listening && server.takeNotifications();
    const auto now = std::chrono::steady_clock::now();
    // Listening, the head is read when a notification came, and every 2 s
    // in case one was lost; polling, every time.
    if (m_listening && !notified && now < m_nextSafetyPoll)
        return false;
    m_nextSafetyPoll = now + safetyPollInterval;
    const qint64 head = readHead(server);
    const bool changed = head != m_seenHead;
    m_seenHead = head;
    return changed;
}

int PgEventStore::commitSignalDescriptor()
{
    if (m_connection->isLost())
        return -1;
    if (!m_listening) {
        m_connection->listen(pgschema::eventsChannel);
        m_listening = true;
    }
    return m_connection->socket();
}

PgConnection& PgEventStore::connection()
{
    if (!m_connection->isLost())
        return *m_connection;
    // Inside a transaction the connection is not replaced under it: the
    // transaction fails as lost, and the next one reconnects.
    if (m_inTransaction)
        throw pgerror::fromResult(location(), nullptr, m_connection->handle());
    const auto now = std::chrono::steady_clock::now();
    if (m_lastConnectFailure && now < m_nextConnectAttempt)
        throw *m_lastConnectFailure;
    reconnect();
    return *m_connection;
}

void PgEventStore::reconnect()
{
    std::unique_ptr<PgEventStore> fresh;
    try {
        fresh = std::make_unique<PgEventStore>(location(), m_options);
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::Io &&
            error.kind() != StorageError::Kind::Unreachable)
            throw; // reached, but it is no longer this co-op's server
        m_connectBackOff =
            std::clamp(m_connectBackOff * 2, firstConnectBackOff, lastConnectBackOff);
        m_nextConnectAttempt = std::chrono::steady_clock::now() + m_connectBackOff;
        m_lastConnectFailure =
            StorageError(StorageError::Kind::Unreachable,
                         error.message() + u' ' + Storage::tr("CoopDesk keeps trying."));
        throw *m_lastConnectFailure;
    }
    if (fresh->storeId() != m_storeId)
        throw StorageError(StorageError::Kind::NotCoopFile,
                           Storage::tr("The server %1 now holds another co-op than the one "
                                       "opened; open it again")
                               .arg(location().toString()));
    m_connection = std::move(fresh->m_connection);
    m_readOnly = fresh->m_readOnly;
    m_readOnlyReason = fresh->m_readOnlyReason;
    m_sessionUser = fresh->m_sessionUser;
    m_lastConnectFailure.reset();
    m_connectBackOff = {};
    // What was sent while away is not known: read the head at the next look.
    m_nextSafetyPoll = {};
    if (m_listening)
        m_connection->listen(pgschema::eventsChannel);
}

AuditReport PgEventStore::checkIntegrity(const AuditProgress& progress)
{
    // One snapshot for the whole walk: desks appending meanwhile do not move
    // the head the walk ends at.
    PgConnection& server = connection();
    const TransactionScope scope(m_inTransaction);
    PgTransaction snapshot(server, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    AuditReport report = walkHashChain(*this, progress);
    if (!report.ok)
        return report; // a broken chain, or cancelled
    PgQuery head = server.query("SELECT position, hash FROM head");
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
    const auto guardMissing = [&report](const QString& missing) {
        report.ok = false;
        report.problem = report.problem.isEmpty() ? missing : report.problem + u' ' + missing;
    };
    if (!pgschema::appendOnlyGuardsInPlace(server))
        guardMissing(
            AuditTrail::tr("The append-only protection of the events table is missing or altered"));
    if (!pgschema::userIdGuardInPlace(server))
        guardMissing(AuditTrail::tr("The check that each event records the role that appended it "
                                    "is missing or altered"));
    snapshot.commit();
    return report;
}

AuditReport PgEventStore::backupTo(const QString& filePath, const AuditProgress& progress)
{
    return copyToNewFile(*this, filePath, progress).check;
}

void PgEventStore::readInOneSnapshot(const std::function<void()>& work)
{
    PgConnection& server = connection();
    const TransactionScope scope(m_inTransaction);
    PgTransaction snapshot(server, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // A copy's source waits while each chunk is written to its target, which
    // may be a slow server: a snapshot that only reads blocks no desk, so
    // this one transaction is exempt from the idle limit.
    server.query("SELECT set_config('idle_in_transaction_session_timeout', '0', true)").run();
    work();
    snapshot.commit();
}

QList<AcceptedCommandRow> PgEventStore::acceptedCommandsAfter(const QString& afterCommandId,
                                                              int limit)
{
    PgQuery query = connection().query("SELECT command_id, fingerprint, result FROM "
                                       "accepted_commands WHERE command_id > $1 "
                                       "ORDER BY command_id LIMIT $2");
    query.bind(1, afterCommandId).bind(2, qint64{limit});
    QList<AcceptedCommandRow> rows;
    while (query.next())
        rows.append({query.text(0), {query.bytes(1), query.bytes(2)}});
    return rows;
}

bool PgEventStore::writeVerbatim(const std::function<bool(VerbatimSession&)>& work)
{
    const QString where = location().toString();
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           Storage::tr("The co-op on %1 is open to read only (this role may only "
                                       "read, or it was asked): nothing can be copied into it")
                               .arg(where));
    PgConnection& server = connection();
    if (!isSchemaOwner(server))
        throw StorageError(StorageError::Kind::ReadOnly,
                           Storage::tr("Only the owner of the co-op's schema on %1 may copy "
                                       "events into it, keeping who recorded them: run copy as "
                                       "the database's owner")
                               .arg(where));
    const TransactionScope scope(m_inTransaction);
    PgTransaction transaction(server);
    const qint64 head = pgrows::lockHead(server).first;
    PgQuery holds = server.query("SELECT EXISTS (SELECT 1 FROM events) OR "
                                 "EXISTS (SELECT 1 FROM accepted_commands)");
    if (head != 0 || !holds.next() || holds.boolean(0))
        throw StorageError(StorageError::Kind::Other,
                           Storage::tr("The co-op on %1 already holds events: a copy goes only "
                                       "into an empty co-op; it was left as it was")
                               .arg(where));
    PgVerbatimSession session(server);
    if (!work(session))
        return false;
    session.finish();
    transaction.commit();
    return true;
}

void PgEventStore::recordSkip(const SkipRecord& skip)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Projector",
                                                       "%1 is read-only: the skip cannot be "
                                                       "recorded")
                               .arg(location().toString()));
    pgrows::insertSkip(connection(), skip);
}

QList<SkipRecord> PgEventStore::skipsAfter(qint64 afterId)
{
    PgQuery query = connection().query(
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
