#pragma once

#include "jobs/job_thread.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace coopdesk {

// The events each of a co-op's backups holds, for Restore from Backup…'s
// list: each file opened read-only on a thread of its own (a co-op keeps
// up to AutomaticBackups::maxKeep of them) and asked its head position,
// nothing checked yet. Destroying the object stops and waits.
class BackupEventCounts : public QObject
{
    Q_OBJECT

public:
    explicit BackupEventCounts(QObject* parent = nullptr);

    bool isRunning() const { return m_thread.isRunning(); }
    // Counts the events of each file, in order; false while a count runs.
    bool start(const QStringList& backupPaths);

signals:
    void counted(const QString& backupPath, qint64 events);
    // The file could not be read: `message` says why, for people.
    void unreadable(const QString& backupPath, const QString& message);
    void finished();

private:
    JobThread m_thread{this, QStringLiteral("backup-event-counts")}; // last: stops first
};

} // namespace coopdesk
