#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/projection_registry.h"
#include "projections/projector.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace coopdesk::cli {

int runRebuild(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() > 1)
        return usageError(QCoreApplication::translate("Cli", "rebuild takes at most one name"));
    const QStringList names = words.isEmpty() ? projectionNames() : words;
    for (const QString& name : names) {
        if (!projectionNames().contains(name))
            return usageError(QCoreApplication::translate("Cli", "no projection is called “%1”; "
                                                                 "the projections are: %2")
                                  .arg(name, projectionNames().join(QStringLiteral(", "))));
    }
    SystemClock clock;
    Projector projector(context.db, clock);
    projector.open();
    QElapsedTimer timer;
    timer.start();
    projector.startRebuild(names);
    RebuildProgress progress;
    try {
        do {
            progress = projector.rebuildStep();
            printMessage(QCoreApplication::translate("Cli", "rebuilding %1: %2 of %3 events (%4/s)")
                             .arg(names.join(QStringLiteral(", ")))
                             .arg(progress.processed)
                             .arg(progress.total)
                             .arg(qRound64(progress.eventsPerSecond)));
        } while (!progress.finished);
    } catch (const RebuildError& error) {
        return printError({errors::storage, std::nullopt, error.message()}, Rejected);
    }
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("rebuilt"), QJsonArray::fromStringList(names))
                  .add(QStringLiteral("events"), progress.processed)
                  .add(QStringLiteral("elapsed_ms"), timer.elapsed())
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
