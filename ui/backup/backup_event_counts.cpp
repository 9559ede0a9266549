#include "backup_event_counts.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <exception>

namespace coopdesk {

BackupEventCounts::BackupEventCounts(QObject* parent)
    : QObject(parent)
{}

bool BackupEventCounts::start(const QStringList& backupPaths)
{
    return m_thread.start([this, backupPaths](const std::atomic_bool& stopped) {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        for (const QString& path : backupPaths) {
            if (stopped.load())
                break;
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
        return [this] { emit finished(); };
    });
}

} // namespace coopdesk
