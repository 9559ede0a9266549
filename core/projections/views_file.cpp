#include "views_file.h"

#include "platform/platform_files.h"
#include "store/coop_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace coopdesk::viewsfile {

namespace {

const char* const schemaSql = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection_name TEXT PRIMARY KEY,
    projection_version INTEGER NOT NULL,
    last_position INTEGER NOT NULL,
    last_event_id TEXT,
    last_event_timestamp TEXT,
    events_processed INTEGER NOT NULL,
    status TEXT NOT NULL,
    last_error TEXT,
    error_position INTEGER,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS skipped_events (
    projection_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    error TEXT,
    skipped_by TEXT NOT NULL,
    skipped_at TEXT NOT NULL,
    PRIMARY KEY (projection_name, position)
) WITHOUT ROWID;
)sql";

QString metaValue(SqliteConnection& views, const char* key)
{
    Query query = views.query("SELECT value FROM meta WHERE key = ?");
    query.bind(1, QString::fromLatin1(key));
    return query.next() ? query.text(0) : QString();
}

// How long opening waits for another process's lock on the views file
// (a checkpoint on close, a write, a rebuild's chunk) before saying "locked".
constexpr int busyTimeoutMs = 10000;

// What is at a views file's path. A file that cannot be judged now (busy,
// locked, an I/O error) is neither: judge() throws, and it is left alone.
enum class Verdict { Ours, NotOurs, Missing };

bool positivelyForeign(const StorageError& error)
{
    return error.kind() == StorageError::Kind::NotCoopFile ||
           error.kind() == StorageError::Kind::Corrupt;
}

// Ours: of this schema, for this co-op file. NotOurs: not SQLite, damaged,
// another application's, without meta, of another schema or co-op file.
// Throws StorageError when it cannot tell now.
Verdict judge(const QString& path, const QString& coopFileId)
{
    if (!QFileInfo::exists(path))
        return Verdict::Missing;
    try {
        coopfile::checkSqliteHeader(path, QString());
        SqliteConnection probe(path, SqliteConnection::Mode::ReadOnly);
        // Another process's checkpoint on close, or a lock it holds, makes
        // this probe wait, never makes the file look foreign.
        probe.setBusyTimeout(busyTimeoutMs);
        if (probe.scalar("PRAGMA application_id") != applicationId)
            return Verdict::NotOurs;
        if (!probe.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
            return Verdict::NotOurs;
        const bool ours = metaValue(probe, "schema_version") == QString::number(schemaVersion) &&
                          metaValue(probe, "coop_file_id") == coopFileId;
        return ours ? Verdict::Ours : Verdict::NotOurs;
    } catch (const StorageError& error) {
        if (positivelyForeign(error))
            return Verdict::NotOurs;
        if (!QFileInfo::exists(path))
            return Verdict::Missing; // deleted while it was being read
        throw;
    }
}

void initialize(SqliteConnection& views, const QString& coopFileId)
{
    views.execute("PRAGMA journal_mode = WAL");
    Transaction transaction(views, Transaction::Kind::Immediate);
    views.execute(("PRAGMA application_id = " + std::to_string(applicationId)).c_str());
    views.execute(schemaSql);
    views.query("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)")
        .bind(1, QString::number(schemaVersion))
        .run();
    views.query("INSERT OR REPLACE INTO meta (key, value) VALUES ('coop_file_id', ?)")
        .bind(1, coopFileId)
        .run();
    transaction.commit();
}

// Serializes replacing the views file between processes (two that both
// found it foreign must not replace each other's new file). QLockFile: a
// lock left by a process that died is taken over.
class ReplacementLock
{
public:
    explicit ReplacementLock(const QString& path)
        : m_lock(path + QStringLiteral(".lock"))
    {
        if (m_lock.tryLock(busyTimeoutMs))
            return;
        if (m_lock.error() != QLockFile::LockFailedError)
            throw StorageError(StorageError::Kind::Io,
                               QCoreApplication::translate("Projector", "%1 cannot be replaced: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(EACCES))));
        throw StorageError(
            StorageError::Kind::Locked,
            QCoreApplication::translate("Projector", "%1: another program is replacing this views "
                                                     "file; try again in a moment")
                .arg(path));
    }

private:
    QLockFile m_lock;
};

// Makes a new, empty views file under a temporary name and renames it
// over `path`: other processes see the old file or the finished new one,
// never a half-made one they could take for foreign.
void putFreshFileInPlace(const QString& path, const QString& coopFileId)
{
    const QString fresh =
        path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128);
    coopfile::createPrivateFile(fresh);
    try {
        {
            SqliteConnection views(fresh, SqliteConnection::Mode::ReadWrite);
            views.setBusyTimeout(busyTimeoutMs);
            initialize(views, coopFileId);
        } // closed: its log checkpointed and deleted, WAL mode kept in its header
        // The old file's log must not be read as the new file's.
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(fresh).toStdString(),
                                QFile::encodeName(path).toStdString(), error);
        if (error)
            throw StorageError(StorageError::Kind::Io,
                               QCoreApplication::translate("Projector", "%1 cannot be replaced: %2")
                                   .arg(path, QString::fromLocal8Bit(error.message())));
    } catch (...) {
        remove(fresh);
        throw;
    }
}

// Replaces what is at `path` with a new views file, unless (judged again
// under the lock) another process already put one of ours there.
void replaceUnlessOurs(const QString& path, const QString& coopFileId)
{
    ReplacementLock lock(path);
    if (judge(path, coopFileId) != Verdict::Ours)
        putFreshFileInPlace(path, coopFileId);
}

} // namespace

QString pathFor(const StoreLocation& location, const QString& storeId)
{
    if (!location.isServer())
        return location.filePath() + QStringLiteral("-views"); // beside the co-op file
    // A server co-op's views are this desk's own (SPEC 12.1), in the user's
    // data folder, shared by the app and the command line. The id comes from
    // the server: only its UUID characters make a file name.
    QString name;
    for (const QChar c : storeId) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-')
            name += c;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/coopdesk/views");
    QDir().mkpath(folder);
    return folder + u'/' + name + QStringLiteral(".coop-views");
}

void remove(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool canBeWritten(const QString& path)
{
    if (platform::fileKind(path) == platform::FileKind::Missing)
        return platform::canCreateFilesIn(QFileInfo(path).absolutePath());
    return coopfile::isWritable(path);
}

std::unique_ptr<SqliteConnection> openForWriting(const QString& path, const QString& coopFileId,
                                                 bool* recreated)
{
    // judge() refuses a named pipe, a folder or a device before opening it.
    const bool ours = judge(path, coopFileId) == Verdict::Ours;
    if (!ours)
        replaceUnlessOurs(path, coopFileId);
    if (recreated)
        *recreated = !ours;
    auto views = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite);
    views->setBusyTimeout(busyTimeoutMs);
    // Disposable: a power cut costs at most a rebuild, never an event.
    views->execute("PRAGMA synchronous = NORMAL");
    // Room for a rebuild's working set; SQLite's default is 2 MiB.
    views->execute("PRAGMA cache_size = -131072");
    // The savepoint each projection's part of a batch runs in keeps the
    // pages it changes in a statement journal, and building an index sorts:
    // in memory, not in temporary files.
    views->execute("PRAGMA temp_store = MEMORY");
    return views;
}

void replaceDamaged(const QString& path, const QString& coopFileId, SqliteConnection& damaged)
{
    ReplacementLock lock(path);
    // Moved: another process found the damage first and replaced the file.
    if (!hasMoved(damaged))
        putFreshFileInPlace(path, coopFileId);
}

bool hasMoved(SqliteConnection& connection)
{
    int moved = 0;
    if (sqlite3_file_control(connection.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) !=
        SQLITE_OK)
        return false;
    return moved != 0;
}

void close(std::unique_ptr<SqliteConnection>& connection)
{
    if (connection && hasMoved(*connection)) {
        // The -wal and -shm names now belong to the file in its place:
        // closing must not check them out and delete them by name.
        int persist = 1;
        sqlite3_file_control(connection->handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    }
    connection.reset();
}

std::unique_ptr<SqliteConnection> openForReading(const QString& path)
{
    coopfile::checkRegularFile(path);
    auto views = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadOnly);
    views->setBusyTimeout(5000);
    return views;
}

} // namespace coopdesk::viewsfile
