#include "event_log_export.h"

#include "io/json_output.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QSaveFile>

#include <exception>

namespace coopdesk {

EventLogExport::EventLogExport(const StoreLocation& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<EventExportResult>();
    m_thread.setObjectName(QStringLiteral("event-export"));
}

EventLogExport::~EventLogExport()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

bool EventLogExport::start(const QString& targetPath)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel->store(false);
    // A fresh worker and thread run for each export; the worker (and its
    // store) is deleted in its thread when the thread finishes.
    m_thread.wait();
    auto* worker = new EventLogExportWorker(m_location, m_pageSize, m_cancel);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &EventLogExportWorker::progress, this, &EventLogExport::progress);
    connect(worker, &EventLogExportWorker::finished, this, [this](const EventExportResult& result) {
        m_thread.quit();
        m_thread.wait();
        m_running = false;
        emit finished(result);
    });
    m_thread.start();
    QMetaObject::invokeMethod(
        worker, [worker, targetPath] { worker->run(targetPath); }, Qt::QueuedConnection);
    return true;
}

void EventLogExport::cancel()
{
    m_cancel->store(true);
}

EventLogExportWorker::EventLogExportWorker(const StoreLocation& location, int pageSize,
                                           std::shared_ptr<std::atomic_bool> cancel)
    : m_location(location)
    , m_pageSize(pageSize > 0 ? pageSize : 5000)
    , m_cancel(std::move(cancel))
{}

void EventLogExportWorker::run(const QString& targetPath)
{
    EventExportResult result;
    result.path = targetPath;
    QSaveFile file(targetPath);
    try {
        StoreOptions options;
        options.readOnly = true;
        const auto store = openEventStore(m_location, options); // this thread's own connection
        const qint64 head = store->headPosition();
        result.lastPosition = head;
        if (!file.open(QIODevice::WriteOnly)) {
            result.message = file.errorString();
            emit finished(result);
            return;
        }
        // The log names families and parents: private, like the co-op file.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        emit progress(0, head);
        qint64 after = 0;
        while (after < head) {
            if (m_cancel->load()) {
                file.cancelWriting();
                result.status = EventExportResult::Status::Cancelled;
                emit finished(result);
                return;
            }
            const QList<RecordedEvent> events = store->readAfter(after, m_pageSize);
            if (events.isEmpty())
                break;
            QByteArray page;
            for (const RecordedEvent& event : events) {
                if (event.position > head)
                    break;
                page += json::event(event);
                page += '\n';
                ++result.events;
                after = event.position;
            }
            if (file.write(page) != page.size()) {
                result.message = file.errorString();
                file.cancelWriting();
                emit finished(result);
                return;
            }
            emit progress(after, head);
            if (events.last().position > head)
                break;
        }
        if (m_cancel->load()) {
            file.cancelWriting();
            result.status = EventExportResult::Status::Cancelled;
        } else if (!file.commit()) {
            result.message = file.errorString();
        } else {
            result.status = EventExportResult::Status::Ok;
        }
    } catch (const StorageError& error) {
        file.cancelWriting();
        result.message = error.message();
    } catch (const std::exception& error) {
        file.cancelWriting();
        result.message = QString::fromLocal8Bit(error.what());
    }
    emit finished(result);
}

} // namespace coopdesk
