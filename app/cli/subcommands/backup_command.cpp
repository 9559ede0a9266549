#include "cli_output.h"
#include "io/json_output.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace coopdesk::cli {

// SPEC 8: a consistent copy while others may append, verified before it is
// reported; an existing file is never overwritten.
int runBackup(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "backup takes one FILE to write"));
    const QString target = words.first();
    if (QFileInfo::exists(target))
        return usageError(QCoreApplication::translate("Cli", "%1 exists: backup never overwrites "
                                                             "a file; choose a new name")
                              .arg(target));
    const AuditReport copy = context.openStoreToRead()->backupTo(target);
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("file"), target)
                  .add(QStringLiteral("events_checked"), copy.eventsChecked)
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
