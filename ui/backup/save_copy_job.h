#pragma once

#include "jobs/job_thread.h"
#include "store/store_location.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace coopdesk {

// How a Save a Copy ended.
struct SaveCopyResult
{
    enum class Status { Ok, Cancelled, Failed };

    Status status = Status::Failed;
    QString path;      // the copy (there only when Ok)
    qint64 events = 0; // events the copy holds, each checked
    QString message;   // Failed: what went wrong, for people
};

// File → Save a Copy…'s work (SPEC 7): EventStore::backupTo on a thread of
// its own, with a read-only store opened in that thread (ARCHITECTURE rule
// 4): one consistent snapshot while this window and other programs append,
// checked before it is reported; a cancelled or failed copy leaves no file.
// Destroying the object cancels and waits.
class SaveCopyJob : public QObject
{
    Q_OBJECT

public:
    explicit SaveCopyJob(const StoreLocation& location, QObject* parent = nullptr);

    bool isRunning() const { return m_thread.isRunning(); }

    // Starts writing `target`; false while a copy runs.
    bool start(const QString& target);
    void cancel() { m_thread.cancel(); }

signals:
    // Events of the copy checked so far, of `total`.
    void progress(qint64 checked, qint64 total);
    void finished(const coopdesk::SaveCopyResult& result);

private:
    StoreLocation m_location;
    JobThread m_thread{this, QStringLiteral("save-copy")}; // last: stops first
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::SaveCopyResult)
