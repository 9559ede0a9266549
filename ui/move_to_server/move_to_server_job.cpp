#include "move_to_server_job.h"

#include "store/open_event_store.h"
#include "store/store_copy.h"

#include <exception>

namespace coopdesk {

MoveToServerJob::MoveToServerJob(const StoreLocation& source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    qRegisterMetaType<MoveToServerResult>();
}

bool MoveToServerJob::start(const StoreLocation& target)
{
    return m_thread.start([this, target](const std::atomic_bool& cancelled) {
        MoveToServerResult result;
        try {
            StoreOptions readOnly;
            readOnly.readOnly = true;
            const auto source = openEventStore(m_source, readOnly);
            const CopyReport copy =
                copyStore(*source, target, [this, &cancelled](qint64 done, qint64 total) {
                    emit progress(done, total); // queued to the owner
                    return !cancelled.load();
                });
            result.events = copy.eventsCopied;
            result.commands = copy.commandsCopied;
            result.status = copy.check.ok ? MoveToServerResult::Status::Ok
                                          : MoveToServerResult::Status::Cancelled;
        } catch (const StorageError& error) {
            result.message = error.message();
            result.kind = error.kind();
        } catch (const std::exception& error) {
            result.message = QString::fromLocal8Bit(error.what());
        }
        return [this, result] { emit finished(result); };
    });
}

} // namespace coopdesk
