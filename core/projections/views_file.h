#pragma once

#include "store/sqlite_connection.h"
#include "store/store_location.h"

#include <QString>

#include <memory>

// The views file (`NAME.coop-views`, beside a co-op file): the read
// models, disposable. One that is missing, or positively not this co-op's
// views (not ours, damaged, of another schema or of another co-op file), is
// replaced by a new one, never trusted; one that is busy or locked is waited
// for, never replaced (SPEC 10).
namespace coopdesk::viewsfile {

inline constexpr int schemaVersion = 1;
inline constexpr int applicationId = 0x436F6F56; // "CooV"

// The one place that decides where a co-op's views file lives: beside a
// co-op file (`NAME.coop-views`); for a server co-op, named by `storeId`
// in the user's data folder (`…/coopdesk/views/STORE_ID.coop-views`,
// SPEC 12.1), which it creates when missing.
QString pathFor(const StoreLocation& location, const QString& storeId);

// Opens the views file of the co-op file `coopFileId` for writing,
// recreating it when it cannot be trusted; `recreated` says whether it was.
// Throws StorageError, Locked when another process kept it locked too long.
std::unique_ptr<SqliteConnection> openForWriting(const QString& path, const QString& coopFileId,
                                                 bool* recreated = nullptr);

// Replaces the views file `damaged` is connected to (damaged pages were
// found in it), unless another process has already replaced it.
void replaceDamaged(const QString& path, const QString& coopFileId, SqliteConnection& damaged);

// True when the file `connection` has open is no longer the one at its
// path: deleted, renamed or replaced (one stat() call).
bool hasMoved(SqliteConnection& connection);

// Closes the connection; one whose file has moved is closed without
// deleting, by name, the -wal and -shm files of the file now in its place.
void close(std::unique_ptr<SqliteConnection>& connection);

// False when the views file cannot be made or written at `path` (read-only
// media, no permission): then the read models are built somewhere else.
bool canBeWritten(const QString& path);

// A read-only connection for queries. Throws StorageError.
std::unique_ptr<SqliteConnection> openForReading(const QString& path);

// Deletes the views file and its WAL files.
void remove(const QString& path);

} // namespace coopdesk::viewsfile
