#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

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
    ~BackupEventCounts() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Counts the events of each file, in order; false while a count runs.
    bool start(const QStringList& backupPaths);

signals:
    void counted(const QString& backupPath, qint64 events);
    // The file could not be read: `message` says why, for people.
    void unreadable(const QString& backupPath, const QString& message);
    void finished();

private:
    void onThreadDone();

    std::shared_ptr<std::atomic_bool> m_stop;
    std::unique_ptr<QThread> m_thread;
};

} // namespace coopdesk
