#include "projector_worker.h"

namespace coopdesk {

namespace {
// More changed families than this in one batch: the screens refresh whole.
constexpr qsizetype listedChangesLimit = 500;
} // namespace

void ProjectedPositionGate::publish(qint64 position)
{
    {
        std::lock_guard lock(m_mutex);
        m_position = position;
    }
    m_raised.notify_all();
}

qint64 ProjectedPositionGate::position() const
{
    std::lock_guard lock(m_mutex);
    return m_position;
}

bool ProjectedPositionGate::waitFor(qint64 target, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_raised.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                             [&] { return m_position >= target; });
}

ProjectorWorker::ProjectorWorker(const StoreLocation& location, const Clock& clock,
                                 ProjectedPositionGate& gate, Projector::Options options)
    : m_location(location)
    , m_clock(clock)
    , m_gate(gate)
    , m_options(options)
{}

ProjectorWorker::~ProjectorWorker() = default;

void ProjectorWorker::start()
{
    try {
        m_projector = std::make_unique<Projector>(m_location, m_clock, m_options);
        m_projector->open();
        m_gate.publish(m_projector->projectedPosition());
        m_viewsOpenings = m_projector->viewsOpenings();
        m_viewsAsOf = m_clock.now();
        emit opened(m_projector->viewsPath(), m_projector->viewsWereRecreated());
    } catch (const StorageError& error) {
        m_projector.reset();
        emit failed(error.message());
        return;
    }
    m_watch = new QTimer(this);
    m_watch->setInterval(100);
    connect(m_watch, &QTimer::timeout, this, [this] {
        const bool wasRebuilding = m_projector->isRebuilding();
        try {
            // One stat() a tick: a views file deleted or replaced is noticed
            // even while nothing is appended.
            if (m_projector->reopenViewsIfMoved())
                wake();
            reportIfViewsReopened(wasRebuilding);
            if (m_projector->storeChanged())
                wake();
            noteStoreAnswered(!m_pending);
        } catch (const StorageError& error) {
            reportIfViewsReopened(wasRebuilding);
            handleStorageError(error);
        }
    });
    m_watch->start();
    wake();
}

void ProjectorWorker::wake()
{
    m_pending = true;
    scheduleWork();
}

void ProjectorWorker::scheduleWork()
{
    if (m_workScheduled || !m_projector)
        return;
    m_workScheduled = true;
    QMetaObject::invokeMethod(this, &ProjectorWorker::work, Qt::QueuedConnection);
}

void ProjectorWorker::work()
{
    m_workScheduled = false;
    bool more = false;
    if (m_pending)
        more = runOneBatch();
    if (m_projector && m_projector->isRebuilding()) {
        runOneRebuildStep();
        more = more || (m_projector && m_projector->isRebuilding());
    }
    if (more)
        scheduleWork();
}

bool ProjectorWorker::runOneBatch()
{
    const bool wasRebuilding = m_projector->isRebuilding();
    try {
        const BatchOutcome outcome = m_projector->runBatch();
        reportIfViewsReopened(wasRebuilding);
        m_recreatedViews = false;
        m_gate.publish(m_projector->projectedPosition());
        noteStoreAnswered(outcome.eventsRead == 0);
        if (outcome.statusChanged)
            emit statusChanged();
        if (outcome.eventsRead == 0) {
            m_pending = false;
            return false;
        }
        const bool everything = outcome.changes.families.size() > listedChangesLimit;
        emit projected(m_projector->projectedPosition(),
                       everything ? QStringList() : QStringList(outcome.changes.families.values()),
                       QStringList(outcome.changes.months.values()), everything);
        return true;
    } catch (const StorageError& error) {
        reportIfViewsReopened(wasRebuilding);
        handleStorageError(error);
        return false;
    }
}

void ProjectorWorker::reportIfViewsReopened(bool wasRebuilding)
{
    if (!m_projector || m_projector->viewsOpenings() == m_viewsOpenings)
        return;
    m_viewsOpenings = m_projector->viewsOpenings();
    if (wasRebuilding && !m_projector->isRebuilding())
        emit rebuildFinished(m_rebuildNames, false,
                             tr("The rebuild stopped: the views file was replaced"));
    m_gate.publish(m_projector->projectedPosition());
    emit viewsReopened(m_projector->viewsPath());
    // What the screens show came from the old file: they reload whole.
    emit projected(m_projector->projectedPosition(), {}, {}, true);
    emit statusChanged();
}

void ProjectorWorker::runOneRebuildStep()
{
    try {
        const RebuildProgress progress = m_projector->rebuildStep();
        emit rebuildProgress(progress.names, progress.processed, progress.total,
                             progress.eventsPerSecond);
        if (progress.finished) {
            m_gate.publish(m_projector->projectedPosition());
            emit rebuildFinished(progress.names, true, {});
            emit projected(m_projector->projectedPosition(), {}, {}, true);
            emit statusChanged();
        }
    } catch (const RebuildError& error) {
        emit rebuildFinished(m_rebuildNames, false, error.message());
        emit statusChanged();
    } catch (const StorageError& error) {
        // The projector dropped the rebuild: say so, or a progress bar waits forever.
        if (m_projector && !m_projector->isRebuilding())
            emit rebuildFinished(m_rebuildNames, false, error.message());
        handleStorageError(error);
    }
}

void ProjectorWorker::rebuild(const QStringList& names)
{
    if (!m_projector || m_projector->isRebuilding())
        return;
    try {
        m_rebuildNames = names;
        m_projector->startRebuild(names);
        emit statusChanged();
        scheduleWork();
    } catch (const StorageError& error) {
        // It did not start (another rebuild runs, say): the progress bar must not wait.
        emit rebuildFinished(names, false, error.message());
        if (error.kind() != StorageError::Kind::Locked)
            handleStorageError(error);
    }
}

void ProjectorWorker::cancelRebuild()
{
    if (!m_projector || !m_projector->isRebuilding())
        return;
    try {
        m_projector->cancelRebuild();
        emit rebuildFinished(m_rebuildNames, false, tr("Rebuild cancelled"));
        emit statusChanged();
    } catch (const StorageError& error) {
        handleStorageError(error);
    }
}

void ProjectorWorker::retry(const QString& name)
{
    if (!m_projector)
        return;
    try {
        m_projector->retry(name);
        emit statusChanged();
        wake();
    } catch (const StorageError& error) {
        handleStorageError(error);
    }
}

void ProjectorWorker::skip(const QString& name, const QString& userId)
{
    if (!m_projector)
        return;
    try {
        m_projector->skip(name, userId);
        emit statusChanged();
        wake();
    } catch (const StorageError& error) {
        handleStorageError(error);
    }
}

void ProjectorWorker::noteStoreAnswered(bool viewsCurrent)
{
    if (viewsCurrent)
        m_viewsAsOf = m_clock.now();
    if (m_serverUnreachable) {
        m_serverUnreachable = false;
        emit serverReachable();
    }
}

void ProjectorWorker::handleStorageError(const StorageError& error)
{
    // A server co-op's connection errors are Io; the screens keep what they show.
    if (m_location.isServer() && error.kind() == StorageError::Kind::Io) {
        if (!m_serverUnreachable) {
            m_serverUnreachable = true;
            emit serverUnreachable(error.message(), m_viewsAsOf);
        }
        return;
    }
    // A damaged views file is thrown away and rebuilt; anything else is
    // reported, and the next wake (or the watch timer) tries again. Damage
    // that outlives a fresh views file is in the co-op file itself: it is
    // reported, not answered with one rebuild after another.
    const bool damaged = error.kind() == StorageError::Kind::Corrupt ||
                         error.kind() == StorageError::Kind::NotCoopFile;
    if (damaged && !m_recreatedViews) {
        try {
            m_recreatedViews = true;
            const bool wasRebuilding = m_projector->isRebuilding();
            m_projector->recreateViews();
            reportIfViewsReopened(wasRebuilding);
            emit statusChanged();
            wake();
            return;
        } catch (const StorageError& again) {
            emit failed(again.message());
            return;
        }
    }
    emit failed(error.message());
}

} // namespace coopdesk
