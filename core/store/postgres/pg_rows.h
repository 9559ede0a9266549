#pragma once

#include "pg_connection.h"
#include "store/event_store.h"

#include <QByteArray>

#include <memory>
#include <utility>

// The statements that write a server co-op's rows, shared by the appends of
// commands (PgWriteSession) and the verbatim inserts of a copy
// (PgVerbatimSession), inside the caller's transaction.
namespace coopdesk::pgrows {

void insertEvent(PgConnection& connection, const RecordedEvent& event);
void insertAcceptedCommand(PgConnection& connection, const QString& commandId,
                           const AcceptedCommand& accepted);
// A skip a projection already recorded keeps its first record.
void insertSkip(PgConnection& connection, const SkipRecord& skip);

// Locks the head row and reads it (position, hash): every other desk's
// append waits until the transaction ends.
std::pair<qint64, QByteArray> lockHead(PgConnection& connection);
// The same in two steps, for a pipeline: the lock queued, its answer read
// with the next statement that waits (the head lock and the first read
// share a round trip), then the head it holds.
std::shared_ptr<PgResult> queueHeadLock(PgConnection& connection);
std::pair<qint64, QByteArray> lockedHead(PgConnection& connection, const PgResult& locked);
// Moves the head and queues the notification, delivered on commit only,
// that says where the head now is. One round trip.
void moveHead(PgConnection& connection, qint64 position, const QByteArray& hash);

} // namespace coopdesk::pgrows
