#pragma once

#include "store/store_location.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace coopdesk {

// How an export of the event log ended.
struct EventExportResult
{
    enum class Status { Ok, Cancelled, Failed };

    Status status = Status::Failed;
    QString path;            // the file written (or not, unless Ok)
    qint64 events = 0;       // events written
    qint64 lastPosition = 0; // the head when the export began: the file ends there
    QString message;         // Failed: what went wrong, for people
};

// File → Export Events…: the co-op's event log as JSON lines, the format
// of `coopdesk-cli export-events` (one object a line, keys in the order of
// RecordedEvent::columns()), written off the GUI thread. A worker object on
// a QThread of its own opens its own read-only event store in that thread
// and reads it in pages up to the head it found when it began; the file is
// written through QSaveFile, so a cancelled or failed export leaves no file
// (and an existing file untouched). Destroying the object cancels and waits.
class EventLogExport : public QObject
{
    Q_OBJECT

public:
    explicit EventLogExport(const StoreLocation& location, QObject* parent = nullptr);
    ~EventLogExport() override;

    // Events read per page (before start()).
    void setPageSize(int events) { m_pageSize = events; }

    bool isRunning() const { return m_running; }

public slots:
    // Starts writing `targetPath`; false while an export runs.
    bool start(const QString& targetPath);
    void cancel();

signals:
    // `done` of `total` events written so far.
    void progress(qint64 done, qint64 total);
    void finished(const coopdesk::EventExportResult& result);

private:
    StoreLocation m_location;
    int m_pageSize = 5000;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

// The worker object of EventLogExport, living in its thread.
class EventLogExportWorker : public QObject
{
    Q_OBJECT

public:
    EventLogExportWorker(const StoreLocation& location, int pageSize,
                         std::shared_ptr<std::atomic_bool> cancel);

public slots:
    void run(const QString& targetPath);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const coopdesk::EventExportResult& result);

private:
    StoreLocation m_location;
    int m_pageSize;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::EventExportResult)
