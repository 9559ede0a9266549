#include "cli_output.h"
#include "io/json_output.h"
#include "store/store_copy.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace coopdesk::cli {

// SPEC 12.4: every event verbatim from one co-op to an empty other (file to
// server, server to a new file, or alike), checked on the target. The
// source is only read; the target is refused, untouched, unless empty.
int runCopy(const Context& context)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    if (!context.arguments.words.isEmpty())
        return usageError(tr("copy takes no words: copy --from LOCATION --to LOCATION"));
    const StoreLocation from =
        StoreLocation::fromText(context.arguments.option(QStringLiteral("from")));
    const StoreLocation to =
        StoreLocation::fromText(context.arguments.option(QStringLiteral("to")));
    if (from.isEmpty() || to.isEmpty())
        return usageError(tr("copy needs both --from LOCATION and --to LOCATION"));
    if (!to.isServer() &&
        (QFileInfo::exists(to.filePath()) || QFileInfo(to.filePath()).isSymLink()))
        return usageError(
            tr("%1 exists: copy never overwrites a file; choose a new name").arg(to.filePath()));

    StoreOptions readOnly = context.storeOptions;
    readOnly.readOnly = true;
    const auto source = openEventStore(from, readOnly);
    const CopyReport copy = copyStore(*source, to, [&tr](qint64 done, qint64 total) {
        printMessage(tr("copying: %1 of %2 events").arg(done).arg(total));
        return true;
    });
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("from"), from.toString())
                  .add(QStringLiteral("to"), to.toString())
                  .add(QStringLiteral("events_copied"), copy.eventsCopied)
                  .add(QStringLiteral("commands_copied"), copy.commandsCopied)
                  .add(QStringLiteral("events_checked"), copy.check.eventsChecked)
                  .add(QStringLiteral("store_id"), copy.storeId)
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
