#include "coop_file.h"

#include "command_side_tables.h"
#include "header_reader.h"
#include "platform/platform_files.h"
#include "skip_log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

#include <memory>

namespace coopdesk::coopfile {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time (a free tr() helper would be filed under the namespace by lupdate).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const char* const schemaSql = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE events (
    position INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL,
    stream_type TEXT NOT NULL,
    stream_version INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (stream_id, stream_version)
);

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE is not allowed'); END;

CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE is not allowed'); END;

-- INSERT OR REPLACE deletes the row it collides with without firing the
-- DELETE trigger (recursive_triggers is off): refuse any insert that collides.
CREATE TRIGGER events_are_append_only_replace BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE position = NEW.position OR event_id = NEW.event_id
             OR (stream_id = NEW.stream_id AND stream_version = NEW.stream_version))
BEGIN SELECT RAISE(ABORT, 'events are append-only: REPLACE is not allowed'); END;

-- The first result of every accepted command_id (idempotency).
CREATE TABLE accepted_commands (
    command_id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    result TEXT NOT NULL
) WITHOUT ROWID;
)sql";

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

void writeMeta(SqliteConnection& connection, const char* key, const QString& value)
{
    connection.query("INSERT INTO meta (key, value) VALUES (?, ?)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .run();
}

void applyPragmas(SqliteConnection& connection, const StoreOptions& options)
{
    connection.setBusyTimeout(options.busyTimeoutMs);
    // 64 MiB of page cache (SQLite's default is 2 MiB): a large import's
    // transaction stays in memory instead of spilling pages to disk.
    connection.execute("PRAGMA cache_size = -65536");
    if (!connection.isReadOnly())
        connection.execute(options.durable ? "PRAGMA synchronous = FULL"
                                           : "PRAGMA synchronous = NORMAL");
}

// Checks the file is a co-op file of a schema we know, reading only, and
// returns its schema version.
int checkIdentity(const QString& path, SqliteConnection::Mode readMode, int busyTimeoutMs)
{
    SqliteConnection probe(path, readMode);
    // Another process may hold the WAL index while it opens or checkpoints:
    // wait for it as a write would, rather than refuse the file as locked.
    probe.setBusyTimeout(busyTimeoutMs);
    const qint64 id = probe.scalar("PRAGMA application_id");
    if (id != applicationId)
        throw StorageError(StorageError::Kind::NotCoopFile,
                           Storage::tr("%1 is not a CoopDesk co-op file").arg(path));
    const qint64 hasMeta =
        probe.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta)
        throw StorageError(StorageError::Kind::NotCoopFile,
                           Storage::tr("%1 is not a CoopDesk co-op file").arg(path));
    Query query = probe.query("SELECT value FROM meta WHERE key = 'schema_version'");
    const int version = query.next() ? query.text(0).toInt() : 0;
    if (version > schemaVersion)
        throw StorageError(
            StorageError::Kind::NewerSchema,
            Storage::tr("%1 was written by a newer version of CoopDesk (file schema %2, "
                        "this version reads up to %3); update CoopDesk to open it")
                .arg(path)
                .arg(version)
                .arg(schemaVersion));
    if (version < 1)
        throw StorageError(StorageError::Kind::NotCoopFile,
                           Storage::tr("%1 is not a CoopDesk co-op file").arg(path));
    return version;
}

// SPEC 3: a file of an older schema is upgraded on open, its events never
// rewritten. Schema 2 adds the record of skipped events; schema 3 keeps the
// amounts of live charges and payments and the payment ids beside each
// family's state (corrections), so those derived tables are rebuilt.
void upgrade(SqliteConnection& connection)
{
    Transaction transaction(connection, Transaction::Kind::Immediate);
    int version = 0;
    {
        Query query = connection.query("SELECT value FROM meta WHERE key = 'schema_version'");
        version = query.next() ? query.text(0).toInt() : 0;
    }
    if (version >= schemaVersion)
        return; // another program upgraded it meanwhile
    if (version < 2)
        skiplog::createTable(connection);
    if (version < 3)
        commandside::rebuild(connection);
    connection.query("UPDATE meta SET value = ? WHERE key = 'schema_version'")
        .bind(1, QString::number(schemaVersion))
        .run();
    transaction.commit();
}

} // namespace

bool isWritable(const QString& path)
{
    // Writing takes a -wal file beside it: a folder on read-only media
    // makes the file read-only too.
    return platform::isWritableFile(path) &&
           platform::canCreateFilesIn(QFileInfo(path).absolutePath());
}

void checkRegularFile(const QString& path)
{
    QString kind;
    switch (platform::fileKind(path)) {
    case platform::FileKind::Missing:
    case platform::FileKind::Regular:
        return;
    case platform::FileKind::Directory:
        kind = Storage::tr("a folder");
        break;
    case platform::FileKind::Fifo:
        kind = Storage::tr("a named pipe (FIFO)");
        break;
    case platform::FileKind::Device:
        kind = Storage::tr("a device");
        break;
    case platform::FileKind::Socket:
    case platform::FileKind::Other:
        kind = Storage::tr("a special file");
        break;
    }
    throw StorageError(StorageError::Kind::Io,
                       Storage::tr("%1 is %2, not a regular file: CoopDesk opens only regular "
                                   "files; give the path of one")
                           .arg(path, kind));
}

namespace {

bool walHasChanges(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

bool noRoomForShm(const StorageError& error)
{
    switch (error.sqliteCode()) {
    case SQLITE_FULL:
    case SQLITE_IOERR_SHMOPEN:
    case SQLITE_IOERR_SHMSIZE:
    case SQLITE_IOERR_SHMMAP:
        return true;
    default:
        return false;
    }
}

// How to open the file without writing: ReadOnly, or Immutable on read-only
// media. Throws StorageError when it cannot be read there.
SqliteConnection::Mode readMode(const QString& path)
{
    // Reading a file in WAL mode takes its -shm file, which SQLite creates
    // beside it; on read-only media it cannot, so the file is read as
    // immutable, and that ignores the -wal. A -wal with changes in it and no
    // -shm to read it with is refused rather than read without them.
    if (platform::canCreateFilesIn(QFileInfo(path).absolutePath()))
        return SqliteConnection::Mode::ReadOnly;
    if (!walHasChanges(path))
        return SqliteConnection::Mode::Immutable;
    if (QFileInfo::exists(path + QStringLiteral("-shm")))
        return SqliteConnection::Mode::ReadOnly;
    throw StorageError(StorageError::Kind::ReadOnly,
                       Storage::tr("%1 is on read-only media and its latest changes are still in "
                                   "%1-wal, which cannot be read there; copy %1 and %1-wal to a "
                                   "writable folder and open the copy")
                           .arg(path));
}

} // namespace

void checkSqliteHeader(const QString& path, const QString& notOursMessage)
{
    if (!QFile::exists(path))
        throw StorageError(StorageError::Kind::Io, Storage::tr("%1 does not exist").arg(path));
    checkRegularFile(path); // before opening it: reading a named pipe blocks
    const Header read = readHeader(path);
    if (!read.opened)
        throw StorageError(StorageError::Kind::Io,
                           Storage::tr("%1 cannot be read: %2").arg(path, read.openError));
    const QByteArray& header = read.bytes;
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        throw StorageError(StorageError::Kind::NotCoopFile, notOursMessage);
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    // A crash inside a checkpoint leaves page 1 (with the new size) written
    // and the pages that grow the file still only in the write-ahead log,
    // which SQLite recovers from: with a log beside it the file may be short.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool logMayHoldPages = wal.exists() && wal.size() > 32; // 32: the log's own header
    if (countValid && pageCount > 0 && !logMayHoldPages &&
        read.fileSize < qint64(pageCount) * pageSize)
        throw StorageError(StorageError::Kind::Corrupt,
                           Storage::tr("%1 is damaged: it is shorter than its header says "
                                       "(%2 bytes, expected %3); restore it from a backup")
                               .arg(path)
                               .arg(read.fileSize)
                               .arg(qint64(pageCount) * pageSize));
}

namespace {

void createOwnerOnly(const QString& path, bool existingIsFine)
{
    const platform::CreatedFile created = platform::createOwnerOnlyFile(path);
    if (created.outcome == platform::CreateOutcome::Created)
        return;
    const bool exists = created.outcome == platform::CreateOutcome::AlreadyExists;
    if (exists && existingIsFine)
        return;
    throw StorageError(StorageError::Kind::Io,
                       exists ? Storage::tr("%1 already exists").arg(path)
                              : Storage::tr("%1 cannot be created: %2").arg(path, created.error));
}

} // namespace

void createPrivateFile(const QString& path)
{
    createOwnerOnly(path, false);
}

void ensurePrivateFile(const QString& path)
{
    createOwnerOnly(path, true);
}

void create(const QString& path)
{
    createPrivateFile(path);
    try {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        connection.execute("PRAGMA journal_mode = WAL");
        connection.execute("PRAGMA synchronous = FULL");
        Transaction transaction(connection, Transaction::Kind::Immediate);
        connection.execute(("PRAGMA application_id = " + std::to_string(applicationId)).c_str());
        connection.execute(schemaSql);
        commandside::createTables(connection);
        skiplog::createTable(connection);
        writeMeta(connection, "schema_version", QString::number(schemaVersion));
        writeMeta(connection, "file_id", QUuid::createUuid().toString(QUuid::WithoutBraces));
        writeMeta(connection, "created_at",
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        transaction.commit();
    } catch (const StorageError&) {
        QFile::remove(path);
        throw;
    }
}

std::unique_ptr<SqliteConnection> open(const QString& path, const StoreOptions& options)
{
    checkSqliteHeader(path, Storage::tr("%1 is not a CoopDesk co-op file").arg(path));
    SqliteConnection::Mode reading = readMode(path);
    int version = 0;
    try {
        version = checkIdentity(path, reading, options.busyTimeoutMs);
    } catch (const StorageError& error) {
        if (reading != SqliteConnection::Mode::ReadOnly || !noRoomForShm(error) ||
            walHasChanges(path))
            throw;
        // A full disk: no room for the -shm file SQLite makes to read a
        // file in WAL mode. With no changes waiting in a -wal, reading it as
        // immutable reads all it holds; it cannot be written anyway.
        reading = SqliteConnection::Mode::Immutable;
        version = checkIdentity(path, reading, options.busyTimeoutMs);
    }
    const bool mayWrite = reading != SqliteConnection::Mode::Immutable && isWritable(path);
    auto connection = std::make_unique<SqliteConnection>(
        path, mayWrite ? SqliteConnection::Mode::ReadWrite : reading);
    // Asked to read only, a file this process may write still gets a
    // read-write connection, one that refuses changes: SQLite checkpoints the
    // write-ahead log into the file and removes it when the last connection
    // of a process closes, but only when that connection may write. So
    // whichever closes last, the file is whole (SPEC 7).
    if (mayWrite && options.readOnly)
        connection->execute("PRAGMA query_only = ON");
    applyPragmas(*connection, options);
    if (version < schemaVersion && mayWrite && !options.readOnly)
        upgrade(*connection);
    return connection;
}

QString fileId(SqliteConnection& connection)
{
    Query query = connection.query("SELECT value FROM meta WHERE key = 'file_id'");
    return query.next() ? query.text(0) : QString();
}

void insertEvent(SqliteConnection& connection, const RecordedEvent& event)
{
    connection
        .query("INSERT INTO events (position, event_id, stream_id, stream_type, "
               "stream_version, event_type, schema_version, data, metadata, recorded_at, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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

} // namespace coopdesk::coopfile
