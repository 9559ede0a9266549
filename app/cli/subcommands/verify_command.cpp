#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/views_file.h"
#include "projections/views_verifier.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

namespace coopdesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// Compares the read models with a fresh rebuild, which writes (the views
// file caught up, the rebuild in a temporary folder). Where that cannot be
// done (read-only media, a full disk) the comparison is left out and
// `skipped` says why: the events alone need no writes to be checked.
ViewsReport verifyViewsIfWritable(const Context& context, const QString& viewsPath,
                                  QString& skipped)
{
    if (!viewsfile::canBeWritten(viewsPath)) {
        skipped = tr("coopdesk-cli: note: %1 cannot be written (read-only media or no "
                     "permission), so the read models were not compared with a fresh rebuild; "
                     "the events were checked. Run verify on a writable copy to check them too")
                      .arg(viewsPath);
        return {};
    }
    try {
        SystemClock clock;
        return verifyReadModels(context.location, clock);
    } catch (const StorageError& error) {
        // Not every write that fails on a full disk says so (a lock file).
        const bool diskFull =
            error.kind() == StorageError::Kind::DiskFull ||
            QStorageInfo(QFileInfo(viewsPath).absolutePath()).bytesAvailable() == 0;
        if (!diskFull)
            throw;
        skipped = tr("coopdesk-cli: note: the disk is full, so the read models were not compared "
                     "with a fresh rebuild (%1); the events were checked. Free some space and "
                     "run verify again to check them too")
                      .arg(error.message());
        return {};
    }
}

} // namespace

// The audit trail first (hash chain, append-only triggers), then every read
// model against a fresh rebuild; the first failure is reported, exit 1.
int runVerify(const Context& context)
{
    json::ObjectWriter writer;
    QString problem;
    std::optional<qint64> position;
    qint64 checked = 0;
    QString viewsPath;
    {
        const auto store = context.openStoreToRead(); // checking the chain writes nothing
        const AuditReport audit = store->checkIntegrity();
        checked = audit.eventsChecked;
        if (!audit.ok) {
            problem = audit.problem;
            position = audit.firstBadPosition;
        }
        viewsPath = viewsfile::pathFor(context.location, store->storeId());
    }
    QString viewsSkipped;
    if (problem.isEmpty()) {
        const ViewsReport views = verifyViewsIfWritable(context, viewsPath, viewsSkipped);
        if (!views.ok)
            problem = views.difference;
    }
    writer.add(QStringLiteral("ok"), problem.isEmpty())
        .add(QStringLiteral("events_checked"), checked);
    if (!problem.isEmpty()) {
        writer.add(QStringLiteral("position"), position ? QJsonValue(*position) : QJsonValue());
        writer.add(QStringLiteral("problem"), problem);
        printLine(writer.finish());
        printMessage(problem);
        return Rejected;
    }
    if (!viewsSkipped.isEmpty())
        writer.add(QStringLiteral("read_models_checked"), false);
    printLine(writer.finish());
    if (!viewsSkipped.isEmpty())
        printMessage(viewsSkipped);
    return Ok;
}

} // namespace coopdesk::cli
