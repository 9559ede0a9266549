#include "cli_output.h"
#include "clock.h"
#include "commands/command_bus.h"
#include "platform/platform_files.h"
#include "subcommands.h"
#include "views_location.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

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

// Through stdio, the file as standard input is: readLine() then returns
// each line as it arrives on a pipe (a FIFO, /dev/stdin, <(...)), so a
// script can wait for one result before writing the next command.
bool openInput(QFile& input, const QString& source, QString& error)
{
    if (source == QLatin1String("-"))
        return input.open(stdin, QIODevice::ReadOnly);
    if (platform::fileKind(source) == platform::FileKind::Directory) {
        error = QCoreApplication::translate("Cli", "it is a folder");
        return false;
    }
    std::FILE* file = std::fopen(QFile::encodeName(source).constData(), "rb");
    if (!file) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return input.open(file, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
}

} // namespace

int runExec(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() > 1)
        return usageError(QCoreApplication::translate("Cli", "exec takes at most one input file"));
    const QString source = words.value(0, QStringLiteral("-"));
    QFile input;
    QString openError;
    if (!openInput(input, source, openError))
        return usageError(QCoreApplication::translate("Cli", "cannot read %1: %2")
                              .arg(source, openError.isEmpty() ? input.errorString() : openError));

    auto store = context.openStore();
    SystemClock clock;
    CommandBus bus(*store, clock, context.user);
    int exitCode = Ok;
    qint64 lineNumber = 0;
    // Until readLine() gives nothing: atEnd() is true at once on a pipe
    // (a FIFO, /dev/stdin, <(...)) whose writer has not written yet.
    for (;;) {
        const QByteArray line = input.readLine();
        if (line.isEmpty())
            break;
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
    if (context.arguments.has(QStringLiteral("wait"))) {
        // Results first, then whether the read models could catch up.
        const ViewsLocation views(*store);
        const QList<CheckpointRow> stopped = catchUpViews(context, clock, views.path());
        warnStale(stopped);
        if (!stopped.isEmpty() && exitCode == Ok)
            exitCode = Rejected;
    }
    return exitCode;
}

} // namespace coopdesk::cli
