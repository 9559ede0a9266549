#pragma once

#include "projector.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace coopdesk {

// The position every projection has applied, shared between the projector
// thread (which raises it) and threads that wait to read their own writes.
// Standard-library primitives: ThreadSanitizer sees them whole, while Qt's
// (from an uninstrumented Qt) unlock inside the library where it cannot look.
class ProjectedPositionGate
{
public:
    void publish(qint64 position);
    qint64 position() const;
    // Blocks until the position reaches `target` or the time runs out.
    bool waitFor(qint64 target, int timeoutMs);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_raised;
    qint64 m_position = 0;
};

// The Projector on its own thread (docs/ARCHITECTURE.md rule 5: a worker
// object, moved to the thread, driven by queued calls). It catches up when
// woken, one batch per event-loop turn so rebuilds, cancels and status
// calls interleave, and notices appends by other processes by watching the
// store for new commits every 100 ms.
class ProjectorWorker : public QObject
{
    Q_OBJECT

public:
    ProjectorWorker(const StoreLocation& location, const Clock& clock, ProjectedPositionGate& gate,
                    Projector::Options options = {});
    ~ProjectorWorker() override;

public slots:
    void start();
    void wake();
    void rebuild(const QStringList& names);
    void cancelRebuild();
    void retry(const QString& name);
    void skip(const QString& name, const QString& userId);

signals:
    void opened(const QString& viewsPath, bool recreated);
    // Families and months changed up to `position`; `everything` when too
    // many changed to list (screens then refresh as a whole).
    void projected(qint64 position, const QStringList& families, const QStringList& months,
                   bool everything);
    void statusChanged();
    void rebuildProgress(const QStringList& names, qint64 processed, qint64 total,
                         double eventsPerSecond);
    void rebuildFinished(const QStringList& names, bool ok, const QString& message);
    void failed(const QString& message);
    // The views file was deleted, replaced or found damaged under the
    // projector, which now works on the one at `viewsPath` (SPEC 10).
    void viewsReopened(const QString& viewsPath);
    // A server co-op's read side lost its server (a connection error);
    // `viewsAsOf` is when the views were last known to be up to date.
    // Reported once until the server answers again (serverReachable).
    void serverUnreachable(const QString& message, const QDateTime& viewsAsOf);
    void serverReachable();

private:
    void scheduleWork();
    void work();
    bool runOneBatch();
    void runOneRebuildStep();
    void handleStorageError(const StorageError& error);
    void reportIfViewsReopened(bool wasRebuilding);
    // The store answered: the views are up to date as of now.
    void noteStoreAnswered(bool viewsCurrent);

    StoreLocation m_location;
    const Clock& m_clock;
    ProjectedPositionGate& m_gate;
    Projector::Options m_options;
    std::unique_ptr<Projector> m_projector;
    QTimer* m_watch = nullptr;
    QStringList m_rebuildNames;
    bool m_workScheduled = false;
    bool m_pending = false;
    bool m_recreatedViews = false; // since the last batch that succeeded
    qint64 m_viewsOpenings = 0;    // the projector's count last reported
    bool m_serverUnreachable = false;
    QDateTime m_viewsAsOf;
};

} // namespace coopdesk
