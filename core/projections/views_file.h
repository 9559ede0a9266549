#pragma once

#include "store/sqlite_connection.h"

#include <QString>

#include <memory>

// The views file (`NAME.coop-views`, beside the co-op file): the read
// models, disposable. One that is missing, not ours, damaged, of another
// schema or of another co-op file is deleted and made anew, never trusted.
namespace coopdesk::viewsfile {

inline constexpr int schemaVersion = 1;
inline constexpr int applicationId = 0x436F6F56; // "CooV"

QString pathFor(const QString& coopPath);

// Opens the views file of the co-op file `coopFileId` for writing,
// recreating it when it cannot be trusted; `recreated` says whether it was.
std::unique_ptr<SqliteConnection> openForWriting(const QString& path, const QString& coopFileId,
                                                 bool* recreated = nullptr);

// A read-only connection for queries. Throws StorageError.
std::unique_ptr<SqliteConnection> openForReading(const QString& path);

// Deletes the views file and its WAL files.
void remove(const QString& path);

} // namespace coopdesk::viewsfile
