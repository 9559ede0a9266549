// Fuzz target: a command as a JSON line, through every step a command
// takes — read, validate, decide on several family states, evolve — and
// the event it appends, written, read back and folded. Nothing may crash,
// and a command that decides an event must produce data that reads back.

#include "domain/command.h"
#include "domain/event_upcasting.h"
#include "domain/family_record.h"
#include "domain/family_state.h"
#include "io/json_output.h"

#include <cstdint>
#include <cstdlib>

using namespace coopdesk;

namespace {

QList<FamilyState> states(const QString& familyId)
{
    FamilyState none;
    none.familyId = familyId;
    FamilyState enrolled = none;
    enrolled.version = 3;
    enrolled.engagementScore = 50;
    enrolled.riskScore = 80;
    hold(enrolled, {{fields::chargeId, QStringLiteral("c1")}, 45000, {}});
    hold(enrolled, {{fields::paymentId, QStringLiteral("p1")}, 20000, QStringLiteral("t1")});
    hold(enrolled, {{fields::transactionId, QStringLiteral("t1")}, 20000, {}});
    FamilyState withdrawn = enrolled;
    withdrawn.withdrawn = true;
    return {none, enrolled, withdrawn};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto envelope = readCommandEnvelope(line);
    if (std::holds_alternative<CommandError>(envelope))
        return 0;
    auto validated = validateCommand(std::get<CommandEnvelope>(envelope), QDate(2026, 12, 2));
    if (std::holds_alternative<CommandError>(validated))
        return 0;
    Command command = std::get<Command>(validated);
    if (command.familyId.isEmpty())
        command.familyId = QStringLiteral("generated");
    if (command.type() == CommandType::ChargeTuition && !command.fields.contains(fields::chargeId))
        command.fields.insert(fields::chargeId, QStringLiteral("generated"));
    if (command.type() == CommandType::ReceivePayment &&
        !command.fields.contains(fields::paymentId))
        command.fields.insert(fields::paymentId, QStringLiteral("generated"));
    for (FamilyState state : states(command.familyId)) {
        const auto decision = decide(state, command);
        if (!std::holds_alternative<NewEvent>(decision))
            continue;
        const NewEvent& event = std::get<NewEvent>(decision);
        evolve(state, event.type, event.data);
        RecordedEvent recorded;
        recorded.position = 1;
        recorded.streamId = command.familyId;
        recorded.streamVersion = state.version;
        recorded.eventType = event.type;
        recorded.schemaVersion = event.schemaVersion;
        recorded.data = json::object(event.data);
        // What was decided must read back: anything else is a bug.
        const QJsonObject decoded = decodeEventData(recorded);
        FamilyRecord record;
        applyFamilyEvent(record, recorded, decoded);
        record.toJson();
    }
    return 0;
}
