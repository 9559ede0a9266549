#pragma once

#include <QString>

#include <memory>

namespace coopdesk {

class SqliteConnection;

// Tells a rebuild in progress from an abandoned one, across processes and
// within one. The rebuilding Projector holds a write lock on a small side
// file next to the views file (an SQLite file, so SQLite's own locking does
// the work on every platform) for as long as its rebuild lives. The
// operating system drops the lock when that process ends, however it ends:
// a `rebuilding` checkpoint whose lock nobody holds was left by a rebuild
// that is gone, and may be cleaned up.
class RebuildLock
{
public:
    ~RebuildLock();
    RebuildLock(const RebuildLock&) = delete;
    RebuildLock& operator=(const RebuildLock&) = delete;

    // Takes the lock of the views file at `viewsPath`. Throws StorageError
    // (Locked) when another rebuild holds it.
    static std::unique_ptr<RebuildLock> acquire(const QString& viewsPath);
    // True while some rebuild of that views file holds its lock.
    static bool isHeld(const QString& viewsPath);

private:
    // The side file, beside the views file.
    static QString pathFor(const QString& viewsPath);
    explicit RebuildLock(std::unique_ptr<SqliteConnection> connection);

    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace coopdesk
