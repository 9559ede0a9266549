#pragma once

#include "coop_file.h"
#include "event_store.h"

#include <memory>

namespace coopdesk {

// The event store in one SQLite co-op file. One instance per thread: it owns
// a connection opened in the thread that created it.
class SqliteEventStore final : public EventStore
{
public:
    // Opens an existing co-op file (see coopfile::open). Throws StorageError.
    SqliteEventStore(const QString& path, const StoreOptions& options = {});
    ~SqliteEventStore() override;

    bool write(const std::function<bool(WriteSession&)>& work) override;
    qint64 headPosition() override;
    QList<RecordedEvent> readAfter(qint64 position, int limit) override;
    QList<RecordedEvent> readStream(const QString& streamId) override;

    QString path() const;
    QString fileId();
    bool isReadOnly() const;
    SqliteConnection& connection() { return *m_connection; }

private:
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace coopdesk
