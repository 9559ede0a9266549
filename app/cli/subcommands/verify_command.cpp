#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/views_verifier.h"
#include "store/audit_check.h"
#include "subcommands.h"

namespace coopdesk::cli {

// The audit trail first (hash chain, append-only triggers), then every read
// model against a fresh rebuild; the first failure is reported, exit 1.
int runVerify(const Context& context)
{
    json::ObjectWriter writer;
    QString problem;
    std::optional<qint64> position;
    qint64 checked = 0;
    {
        auto store = context.openStore();
        const AuditReport audit = verifyAuditTrail(*store);
        checked = audit.eventsChecked;
        if (!audit.ok) {
            problem = audit.problem;
            position = audit.firstBadPosition;
        }
    }
    if (problem.isEmpty()) {
        SystemClock clock;
        const ViewsReport views = verifyReadModels(context.db, clock);
        if (!views.ok)
            problem = views.difference;
    }
    writer.add(QStringLiteral("ok"), problem.isEmpty())
        .add(QStringLiteral("events_checked"), checked);
    if (!problem.isEmpty()) {
        writer.add(QStringLiteral("position"), position ? QJsonValue(*position) : QJsonValue());
        writer.add(QStringLiteral("problem"), problem);
        printLine(writer.finish());
        printMessage(problem);
        return Rejected;
    }
    printLine(writer.finish());
    return Ok;
}

} // namespace coopdesk::cli
