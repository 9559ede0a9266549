#include "family_replay.h"

#include "domain/event_upcasting.h"

namespace coopdesk {

FamilyReplay reconstructFamily(EventStore& store, const QString& familyId)
{
    FamilyReplay replay;
    const QList<RecordedEvent> events = store.readStream(familyId);
    for (const RecordedEvent& event : events) {
        const SettlementChange change =
            applyFamilyEvent(replay.record, event, decodeEventData(event));
        if (change.replacesAll) // a correction: every live charge, settled again
            replay.charges.clear();
        for (const Charge& charge : change.charges) {
            auto known =
                std::find_if(replay.charges.begin(), replay.charges.end(),
                             [&](const Charge& c) { return c.chargeId == charge.chargeId; });
            if (known == replay.charges.end())
                replay.charges.append(charge);
            else
                *known = charge;
        }
    }
    replay.found = !events.isEmpty();
    replay.eventCount = events.size();
    return replay;
}

} // namespace coopdesk
