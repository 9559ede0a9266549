#include "family_replay.h"

#include "domain/event_fields.h"

#include <QHash>

namespace coopdesk {

FamilyReplay reconstructFamily(EventStore& store, const QString& familyId)
{
    FamilyReplay replay;
    // Where each charge sits in replay.charges: a long history holds
    // thousands, and every charge event names one or two of them.
    QHash<QString, qsizetype> chargeIndex;
    const QList<RecordedEvent> events = store.readStream(familyId);
    for (const RecordedEvent& event : events) {
        const SettlementChange change =
            applyFamilyEvent(replay.record, event, EventFields::decode(event));
        if (change.replacesAll) { // a correction: every live charge, settled again
            replay.charges.clear();
            chargeIndex.clear();
        }
        for (const Charge& charge : change.charges) {
            const auto known = chargeIndex.constFind(charge.chargeId);
            if (known == chargeIndex.cend()) {
                chargeIndex.insert(charge.chargeId, replay.charges.size());
                replay.charges.append(charge);
            } else {
                replay.charges[*known] = charge;
            }
        }
    }
    replay.found = !events.isEmpty();
    replay.eventCount = events.size();
    return replay;
}

} // namespace coopdesk
