#include "backup_event_counts.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <exception>

namespace coopdesk {

BackupEventCounts::BackupEventCounts(QObject* parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{}

BackupEventCounts::~BackupEventCounts()
{
    m_stop->store(true);
    if (m_thread)
        m_thread->wait();
}

bool BackupEventCounts::start(const QStringList& backupPaths)
{
    if (m_thread)
        return false;
    m_stop->store(false);
    m_thread.reset(QThread::create([this, backupPaths, stop = m_stop] {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        for (const QString& path : backupPaths) {
            if (stop->load())
                return;
            // Signals are queued to the owner's thread.
            try {
                emit counted(
                    path, openEventStore(StoreLocation::fromText(path), readOnly)->headPosition());
            } catch (const StorageError& error) {
                emit unreadable(path, error.message());
            } catch (const std::exception& error) {
                emit unreadable(path, QString::fromLocal8Bit(error.what()));
            }
        }
    }));
    m_thread->setObjectName(QStringLiteral("backup-event-counts"));
    connect(m_thread.get(), &QThread::finished, this, &BackupEventCounts::onThreadDone);
    m_thread->start();
    return true;
}

void BackupEventCounts::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    emit finished();
}

} // namespace coopdesk
