#include "restore_job.h"

namespace coopdesk {

RestoreJob::RestoreJob(const QString& coopPath, const QString& storeId, QObject* parent)
    : QObject(parent)
    , m_coopPath(coopPath)
    , m_storeId(storeId)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<BackupCheck>();
    qRegisterMetaType<RestoreOutcome>();
}

RestoreJob::~RestoreJob()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool RestoreJob::startCheck(const QString& backupPath)
{
    return start(
        [this, backupPath](const AuditProgress& progress) {
            const BackupCheck check = checkBackup(backupPath, m_coopPath, m_storeId, progress);
            const std::lock_guard lock(m_resultMutex);
            m_check = check;
        },
        [this] {
            std::unique_lock lock(m_resultMutex);
            const BackupCheck check = m_check;
            lock.unlock();
            emit checked(check);
        });
}

bool RestoreJob::startRestore(const QString& backupPath)
{
    return start(
        [this, backupPath](const AuditProgress& progress) {
            const RestoreOutcome outcome =
                restoreBackup(backupPath, m_coopPath, m_storeId, progress);
            const std::lock_guard lock(m_resultMutex);
            m_outcome = outcome;
        },
        [this] {
            std::unique_lock lock(m_resultMutex);
            const RestoreOutcome outcome = m_outcome;
            lock.unlock();
            emit restored(outcome);
        });
}

bool RestoreJob::start(const std::function<void(const AuditProgress&)>& work,
                       const std::function<void()>& report)
{
    if (m_thread)
        return false;
    m_cancel->store(false);
    m_report = report;
    m_thread.reset(QThread::create([this, work, cancel = m_cancel] {
        work([this, cancel](qint64 done, qint64 total) {
            emit progress(done, total); // queued to the owner
            return !cancel->load();
        });
    }));
    m_thread->setObjectName(QStringLiteral("restore-backup"));
    connect(m_thread.get(), &QThread::finished, this, &RestoreJob::onThreadDone);
    m_thread->start();
    return true;
}

void RestoreJob::cancel()
{
    m_cancel->store(true);
}

void RestoreJob::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    const auto report = std::move(m_report);
    m_report = {};
    report();
}

} // namespace coopdesk
