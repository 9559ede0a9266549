#pragma once

#include "store/storage_error.h"
#include "store/store_location.h"

#include "jobs/job_thread.h"

#include <QMetaType>
#include <QObject>
#include <QString>

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

    bool isRunning() const { return m_thread.isRunning(); }

    // Starts copying into `target`; false while a copy runs.
    bool start(const StoreLocation& target);
    void cancel() { m_thread.cancel(); }

signals:
    // Events copied so far, of `total`.
    void progress(qint64 copied, qint64 total);
    void finished(const coopdesk::MoveToServerResult& result);

private:
    StoreLocation m_source;
    JobThread m_thread{this, QStringLiteral("move-to-server")}; // last: stops first
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::MoveToServerResult)
