// Fuzz target: stored event data as the projector reads it. The first
// byte picks the event type, the second its schema version; the rest is
// the JSON data. Decoding (with upcasting) either succeeds or throws
// EventDecodeError; what decodes is folded into a family that already has
// charges and credits, as a projection would.

#include "domain/command_catalog.h"
#include "domain/event_upcasting.h"
#include "domain/family_record.h"

#include <cstdint>

using namespace coopdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QStringList& types = eventTypes();
    RecordedEvent event;
    event.position = 10;
    event.streamId = QStringLiteral("f1");
    event.streamVersion = 10;
    event.eventType = types.at(data[0] % types.size());
    event.schemaVersion = data[1] % 4;
    event.data =
        QByteArray(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));
    QJsonObject decoded;
    try {
        decoded = decodeEventData(event);
    } catch (const EventDecodeError&) {
        return 0;
    }
    FamilyRecord record;
    RecordedEvent charge = event;
    charge.position = 1;
    charge.eventType = QStringLiteral("TuitionCharged");
    applyFamilyEvent(record, charge,
                     {{QStringLiteral("charge_id"), QStringLiteral("c1")},
                      {QStringLiteral("month"), QStringLiteral("2024-01")},
                      {QStringLiteral("amount_cents"), 10000},
                      {QStringLiteral("due_date"), QStringLiteral("2024-01-05")}});
    applyFamilyEvent(record, event, decoded);
    record.toJson();
    return 0;
}
