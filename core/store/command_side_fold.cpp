#include "command_side_fold.h"

#include "domain/event_upcasting.h"

#include <QJsonDocument>

namespace coopdesk::commandside {

namespace {

// The event's data as the command side needs it. An event the projections
// cannot read (an amount that does not fit) still takes its ids; its
// amount is then what it stored, or 0.
QJsonObject commandSideData(const RecordedEvent& event)
{
    try {
        return decodeEventData(event);
    } catch (const EventDecodeError&) {
        QJsonObject data = QJsonDocument::fromJson(event.data).object();
        if (event.eventType == QLatin1String("PaymentReceived") &&
            !data.contains(fields::paymentId))
            data.insert(fields::paymentId, event.eventId);
        return data;
    }
}

} // namespace

void Fold::add(const RecordedEvent& event)
{
    FamilyState& state = m_families[event.streamId];
    state.familyId = event.streamId;
    evolve(state, event.eventType, commandSideData(event));
}

} // namespace coopdesk::commandside
