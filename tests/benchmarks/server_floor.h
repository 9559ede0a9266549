#pragma once

#include "bench_stats.h"

#include "store/postgres/pg_connection.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The raw-server floors of SPEC 12.5's figures, measured on the same server
// in the same run: libpq alone (PgConnection), no CoopDesk store.
namespace coopdesk::bench {

// One row of coopdesk.events, each column as text.
using EventRow = std::vector<std::optional<QByteArray>>;

// public.floor_events, like coopdesk.events: the same columns, primary key
// and unique indexes, without the store's triggers.
void createServerFloorTable(PgConnection& connection);

// The rows of coopdesk.events whose position % `of` is `share`, in order.
QList<EventRow> readEventRows(PgConnection& connection, int share = 0, int of = 1);

// One row inserted into floor_events in its own transaction (BEGIN, the
// INSERT, COMMIT); durable as the server's defaults are.
void insertFloorRow(PgConnection& connection, const EventRow& row);

// B12's floor writer, run as `coopdesk-bench --raw-writer LOCATION --share S
// --of N`: inserts its share of the co-op's events into floor_events, one
// transaction each. Returns the process's exit code.
int runRawWriter(const QString& location, int share, int of);

// B13's floor: NOTIFY on one connection until LISTEN on another has it.
Samples rawNotifyRoundTrips(const StoreLocation& location, int count);

} // namespace coopdesk::bench
