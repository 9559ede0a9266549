#include "restore_job.h"

namespace coopdesk {

RestoreJob::RestoreJob(const QString& coopPath, const QString& storeId, QObject* parent)
    : QObject(parent)
    , m_coopPath(coopPath)
    , m_storeId(storeId)
{
    qRegisterMetaType<BackupCheck>();
    qRegisterMetaType<RestoreOutcome>();
}

bool RestoreJob::startCheck(const QString& backupPath)
{
    return m_thread.start([this, backupPath](const std::atomic_bool& cancelled) {
        const BackupCheck check =
            checkBackup(backupPath, m_coopPath, m_storeId, progressOf(cancelled));
        return [this, check] { emit checked(check); };
    });
}

bool RestoreJob::startRestore(const QString& backupPath)
{
    return m_thread.start([this, backupPath](const std::atomic_bool& cancelled) {
        const RestoreOutcome outcome =
            restoreBackup(backupPath, m_coopPath, m_storeId, progressOf(cancelled));
        return [this, outcome] { emit restored(outcome); };
    });
}

AuditProgress RestoreJob::progressOf(const std::atomic_bool& cancelled)
{
    return [this, &cancelled](qint64 done, qint64 total) {
        emit progress(done, total); // queued to the owner
        return !cancelled.load();
    };
}

} // namespace coopdesk
