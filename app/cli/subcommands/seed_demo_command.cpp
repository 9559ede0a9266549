#include "cli_output.h"
#include "commands/command_bus.h"
#include "domain/text_rules.h"
#include "io/demo_generator.h"
#include "io/json_output.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace coopdesk::cli {

int runSeedDemo(const Context& context)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    DemoOptions options;
    bool ok = true;
    options.families = context.arguments.option(QStringLiteral("families")).toInt(&ok);
    if (!ok || options.families < 1 || options.families > 1000000)
        return usageError(tr("seed-demo needs --families N (1 to 1000000)"));
    options.months =
        context.arguments.option(QStringLiteral("months"), QStringLiteral("12")).toInt(&ok);
    if (!ok || options.months < 1 || options.months > 240)
        return usageError(tr("--months takes 1 to 240"));
    options.seed =
        context.arguments.option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed takes a whole number"));
    const QString asOf = context.arguments.option(QStringLiteral("as-of"));
    if (!asOf.isEmpty()) {
        const auto date = text::parseDate(asOf);
        if (!date)
            return usageError(tr("--as-of takes a date YYYY-MM-DD"));
        options.lastMonth = *date;
    }

    if (!context.location.isServer() && !QFile::exists(context.location.filePath()))
        createEventStore(context.location);
    auto store = context.openStore();
    // The demo records each event at the moment it happened (a time of the
    // co-op's working day), set by the generator: the same options give the
    // same co-op, recorded_at (and so last_updated) included. Without
    // --as-of the demo's today is today: nothing is recorded after now.
    DemoClock clock(QDateTime(options.lastMonth, QTime(8, 0)),
                    asOf.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime());
    options.clock = &clock;
    CommandBus bus(*store, clock, context.user);
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    try {
        summary = generateDemoCoop(bus, options);
    } catch (const std::runtime_error& error) {
        return printError({errors::validation, std::nullopt, QString::fromUtf8(error.what())},
                          Rejected);
    }
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("families"), summary.families)
                  .add(QStringLiteral("commands"), summary.commands)
                  .add(QStringLiteral("head_position"), summary.headPosition)
                  .add(QStringLiteral("elapsed_ms"), timer.elapsed())
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
