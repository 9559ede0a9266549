#pragma once

#include "backup_check.h"
#include "backup_restore.h"

#include "jobs/job_thread.h"

#include <QMetaType>
#include <QObject>
#include <QString>

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

    bool isRunning() const { return m_thread.isRunning(); }

    // Each starts its step on `backupPath`; false while a step runs.
    bool startCheck(const QString& backupPath);
    bool startRestore(const QString& backupPath);
    void cancel() { m_thread.cancel(); }

signals:
    // Events checked so far, of `total`.
    void progress(qint64 checked, qint64 total);
    void checked(const coopdesk::BackupCheck& check);
    void restored(const coopdesk::RestoreOutcome& outcome);

private:
    // The step's progress: reported to the owner, false once cancelled.
    AuditProgress progressOf(const std::atomic_bool& cancelled);

    QString m_coopPath;
    QString m_storeId;
    JobThread m_thread{this, QStringLiteral("restore-backup")}; // last: stops first
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::BackupCheck)
Q_DECLARE_METATYPE(coopdesk::RestoreOutcome)
