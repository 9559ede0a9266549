#pragma once

#include "store/storage_error.h"
#include "store/store_location.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace coopdesk {

// How a Move to a Server ended.
struct MoveToServerResult
{
    enum class Status { Ok, Cancelled, Failed };

    Status status = Status::Failed;
    qint64 events = 0;   // events on the server (Ok), or copied before a cancel
    qint64 commands = 0; // accepted command ids copied
    QString message;     // Failed: what went wrong, for people
    // Failed with a StorageError of this kind (the store's, or the server's).
    std::optional<StorageError::Kind> kind;
    // Failed because the server asks for a password the location lacks.
    bool needsPassword = false;
};

// File → Move to a Server…'s work (SPEC 12.4): copyStore from the co-op
// file to an empty server database on a thread of its own. Both stores
// are opened in that thread (a connection cannot move between threads):
// the file read-only, in one snapshot, while the window keeps it open.
// A cancelled or failed copy leaves the database as it was found.
// Destroying the object cancels and waits.
class MoveToServerJob : public QObject
{
    Q_OBJECT

public:
    explicit MoveToServerJob(const StoreLocation& source, QObject* parent = nullptr);
    ~MoveToServerJob() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Starts copying into `target`; false while a copy runs.
    bool start(const StoreLocation& target);
    void cancel();

signals:
    // Events copied so far, of `total`.
    void progress(qint64 copied, qint64 total);
    void finished(const coopdesk::MoveToServerResult& result);

private:
    void onThreadDone();

    StoreLocation m_source;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QThread> m_thread;
    // Written by the thread as it ends, read once it ended.
    std::mutex m_resultMutex;
    MoveToServerResult m_result;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::MoveToServerResult)
