#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace coopdesk {

// Runs a job's work, one at a time, on a thread of its own: the work opens
// its own stores there (ARCHITECTURE rule 4). The work returns what to do
// with its result; that runs in the owner's thread once the thread has
// ended, handed over under a mutex ThreadSanitizer sees (QThread::wait()
// is a futex it cannot). Destroying it cancels and waits, so it is the
// owner's last member: the work may use the others until then.
class JobThread
{
public:
    // Runs in the owner's thread; may be empty.
    using Report = std::function<void()>;
    // Runs on the thread; `cancelled` turns true when the owner cancels.
    using Work = std::function<Report(const std::atomic_bool& cancelled)>;

    // `name` names the thread (for debuggers and crash reports).
    JobThread(QObject* owner, const QString& name);
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    bool isRunning() const { return m_thread != nullptr; }
    // False while work runs.
    bool start(Work work);
    void cancel() { m_cancelled.store(true); }

private:
    void onThreadDone();

    QObject* m_owner;
    QString m_name;
    std::atomic_bool m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
    std::mutex m_reportMutex;
    Report m_report;
};

} // namespace coopdesk
