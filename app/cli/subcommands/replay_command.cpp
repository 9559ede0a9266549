#include "cli_output.h"
#include "io/json_output.h"
#include "store/family_replay.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace coopdesk::cli {

int runReplay(const Context& context)
{
    if (context.arguments.words.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "replay needs one family id"));
    const QString familyId = context.arguments.words.first();
    auto store = context.openStore();
    QElapsedTimer timer;
    timer.start();
    const FamilyReplay replay = reconstructFamily(*store, familyId);
    const double elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!replay.found)
        return printError(
            {errors::notFound, fields::familyId,
             QCoreApplication::translate("Cli", "No family has the id “%1”").arg(familyId)},
            Rejected);
    QList<QJsonObject> charges;
    for (const Charge& charge : replay.charges)
        charges.append(charge.toJson(familyId));
    printLine(
        json::ObjectWriter()
            .add(QStringLiteral("ok"), true)
            .addRaw(QStringLiteral("family"), json::object(replay.record.toJson(), familyColumns()))
            .addRaw(QStringLiteral("charges"), json::array(charges, chargeColumns()))
            .add(QStringLiteral("events"), replay.eventCount)
            .add(QStringLiteral("elapsed_ms"), elapsedMs)
            .finish());
    return Ok;
}

} // namespace coopdesk::cli
