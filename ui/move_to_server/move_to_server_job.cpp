#include "move_to_server_job.h"

#include "store/open_event_store.h"
#include "store/store_copy.h"

#include <exception>

namespace coopdesk {

MoveToServerJob::MoveToServerJob(const StoreLocation& source, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<MoveToServerResult>();
}

MoveToServerJob::~MoveToServerJob()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool MoveToServerJob::start(const StoreLocation& target)
{
    if (m_thread)
        return false;
    m_cancel->store(false);
    m_thread.reset(QThread::create([this, target, cancel = m_cancel] {
        MoveToServerResult result;
        try {
            StoreOptions readOnly;
            readOnly.readOnly = true;
            const auto source = openEventStore(m_source, readOnly);
            const CopyReport copy =
                copyStore(*source, target, [this, cancel](qint64 done, qint64 total) {
                    emit progress(done, total); // queued to the owner
                    return !cancel->load();
                });
            result.events = copy.eventsCopied;
            result.commands = copy.commandsCopied;
            result.status = copy.check.ok ? MoveToServerResult::Status::Ok
                                          : MoveToServerResult::Status::Cancelled;
        } catch (const StorageError& error) {
            result.message = error.message();
            result.kind = error.kind();
            result.needsPassword = error.needsPassword();
        } catch (const std::exception& error) {
            result.message = QString::fromLocal8Bit(error.what());
        }
        const std::lock_guard lock(m_resultMutex);
        m_result = result;
    }));
    m_thread->setObjectName(QStringLiteral("move-to-server"));
    connect(m_thread.get(), &QThread::finished, this, &MoveToServerJob::onThreadDone);
    m_thread->start();
    return true;
}

void MoveToServerJob::cancel()
{
    m_cancel->store(true);
}

void MoveToServerJob::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    std::unique_lock lock(m_resultMutex);
    const MoveToServerResult result = m_result;
    lock.unlock();
    emit finished(result);
}

} // namespace coopdesk
