#include "projection_service.h"

namespace coopdesk {

ProjectionService::ProjectionService(const StoreLocation& location, const Clock& clock,
                                     QObject* parent, Projector::Options options)
    : QObject(parent)
    , m_worker(new ProjectorWorker(location, clock, m_gate, options))
{
    m_thread.setObjectName(QStringLiteral("projector"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProjectorWorker::opened, this, &ProjectionService::opened);
    connect(m_worker, &ProjectorWorker::projected, this, &ProjectionService::projected);
    connect(m_worker, &ProjectorWorker::statusChanged, this, &ProjectionService::statusChanged);
    connect(m_worker, &ProjectorWorker::rebuildProgress, this, &ProjectionService::rebuildProgress);
    connect(m_worker, &ProjectorWorker::rebuildFinished, this, &ProjectionService::rebuildFinished);
    connect(m_worker, &ProjectorWorker::failed, this, &ProjectionService::failed);
    connect(m_worker, &ProjectorWorker::viewsReopened, this, &ProjectionService::viewsReopened);
    connect(m_worker, &ProjectorWorker::serverUnreachable, this,
            &ProjectionService::serverUnreachable);
    connect(m_worker, &ProjectorWorker::serverReachable, this, &ProjectionService::serverReachable);
}

ProjectionService::~ProjectionService()
{
    m_thread.quit();
    m_thread.wait();
}

void ProjectionService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ProjectorWorker::start, Qt::QueuedConnection);
}

bool ProjectionService::waitFor(qint64 position, int timeoutMs)
{
    return m_gate.waitFor(position, timeoutMs);
}

void ProjectionService::wake()
{
    QMetaObject::invokeMethod(m_worker, &ProjectorWorker::wake, Qt::QueuedConnection);
}

void ProjectionService::rebuild(const QStringList& names)
{
    QMetaObject::invokeMethod(m_worker, "rebuild", Qt::QueuedConnection, Q_ARG(QStringList, names));
}

void ProjectionService::cancelRebuild()
{
    QMetaObject::invokeMethod(m_worker, &ProjectorWorker::cancelRebuild, Qt::QueuedConnection);
}

void ProjectionService::retry(const QString& name)
{
    QMetaObject::invokeMethod(m_worker, "retry", Qt::QueuedConnection, Q_ARG(QString, name));
}

void ProjectionService::skip(const QString& name, const QString& userId)
{
    QMetaObject::invokeMethod(m_worker, "skip", Qt::QueuedConnection, Q_ARG(QString, name),
                              Q_ARG(QString, userId));
}

} // namespace coopdesk
