#include "save_copy_job.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <exception>

namespace coopdesk {

SaveCopyJob::SaveCopyJob(const StoreLocation& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<SaveCopyResult>();
}

SaveCopyJob::~SaveCopyJob()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool SaveCopyJob::start(const QString& target)
{
    if (m_thread)
        return false;
    m_cancel->store(false);
    m_thread.reset(QThread::create([this, target, cancel = m_cancel] {
        SaveCopyResult result{SaveCopyResult::Status::Failed, target, 0, {}};
        try {
            StoreOptions readOnly;
            readOnly.readOnly = true;
            const AuditReport copy =
                openEventStore(m_location, readOnly)
                    ->backupTo(target, [this, cancel](qint64 done, qint64 total) {
                        emit progress(done, total); // queued to the owner
                        return !cancel->load();
                    });
            result.events = copy.eventsChecked;
            result.status =
                copy.ok ? SaveCopyResult::Status::Ok : SaveCopyResult::Status::Cancelled;
        } catch (const StorageError& error) {
            result.message = error.message();
        } catch (const std::exception& error) {
            result.message = QString::fromLocal8Bit(error.what());
        }
        const std::lock_guard lock(m_resultMutex);
        m_result = result;
    }));
    m_thread->setObjectName(QStringLiteral("save-copy"));
    connect(m_thread.get(), &QThread::finished, this, &SaveCopyJob::onThreadDone);
    m_thread->start();
    return true;
}

void SaveCopyJob::cancel()
{
    m_cancel->store(true);
}

void SaveCopyJob::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    std::unique_lock lock(m_resultMutex);
    const SaveCopyResult result = m_result;
    lock.unlock();
    emit finished(result);
}

} // namespace coopdesk
