#pragma once

#include "projector_worker.h"

#include <QObject>
#include <QThread>

namespace coopdesk {

// The read side as the app holds it: a ProjectorWorker on its own thread,
// started, woken, asked to rebuild, retry or skip through queued calls, and
// stopped (quit and wait) when this object dies. Its signals arrive in the
// thread that owns this object (the GUI thread in the app).
class ProjectionService : public QObject
{
    Q_OBJECT

public:
    ProjectionService(const StoreLocation& location, const Clock& clock, QObject* parent = nullptr,
                      Projector::Options options = {});
    ~ProjectionService() override;

    void start();
    // Read-your-writes: blocks until every projection passed `position`.
    bool waitFor(qint64 position, int timeoutMs);
    qint64 projectedPosition() const { return m_gate.position(); }

public slots:
    void wake();
    void rebuild(const QStringList& names);
    void cancelRebuild();
    void retry(const QString& name);
    void skip(const QString& name, const QString& userId);

signals:
    void opened(const QString& viewsPath, bool recreated);
    void projected(qint64 position, const QStringList& families, const QStringList& months,
                   bool everything);
    void statusChanged();
    void rebuildProgress(const QStringList& names, qint64 processed, qint64 total,
                         double eventsPerSecond);
    void rebuildFinished(const QStringList& names, bool ok, const QString& message);
    void failed(const QString& message);
    void viewsReopened(const QString& viewsPath);
    // A server co-op's read side lost its server, or reached it again
    // (ProjectorWorker).
    void serverUnreachable(const QString& message, const QDateTime& viewsAsOf);
    void serverReachable();

private:
    ProjectedPositionGate m_gate;
    QThread m_thread;
    ProjectorWorker* m_worker;
};

} // namespace coopdesk
