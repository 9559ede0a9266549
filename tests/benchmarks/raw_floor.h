#pragma once

#include "bench_stats.h"
#include "domain/event.h"

#include <QList>
#include <QString>

// The raw-SQLite floor each figure is compared with: the same rows inserted
// through the sqlite3 C API alone, with the same pragmas, in the same run.
namespace coopdesk::bench {

// The events table's triggers: the UPDATE and DELETE guards only (what the
// floors of B1, B3 and B4 have always had), or also the co-op file's guard
// against INSERT OR REPLACE, which every insert runs.
enum class FloorGuards { UpdateAndDelete, AllOfTheCoopFiles };

// A new file with the co-op schema's events table (same columns, the same
// unique indexes, the triggers `guards` says), WAL, synchronous FULL or NORMAL.
QString createFloorFile(const QString& directory, bool durable,
                        FloorGuards guards = FloorGuards::UpdateAndDelete);

// Each event inserted in its own transaction; one sample per insert.
Samples rawSingleInserts(const QString& path, const QList<RecordedEvent>& events, bool durable);

// All events inserted in batches of `batchSize` rows per transaction;
// returns rows per second.
double rawBatchedInserts(const QString& path, const QList<RecordedEvent>& events, bool durable,
                         int batchSize = 5000);

} // namespace coopdesk::bench
