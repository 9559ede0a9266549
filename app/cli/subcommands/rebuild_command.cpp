#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/projection_registry.h"
#include "projections/projector.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <iostream>
#include <string>

namespace coopdesk::cli {

namespace {

// A hook for the tests of a rebuild that other processes run beside (SPEC
// 10), so they do not depend on the machine's speed: with this variable
// set, the rebuild stops after its first step, between transactions (its
// lock held, its shadow tables there, nothing of the views file locked),
// says so on standard error and goes on once a line arrives on standard input.
const char* const pauseVariable = "COOPDESK_TEST_PAUSE_REBUILD";

void waitForALine()
{
    printMessage(QStringLiteral("rebuild paused"));
    std::string line;
    std::getline(std::cin, line);
}

} // namespace

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
    Projector projector(context.location, clock);
    projector.open();
    QElapsedTimer timer;
    timer.start();
    projector.startRebuild(names);
    RebuildProgress progress;
    bool pause = qEnvironmentVariableIsSet(pauseVariable);
    try {
        do {
            progress = projector.rebuildStep();
            printMessage(QCoreApplication::translate("Cli", "rebuilding %1: %2 of %3 events (%4/s)")
                             .arg(names.join(QStringLiteral(", ")))
                             .arg(progress.processed)
                             .arg(progress.total)
                             .arg(qRound64(progress.eventsPerSecond)));
            if (pause && !progress.finished) {
                pause = false;
                waitForALine();
            }
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
