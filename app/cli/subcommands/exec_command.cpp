#include "cli_output.h"
#include "clock.h"
#include "commands/command_bus.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace coopdesk::cli {

namespace {

// Blank lines (empty, or only spaces, tabs and CR) are skipped, and counted.
bool isBlank(const QByteArray& line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

bool openInput(QFile& input, const QString& source)
{
    if (source == QLatin1String("-"))
        return input.open(stdin, QIODevice::ReadOnly);
    input.setFileName(source);
    return input.open(QIODevice::ReadOnly);
}

} // namespace

int runExec(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() > 1)
        return usageError(QCoreApplication::translate("Cli", "exec takes at most one input file"));
    const QString source = words.value(0, QStringLiteral("-"));
    QFile input;
    if (!openInput(input, source))
        return usageError(QCoreApplication::translate("Cli", "cannot read %1: %2")
                              .arg(source, input.errorString()));

    auto store = context.openStore();
    SystemClock clock;
    CommandBus bus(*store, clock, context.user);
    int exitCode = Ok;
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine();
        ++lineNumber;
        if (isBlank(line))
            continue;
        const CommandResult result = bus.dispatch(line);
        // SPEC 8: an accepted result is {"ok":true,"command":…}; only an error names its line.
        printLine(result.toJsonLine(result.ok ? std::nullopt : std::optional(lineNumber)));
        if (result.ok)
            continue;
        const bool storageFailure = result.error && result.error->code == errors::storage;
        if (storageFailure)
            printMessage(result.error->message); // read-only, locked, full: say it to people too
        exitCode = (storageFailure || exitCode == Storage) ? Storage : Rejected;
    }
    if (context.arguments.has(QStringLiteral("wait")))
        catchUpViews(context, clock);
    return exitCode;
}

} // namespace coopdesk::cli
