#include "cli_output.h"
#include "projections/projector.h"
#include "subcommands.h"

#include <QCoreApplication>

namespace coopdesk::cli {

QList<CheckpointRow> catchUpViews(const Context& context, const Clock& clock,
                                  const QString& viewsPath)
{
    Projector projector(context.location, clock, Projector::Options{}, viewsPath);
    projector.open();
    projector.catchUp();
    QList<CheckpointRow> stopped;
    for (const CheckpointRow& row : projector.checkpoints()) {
        if (row.status == QLatin1String("error"))
            stopped.append(row);
    }
    return stopped;
}

void warnStale(const QList<CheckpointRow>& stopped)
{
    for (const CheckpointRow& row : stopped)
        printMessage(QCoreApplication::translate(
                         "Cli",
                         "coopdesk-cli: warning: the answer may be stale: projection %1 is stopped "
                         "at position %2 (%3); it shows the events before it only. Open the "
                         "Projections screen of CoopDesk to retry it after an update or skip the "
                         "event")
                         .arg(row.name)
                         .arg(row.errorPosition.value_or(row.lastPosition + 1))
                         .arg(row.lastError.simplified())); // one line each
}

} // namespace coopdesk::cli
