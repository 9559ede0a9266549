#pragma once

#include "store/store_location.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace coopdesk {

class AuditTrailWorker;

// "Verify audit trail" without blocking the window: the hash chain and
// the append-only enforcement (EventStore::checkIntegrity) are checked on a thread of
// its own, with its own read-only event store opened in that thread.
// Progress arrives as signals; cancel() stops the walk at the next batch.
class AuditTrailCheck : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 eventsChecked = 0;
        qint64 firstBadPosition = 0; // 0: none named
        QString problem;             // for people; empty when ok
    };

    explicit AuditTrailCheck(QObject* parent = nullptr);
    ~AuditTrailCheck() override;

    bool isRunning() const { return m_running; }

public slots:
    // Starts checking the store at `location` (ignored while a check runs).
    void start(const StoreLocation& location);
    // Stops the walk at its next batch; a walk that ended meanwhile without
    // finding a problem is reported as cancelled too.
    void cancel();

signals:
    void progress(qint64 checked, qint64 total);
    void finished(const coopdesk::AuditTrailCheck::Outcome& outcome);

private:
    void onFinished(const Outcome& outcome);

    QThread m_thread;
    AuditTrailWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

// The thread's side of AuditTrailCheck.
class AuditTrailWorker : public QObject
{
    Q_OBJECT

public:
    explicit AuditTrailWorker(std::shared_ptr<std::atomic<bool>> cancel);

    // In the worker's thread.
    void run(const StoreLocation& location);

signals:
    void progress(qint64 checked, qint64 total);
    void finished(const coopdesk::AuditTrailCheck::Outcome& outcome);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::AuditTrailCheck::Outcome)
