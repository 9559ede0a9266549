#pragma once

#include "coop_file.h"
#include "event_store.h"

#include <memory>

namespace coopdesk {

// The event store in one SQLite co-op file. One instance per thread: it owns
// a connection opened in the thread that created it. Open it through
// openEventStore(); only core/store knows this class.
class SqliteEventStore final : public EventStore
{
public:
    // Opens an existing co-op file (see coopfile::open). Throws StorageError.
    SqliteEventStore(const QString& path, const StoreOptions& options = {});
    ~SqliteEventStore() override;

    StoreLocation location() const override;
    QString storeId() override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;

    bool write(const std::function<bool(WriteSession&)>& work) override;
    qint64 headPosition() override;
    QList<RecordedEvent> readAfter(qint64 position, int limit) override;
    QList<RecordedEvent> readStream(const QString& streamId) override;
    QList<RecordedEvent> readStreamForFold(const QString& streamId) override;

    // SQLite's data_version: it moves when another connection commits.
    bool hasNewCommits() override;
    // quick_check of every page, the hash chain, the append-only triggers.
    AuditReport checkIntegrity(const AuditProgress& progress = {}) override;

    // SQLite's online backup of the file, then the copy's checkIntegrity().
    AuditReport backupTo(const QString& filePath, const AuditProgress& progress = {}) override;

    // A read transaction: its snapshot is taken by the first read inside.
    void readInOneSnapshot(const std::function<void()>& work) override;
    QList<AcceptedCommandRow> acceptedCommandsAfter(const QString& afterCommandId,
                                                    int limit) override;
    bool writeVerbatim(const std::function<bool(VerbatimSession&)>& work) override;

    void recordSkip(const SkipRecord& skip) override;
    QList<SkipRecord> skipsAfter(qint64 afterId) override;

private:
    std::unique_ptr<SqliteConnection> m_connection;
    bool m_readOnly = false; // asked, or the file cannot be written
    qint64 m_dataVersion = 0;
};

} // namespace coopdesk
