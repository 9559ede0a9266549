#pragma once

#include "sqlite_event_store.h"

#include <QString>

#include <functional>
#include <optional>

namespace coopdesk {

// The result of walking the audit trail (SPEC 3, `verify`).
struct AuditReport
{
    bool ok = true;
    qint64 eventsChecked = 0;
    std::optional<qint64> firstBadPosition; // where the chain breaks
    QString problem;                        // for people; empty when ok
};

// Checks that the append-only triggers are in place and walks the hash
// chain from position 1, naming the first position that does not match:
// an edited, deleted or inserted row. `progress(done, total)` is called
// after every batch of events; returning false from it cancels.
AuditReport verifyAuditTrail(SqliteEventStore& store,
                             const std::function<bool(qint64, qint64)>& progress = {});

} // namespace coopdesk
