#pragma once

#include "pg_connection.h"
#include "store/event_store.h"
#include "store/store_options.h"

#include <chrono>
#include <memory>
#include <optional>

namespace coopdesk {

// The event store of a shared co-op on a PostgreSQL server (SPEC 12), in the
// schema `coopdesk` (pg_schema.h). One instance per thread: it owns a
// connection opened in the thread that created it. Open it through
// openEventStore(); only core/store knows this class.
class PgEventStore final : public EventStore
{
public:
    // Connects and checks the schema is a co-op's we can read. Throws
    // StorageError.
    PgEventStore(const StoreLocation& location, const StoreOptions& options = {});
    ~PgEventStore() override;

    // Creates the schema in the database `location` names (init).
    static void create(const StoreLocation& location);

    StoreLocation location() const override;
    QString storeId() override;
    // Asked, or the role may not insert events (a DB_reader desk).
    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    // The role this desk logged in as (session_user): every event it
    // appends records it as its user_id, whatever the command bus was told.
    QString sessionUser() const { return m_sessionUser; }
    // session_user and SHOW server_version, asked of the server.
    std::optional<ServerInfo> serverInfo() override;

    // One transaction holding the head row (SELECT … FOR UPDATE): appends
    // from every desk serialize there, positions stay gapless, and each
    // commit NOTIFYs coopdesk_events with the new head position. Its writes
    // are pipelined (PgPipeline): a failure among them surfaces at the next
    // read or before the COMMIT, and rolls the whole transaction back.
    bool write(const std::function<bool(WriteSession&)>& work) override;
    qint64 headPosition() override;
    QList<RecordedEvent> readAfter(qint64 position, int limit) override;
    QList<RecordedEvent> readStream(const QString& streamId) override;
    QList<RecordedEvent> readStreamForFold(const QString& streamId) override;

    // The head moved since the last call (another desk committed). Once
    // listening (commitSignalDescriptor()), the head is read only when a
    // notification came or 2 s passed, so a lost notification is caught too.
    bool hasNewCommits() override;
    // LISTENs on the first call; the connection's socket, or -1 while lost.
    int commitSignalDescriptor() override;
    // The hash chain from position 1 in one snapshot, the head row matching
    // its last event, and the append-only triggers.
    AuditReport checkIntegrity(const AuditProgress& progress = {}) override;

    // SPEC 12.4: the events and accepted commands of one snapshot copied
    // verbatim into a new co-op file (store_copy.h), then its check.
    AuditReport backupTo(const QString& filePath, const AuditProgress& progress = {}) override;

    // One REPEATABLE READ READ ONLY transaction.
    void readInOneSnapshot(const std::function<void()>& work) override;
    QList<AcceptedCommandRow> acceptedCommandsAfter(const QString& afterCommandId,
                                                    int limit) override;
    // As the schema's owner only; the head row moves to the last event
    // inserted, and the append-only triggers stay in place.
    bool writeVerbatim(const std::function<bool(VerbatimSession&)>& work) override;

    // A reader's desk cannot record a skip (nor can a co-op file on
    // read-only media): a writer's desk decides, and every desk's projector
    // copies the recorded skip.
    void recordSkip(const SkipRecord& skip) override;
    QList<SkipRecord> skipsAfter(qint64 afterId) override;

private:
    // The connection, replaced first when it was lost (the server restarted,
    // the network dropped), no sooner than the back-off since the last
    // failed attempt allows. Throws StorageError (Unreachable) meanwhile.
    PgConnection& connection();
    void reconnect();

    std::unique_ptr<PgConnection> m_connection;
    StoreOptions m_options;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_sessionUser;
    QString m_storeId;
    qint64 m_seenHead = 0;
    bool m_listening = false;
    bool m_inTransaction = false;
    std::chrono::steady_clock::time_point m_nextSafetyPoll;
    std::optional<StorageError> m_lastConnectFailure;
    std::chrono::steady_clock::time_point m_nextConnectAttempt;
    std::chrono::milliseconds m_connectBackOff{0};
};

} // namespace coopdesk
