#include "backup_restore.h"

#include "projections/views_file.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <memory>

namespace coopdesk {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time.
struct BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
};

// SQLite's files beside a database while a connection has it open.
bool isOpenElsewhere(const QString& coopPath)
{
    return QFile::exists(coopPath + QStringLiteral("-wal")) ||
           QFile::exists(coopPath + QStringLiteral("-shm"));
}

RestoreOutcome failed(const QString& message)
{
    RestoreOutcome outcome;
    outcome.message = message;
    return outcome;
}

// The original is back (or says where it is) after the copy failed or was cancelled.
RestoreOutcome putBack(RestoreOutcome outcome, const QString& coopPath, const QString& keptAs)
{
    const QString error = putOriginalBack(coopPath, keptAs);
    outcome.originalInPlace = error.isEmpty();
    if (error.isEmpty()) {
        outcome.keptAs.clear();
        return outcome;
    }
    outcome.status = RestoreOutcome::Status::Failed;
    outcome.keptAs = keptAs;
    outcome.message = outcome.message.isEmpty() ? error : outcome.message + u' ' + error;
    return outcome;
}

} // namespace

QString keptNameFor(const QString& coopPath)
{
    const QString first = coopPath + QStringLiteral(".before-restore");
    QString name = first;
    for (int number = 2; QFileInfo::exists(name); ++number)
        name = first + u'-' + QString::number(number);
    return name;
}

QString putOriginalBack(const QString& coopPath, const QString& keptAs)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(coopPath + QLatin1String(suffix));
    QFile kept(keptAs);
    if (kept.rename(coopPath))
        return {};
    return BackupRestore::tr("The co-op file could not be put back (%1): it is kept as “%2”; "
                             "rename it to “%3” to use it again.")
        .arg(kept.errorString(), QFileInfo(keptAs).fileName(), QFileInfo(coopPath).fileName());
}

RestoreOutcome restoreBackup(const QString& backupPath, const QString& coopPath,
                             const QString& storeId, const AuditProgress& progress)
{
    const QString coopName = QFileInfo(coopPath).fileName();
    if (isOpenElsewhere(coopPath))
        return failed(BackupRestore::tr("“%1” is still open in another program (its -wal or "
                                        "-shm file is beside it); close that program first.")
                          .arg(coopName));
    std::unique_ptr<EventStore> backup;
    try {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        backup = openEventStore(StoreLocation::fromText(backupPath), readOnly);
        if (backup->storeId() != storeId)
            return failed(BackupRestore::tr("“%1” is a file of another co-op, not a backup of "
                                            "this one.")
                              .arg(QFileInfo(backupPath).fileName()));
    } catch (const StorageError& error) {
        return failed(error.message());
    }

    RestoreOutcome outcome;
    outcome.keptAs = keptNameFor(coopPath);
    QFile current(coopPath);
    if (!current.rename(outcome.keptAs))
        return failed(
            BackupRestore::tr("“%1” could not be renamed to “%2”: %3")
                .arg(coopName, QFileInfo(outcome.keptAs).fileName(), current.errorString()));
    try {
        const AuditReport copy = backup->backupTo(coopPath, progress);
        if (!copy.ok) {
            outcome.status = RestoreOutcome::Status::Cancelled;
            return putBack(outcome, coopPath, outcome.keptAs);
        }
        outcome.events = copy.eventsChecked;
    } catch (const StorageError& error) {
        outcome.message = error.message();
        return putBack(outcome, coopPath, outcome.keptAs);
    } catch (const std::exception& error) {
        outcome.message = QString::fromLocal8Bit(error.what());
        return putBack(outcome, coopPath, outcome.keptAs);
    }
    // The views file holds the read models of the events before: same
    // co-op, same id, so nothing else would tell it from the restored one's.
    viewsfile::remove(viewsfile::pathFor(StoreLocation::fromText(coopPath), storeId));
    outcome.status = RestoreOutcome::Status::Restored;
    return outcome;
}

} // namespace coopdesk
