#pragma once

#include "import_outcome.h"
#include "store/store_location.h"
#include "store/store_options.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace coopdesk {

class ImportWorker;

// One CSV import of the desktop app, off the GUI thread: an ImportWorker on
// a QThread of its own opens its own event store and command bus on the
// co-op file (with the session's user id) in that thread. check() reads the
// file and runs a dry run; commit() imports what the last check read.
// Progress and results arrive as queued signals carrying values, in the
// thread that owns the job. One step at a time: a step asked for while
// another runs is ignored. Destroying the job cancels the running step and
// waits for the thread (a cancelled commit writes nothing).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    // How long a step waits for another program's write before failing.
    static inline constexpr int defaultBusyTimeoutMs = 5000;

    ImportJob(const StoreLocation& location, const QString& userId, QObject* parent = nullptr);
    ~ImportJob() override;

    // Before the first step.
    void setBusyTimeout(int milliseconds) { m_options.busyTimeoutMs = milliseconds; }

    bool isRunning() const { return m_running; }
    // A check succeeded and nothing was committed or checked since.
    bool canCommit() const { return m_checked; }

public slots:
    bool check(const QString& csvPath, coopdesk::ImportKind kind);
    bool commit();
    // The running step stops at its next progress report and finishes as
    // Cancelled, having written nothing.
    void cancel();

signals:
    void started(coopdesk::ImportOutcome::Step step);
    void progress(coopdesk::ImportPhase phase, qint64 done, qint64 total);
    void finished(const coopdesk::ImportOutcome& outcome);

private:
    void ensureWorker();
    void onFinished(const ImportOutcome& outcome);

    StoreLocation m_location;
    QString m_userId;
    StoreOptions m_options;
    QThread m_thread;
    ImportWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_checked = false;
};

} // namespace coopdesk
