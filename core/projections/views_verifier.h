#pragma once

#include "clock.h"
#include "store/store_location.h"

#include <QString>

namespace coopdesk {

struct ViewsReport
{
    bool ok = true;
    qint64 position = 0; // both read models were compared at this position
    QString difference;  // the first difference, for people; empty when ok
};

// Checks that every read model equals a fresh rebuild (SPEC 8 `verify`):
// brings the views file up to the head, rebuilds everything from position 1
// into a temporary views file, and compares the tables row by row.
// Throws StorageError.
ViewsReport verifyReadModels(const StoreLocation& location, const Clock& clock);

} // namespace coopdesk
