#pragma once

#include "skip_record.h"
#include "sqlite_connection.h"

#include <QList>
#include <QString>

// The skips of poison events (SPEC 6), kept in the co-op file itself: a
// skip is a decision about the co-op's data, so it outlives any views file.
// Append-only, like the events: the database refuses UPDATE and DELETE.
namespace coopdesk {

namespace skiplog {

// Binds the skip's seven columns, projection_name … skipped_at, as ?1 … ?7
// (the co-op file's projection_skips and the views file's skipped_events
// keep them in that order).
Query& bindColumns(Query& query, const SkipRecord& skip);

// Creates the table and its append-only triggers (a new file, an upgrade).
void createTable(SqliteConnection& coop);

// Records a skip in its own write transaction; a projection that already
// skipped that position keeps its first record. Throws StorageError.
void record(SqliteConnection& coop, const SkipRecord& skip);
// The same inside the caller's write transaction.
void insert(SqliteConnection& coop, const SkipRecord& skip);

// The skips recorded after `afterId`, oldest first. A file of schema 1
// opened read-only (not upgraded) has none.
QList<SkipRecord> readAfter(SqliteConnection& coop, qint64 afterId);

} // namespace skiplog
} // namespace coopdesk
