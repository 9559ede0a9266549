#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace coopdesk {

// The result of checking a store's audit trail (SPEC 3, `verify`).
struct AuditReport
{
    bool ok = true;
    qint64 eventsChecked = 0;
    std::optional<qint64> firstBadPosition; // where the chain breaks
    QString problem;                        // for people; empty when ok
};

// Called after every batch of events checked with (done, total); returning
// false cancels the check.
using AuditProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace coopdesk
