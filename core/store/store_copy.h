#pragma once

#include "audit_report.h"
#include "event_store.h"

#include <QString>

// Moving a co-op (SPEC 12.4): every event of one snapshot of a store copied
// verbatim (positions, ids, data, metadata, recorded_at, hashes), with the
// accepted command ids and the recorded skips, into an empty store that
// gets its own store id. The target's command side is folded from the
// copied events, so a command behaves there as on the source.
namespace coopdesk {

struct CopyReport
{
    qint64 eventsCopied = 0;
    qint64 commandsCopied = 0; // accepted command ids
    QString storeId;           // the target's own
    AuditReport check;         // the target's checkIntegrity(); not ok and no
                               // position when cancelled (nothing kept)
};

// Copies `source` into `target`: a new co-op file (copyToNewFile) or a
// server database, whose schema is created when it has none (and dropped
// again if the copy then fails). A server target that holds any event is
// refused untouched. Each event's position and hash are checked against
// the chain as it is read, so a damaged source is refused before anything
// is kept. Throws StorageError.
CopyReport copyStore(EventStore& source, const StoreLocation& target,
                     const AuditProgress& progress = {});

// Writes a temporary file beside `path`, checks it, and renames it to
// `path` only then: an existing file is never replaced, and a copy that
// fails leaves nothing behind. Owner-only permissions. Throws StorageError.
CopyReport copyToNewFile(EventStore& source, const QString& path,
                         const AuditProgress& progress = {});

} // namespace coopdesk
