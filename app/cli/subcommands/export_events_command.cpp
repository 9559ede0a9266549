#include "cli_output.h"
#include "io/json_output.h"
#include "subcommands.h"

#include <QCoreApplication>

namespace coopdesk::cli {

int runExportEvents(const Context& context)
{
    bool ok = true;
    const qint64 from =
        context.arguments.option(QStringLiteral("from"), QStringLiteral("1")).toLongLong(&ok);
    if (!ok || from < 1)
        return usageError(
            QCoreApplication::translate("Cli", "--from needs a position of 1 or more"));
    auto store = context.openStore();
    qint64 after = from - 1;
    for (;;) {
        const QList<RecordedEvent> events = store->readAfter(after, 5000);
        if (events.isEmpty())
            break;
        for (const RecordedEvent& event : events)
            printLine(json::event(event));
        after = events.last().position;
    }
    return Ok;
}

} // namespace coopdesk::cli
