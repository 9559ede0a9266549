#include "save_copy_job.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <exception>

namespace coopdesk {

SaveCopyJob::SaveCopyJob(const StoreLocation& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
{
    qRegisterMetaType<SaveCopyResult>();
}

bool SaveCopyJob::start(const QString& target)
{
    return m_thread.start([this, target](const std::atomic_bool& cancelled) {
        SaveCopyResult result{SaveCopyResult::Status::Failed, target, 0, {}};
        try {
            StoreOptions readOnly;
            readOnly.readOnly = true;
            const AuditReport copy =
                openEventStore(m_location, readOnly)
                    ->backupTo(target, [this, &cancelled](qint64 done, qint64 total) {
                        emit progress(done, total); // queued to the owner
                        return !cancelled.load();
                    });
            result.events = copy.eventsChecked;
            result.status =
                copy.ok ? SaveCopyResult::Status::Ok : SaveCopyResult::Status::Cancelled;
        } catch (const StorageError& error) {
            result.message = error.message();
        } catch (const std::exception& error) {
            result.message = QString::fromLocal8Bit(error.what());
        }
        return [this, result] { emit finished(result); };
    });
}

} // namespace coopdesk
