#pragma once

#include "pg_connection.h"
#include "store/event_store.h"
#include "store/store_options.h"

#include <memory>

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
    // Asked, or the role may not insert events.
    bool isReadOnly() const override;
    // session_user and SHOW server_version, asked of the server.
    std::optional<ServerInfo> serverInfo() override;

    // One transaction holding the head row (SELECT … FOR UPDATE): appends
    // from every desk serialize there, positions stay gapless, and each
    // commit NOTIFYs coopdesk_events with the new head position.
    bool write(const std::function<bool(WriteSession&)>& work) override;
    qint64 headPosition() override;
    QList<RecordedEvent> readAfter(qint64 position, int limit) override;
    QList<RecordedEvent> readStream(const QString& streamId) override;

    // The head polled: it moved since the last call (another desk committed).
    bool hasNewCommits() override;
    // The hash chain from position 1 in one snapshot, the head row matching
    // its last event, and the append-only triggers.
    AuditReport checkIntegrity(const AuditProgress& progress = {}) override;

    // Not yet for a server co-op: throws StorageError (SPEC 12.4's `copy`
    // will write the file).
    AuditReport backupTo(const QString& filePath, const AuditProgress& progress = {}) override;

    void recordSkip(const SkipRecord& skip) override;
    QList<SkipRecord> skipsAfter(qint64 afterId) override;

private:
    std::unique_ptr<PgConnection> m_connection;
    bool m_readOnly = false;
    QString m_storeId;
    qint64 m_seenHead = 0;
};

} // namespace coopdesk
