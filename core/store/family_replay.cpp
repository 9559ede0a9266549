#include "family_replay.h"

#include "domain/event_fields.h"

#include <algorithm>

namespace coopdesk {

namespace {

// Puts a charge's new state in `charges`, which are in the order charged:
// the position of their TuitionCharged event, unique to each charge and
// rising (a charge is first reported when it is charged, a correction
// reports them again in that order). So a charge is found by a binary
// search on positions: a long history holds thousands, and hashing their
// ids for every change was a seventh of the replay.
void keepChargeState(QList<Charge>& charges, const Charge& charge)
{
    const auto at = std::lower_bound(
        charges.begin(), charges.end(), charge.position,
        [](const Charge& known, qint64 position) { return known.position < position; });
    if (at != charges.end() && at->position == charge.position)
        *at = charge;
    else
        charges.insert(at, charge);
}

} // namespace

FamilyReplay reconstructFamily(EventStore& store, const QString& familyId)
{
    FamilyReplay replay;
    const QList<RecordedEvent> events = store.readStreamForFold(familyId);
    for (const RecordedEvent& event : events) {
        const SettlementChange change =
            applyFamilyEvent(replay.record, event, EventFields::decode(event));
        if (change.replacesAll) // a correction: every live charge, settled again
            replay.charges.clear();
        for (const Charge& charge : change.charges)
            keepChargeState(replay.charges, charge);
    }
    replay.found = !events.isEmpty();
    replay.eventCount = events.size();
    return replay;
}

} // namespace coopdesk
