#pragma once

#include "domain/family_record.h"
#include "event_store.h"

#include <QList>

namespace coopdesk {

// A family folded from its events alone, without any read model (SPEC 3:
// the slow path, kept for comparison and checks).
struct FamilyReplay
{
    bool found = false;
    FamilyRecord record;
    QList<Charge> charges; // every charge, in the order charged, as settled now
    qint64 eventCount = 0;
};

// Throws StorageError, EventDecodeError.
FamilyReplay reconstructFamily(EventStore& store, const QString& familyId);

} // namespace coopdesk
