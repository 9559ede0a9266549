#include "cli_output.h"
#include "io/json_output.h"
#include "store/audit_check.h"
#include "subcommands.h"

namespace coopdesk::cli {

int runVerify(const Context& context)
{
    auto store = context.openStore();
    const AuditReport audit = verifyAuditTrail(*store);
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), audit.ok)
        .add(QStringLiteral("events_checked"), audit.eventsChecked);
    if (!audit.ok) {
        writer.add(QStringLiteral("position"),
                   audit.firstBadPosition ? QJsonValue(*audit.firstBadPosition) : QJsonValue());
        writer.add(QStringLiteral("problem"), audit.problem);
    }
    printLine(writer.finish());
    if (!audit.ok)
        printMessage(audit.problem);
    return audit.ok ? Ok : Rejected;
}

} // namespace coopdesk::cli
