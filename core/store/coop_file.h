#pragma once

#include "domain/event.h"
#include "sqlite_connection.h"
#include "store_options.h"

#include <QString>

#include <memory>

// Creating and opening co-op files (SPEC 3): the schema, the meta table with
// the schema version and the file id, and the checks that refuse a file that
// is not ours, newer than us, truncated or damaged, before anything is written.
namespace coopdesk {

namespace coopfile {

// 2: skipped events recorded in the file (projection_skips).
inline constexpr int schemaVersion = 3;
inline constexpr int applicationId = 0x436F6F50; // "CooP"

// Creates a new, empty co-op file readable and writable by its owner only.
// Throws StorageError when the file exists or cannot be created.
void create(const QString& path);

// Opens an existing co-op file. A file that cannot be written (by its mode
// bits, even for root) opens read-only. With options.readOnly the connection
// refuses changes (PRAGMA query_only) but can still fold the write-ahead log
// into the file when it closes last. Throws StorageError.
std::unique_ptr<SqliteConnection> open(const QString& path, const StoreOptions& options);

// The id written into the file when it was created.
QString fileId(SqliteConnection& connection);

// Inserts the row of `event`, every column as given (its hash included),
// inside the caller's write transaction.
void insertEvent(SqliteConnection& connection, const RecordedEvent& event);

// Refuses what is not an SQLite file, or one shorter than its header says.
void checkSqliteHeader(const QString& path, const QString& notOursMessage);

// Refuses a path that names a folder, a named pipe, a device or another
// special file (asked without opening it, which could block); a missing
// path passes. Throws StorageError.
void checkRegularFile(const QString& path);

// Creates an empty file readable and writable by its owner only; never
// replaces an existing one. Throws StorageError.
void createPrivateFile(const QString& path);
// The same, where a file already there (made by another process) will do.
void ensurePrivateFile(const QString& path);

// True when this process may write the file (its mode bits and the system
// allow it) and its folder can take the -wal and -shm files beside it.
bool isWritable(const QString& path);

} // namespace coopfile
} // namespace coopdesk
