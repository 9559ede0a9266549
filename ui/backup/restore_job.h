#pragma once

#include "backup_check.h"
#include "backup_restore.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace coopdesk {

// File ▸ Restore from Backup…'s work off the GUI thread, one step at a
// time, each on a thread of its own that opens its own stores (ARCHITECTURE
// rule 4): checkBackup() while the co-op is still open, restoreBackup() once
// it is closed. Destroying the object cancels and waits (a cancelled
// restore puts the original back).
class RestoreJob : public QObject
{
    Q_OBJECT

public:
    // The co-op file to restore and its store id.
    RestoreJob(const QString& coopPath, const QString& storeId, QObject* parent = nullptr);
    ~RestoreJob() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Each starts its step on `backupPath`; false while a step runs.
    bool startCheck(const QString& backupPath);
    bool startRestore(const QString& backupPath);
    void cancel();

signals:
    // Events checked so far, of `total`.
    void progress(qint64 checked, qint64 total);
    void checked(const coopdesk::BackupCheck& check);
    void restored(const coopdesk::RestoreOutcome& outcome);

private:
    // Runs `work` on a new thread, then `report` in this object's thread.
    bool start(const std::function<void(const AuditProgress&)>& work,
               const std::function<void()>& report);
    void onThreadDone();

    QString m_coopPath;
    QString m_storeId;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QThread> m_thread;
    std::function<void()> m_report; // emits the step's result once the thread ended
    // The step's result, written by the thread, read once it ended; under a
    // mutex ThreadSanitizer sees (QThread::wait() is a futex it cannot).
    std::mutex m_resultMutex;
    BackupCheck m_check;
    RestoreOutcome m_outcome;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::BackupCheck)
Q_DECLARE_METATYPE(coopdesk::RestoreOutcome)
