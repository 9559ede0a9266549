#pragma once

#include "bench_stats.h"
#include "domain/event.h"

#include <QList>
#include <QString>

// The raw-SQLite floor each figure is compared with: the same rows inserted
// through the sqlite3 C API alone, with the same pragmas, in the same run.
namespace coopdesk::bench {

// A new file with the co-op schema's events table (same columns, the same
// unique indexes and triggers), WAL, synchronous FULL or NORMAL.
QString createFloorFile(const QString& directory, bool durable);

// Each event inserted in its own transaction; one sample per insert.
Samples rawSingleInserts(const QString& path, const QList<RecordedEvent>& events, bool durable);

// All events inserted in batches of `batchSize` rows per transaction;
// returns rows per second.
double rawBatchedInserts(const QString& path, const QList<RecordedEvent>& events, bool durable,
                         int batchSize = 5000);

} // namespace coopdesk::bench
