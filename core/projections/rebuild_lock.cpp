#include "rebuild_lock.h"

#include "store/coop_file.h"
#include "store/sqlite_connection.h"

#include <QCoreApplication>
#include <QFile>

namespace coopdesk {

namespace {

// Another Projector may be probing the lock at this instant (for a moment):
// wait that long, not for a whole rebuild.
constexpr int acquireWaitMs = 2000;

// The lock is a RESERVED lock on the side file, taken by BEGIN IMMEDIATE
// and held until the connection closes. Nothing is ever written to it.
bool tryLock(SqliteConnection& connection)
{
    try {
        connection.execute("BEGIN IMMEDIATE");
        return true;
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::Locked)
            return false;
        throw;
    }
}

} // namespace

RebuildLock::RebuildLock(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{}

// Closing the connection ends its transaction and drops the lock.
RebuildLock::~RebuildLock() = default;

QString RebuildLock::pathFor(const QString& viewsPath)
{
    return viewsPath + QStringLiteral("-rebuild-lock");
}

std::unique_ptr<RebuildLock> RebuildLock::acquire(const QString& viewsPath)
{
    const QString path = pathFor(viewsPath);
    coopfile::ensurePrivateFile(path); // made once, by whichever process is first
    auto connection = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite);
    connection->setBusyTimeout(acquireWaitMs);
    if (!tryLock(*connection))
        throw StorageError(StorageError::Kind::Locked,
                           QCoreApplication::translate(
                               "Projector", "Another rebuild of this co-op's read models is "
                                            "running; try again when it has finished"));
    return std::unique_ptr<RebuildLock>(new RebuildLock(std::move(connection)));
}

bool RebuildLock::isHeld(const QString& viewsPath)
{
    const QString path = pathFor(viewsPath);
    if (!QFile::exists(path))
        return false; // never rebuilt here: nobody can hold it
    try {
        SqliteConnection probe(path, SqliteConnection::Mode::ReadWrite);
        probe.setBusyTimeout(0);
        if (!tryLock(probe))
            return true;
        probe.execute("ROLLBACK");
        return false;
    } catch (const StorageError&) {
        // Cannot tell (the side file is not ours to lock): never break a
        // rebuild that may be running; at worst a status says `rebuilding`.
        return true;
    }
}

} // namespace coopdesk
