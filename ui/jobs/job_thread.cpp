#include "job_thread.h"

namespace coopdesk {

JobThread::JobThread(QObject* owner, const QString& name)
    : m_owner(owner)
    , m_name(name)
{}

JobThread::~JobThread()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    // A report never given goes under the lock the thread wrote it under.
    const std::lock_guard lock(m_reportMutex);
    m_report = {};
}

bool JobThread::start(Work work)
{
    if (m_thread)
        return false;
    m_cancelled.store(false);
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        Report report = work(m_cancelled);
        const std::lock_guard lock(m_reportMutex);
        m_report = std::move(report);
    }));
    m_thread->setObjectName(m_name);
    QObject::connect(m_thread.get(), &QThread::finished, m_owner, [this] { onThreadDone(); });
    m_thread->start();
    return true;
}

void JobThread::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    std::unique_lock lock(m_reportMutex);
    const Report report = std::move(m_report);
    m_report = {};
    lock.unlock();
    // Last: the report may start the next work, or delete the owner.
    if (report)
        report();
}

} // namespace coopdesk
