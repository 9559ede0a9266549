#include "backup_check.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <exception>

namespace coopdesk {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time.
struct BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
};

BackupCheck refused(const QString& message)
{
    return {BackupCheck::Status::Refused, 0, message};
}

} // namespace

BackupCheck checkBackup(const QString& backupPath, const QString& coopPath, const QString& storeId,
                        const AuditProgress& progress)
{
    const QString name = QFileInfo(backupPath).fileName();
    if (QFileInfo(backupPath) == QFileInfo(coopPath))
        return refused(
            BackupRestore::tr("“%1” is the co-op file itself, not a backup of it.").arg(name));
    try {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        const auto backup = openEventStore(StoreLocation::fromText(backupPath), readOnly);
        if (backup->storeId() != storeId)
            return refused(BackupRestore::tr("“%1” is a file of another co-op, not a backup of "
                                             "this one.")
                               .arg(name));
        const AuditReport report = backup->checkIntegrity(progress);
        if (report.ok)
            return {BackupCheck::Status::Ok, report.eventsChecked, {}};
        if (!report.firstBadPosition)
            return {BackupCheck::Status::Cancelled, 0, {}};
        return refused(BackupRestore::tr("“%1” does not check out: %2").arg(name, report.problem));
    } catch (const StorageError& error) {
        return refused(BackupRestore::tr("“%1” cannot be used: %2").arg(name, error.message()));
    } catch (const std::exception& error) {
        return refused(BackupRestore::tr("“%1” cannot be used: %2")
                           .arg(name, QString::fromLocal8Bit(error.what())));
    }
}

} // namespace coopdesk
