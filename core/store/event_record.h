#pragma once

#include "event_store.h"

#include <QByteArray>
#include <QString>

// The row an accepted change becomes, the same in every store: a new event
// id, the data and metadata as compact JSON, and the hash linking it to the
// previous event (hash_chain.h). Stores differ only in how they keep it.
namespace coopdesk {

// A UUID version 7: time-ordered, so the event_id index grows at its end.
QString newEventId();

// The event `change` appends at `position`, after the event whose hash is
// `previousHash` (empty at position 1).
RecordedEvent recordChange(const FamilyChange& change, qint64 position,
                           const QByteArray& previousHash);

} // namespace coopdesk
