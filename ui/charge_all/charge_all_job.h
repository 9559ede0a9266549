#pragma once

#include "charge_all_outcome.h"
#include "store/store_location.h"
#include "store/store_options.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace coopdesk {

class ChargeAllWorker;

// Charge Tuition to All Families off the GUI thread: a ChargeAllWorker on
// a QThread of its own plans a run over the read models and writes it, or
// the batch that cancels it, through its own event store and command bus
// (with the session's user id), each one all-or-nothing batch. Progress and
// outcomes arrive as queued signals carrying values, in the thread that
// owns the job. Plans are answered in order, each with its generation (the
// caller drops stale ones); one write at a time. Destroying the job
// cancels a running write and waits for the thread (a cancelled batch
// writes nothing).
class ChargeAllJob : public QObject
{
    Q_OBJECT

public:
    // How long a write waits for another program's before failing.
    static inline constexpr int defaultBusyTimeoutMs = 5000;

    ChargeAllJob(const StoreLocation& location, const QString& userId, QObject* parent = nullptr);
    ~ChargeAllJob() override;

    // For the writes asked for from now on.
    void setBusyTimeout(int milliseconds) { m_options.busyTimeoutMs = milliseconds; }

    bool isWriting() const { return m_writing; }

    // Asks for a plan of `request` (see ChargeAllWorker::plan); returns the
    // generation its outcome will carry.
    quint64 plan(const ChargeAllRequest& request, bool findFreeMonth = false);
    // Writes plan.commands(); false when a write is running.
    bool charge(const ChargeAllPlan& plan);
    // Writes plan.cancelCommands(reason); false when a write is running.
    bool cancelRun(const ChargeAllPlan& plan, const QString& reason);

public slots:
    // The running write stops at its next command and finishes as
    // Cancelled, having written nothing.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const coopdesk::ChargeAllOutcome& outcome);

private:
    void ensureWorker();
    bool write(ChargeAllOutcome::Step step, const ChargeAllPlan& plan,
               const QList<QJsonObject>& commands);
    void onFinished(const ChargeAllOutcome& outcome);

    StoreLocation m_location;
    QString m_userId;
    StoreOptions m_options;
    QThread m_thread;
    ChargeAllWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_writing = false;
};

} // namespace coopdesk
