// The Projector's blue/green rebuilds (SPEC 6): shadow tables filled from
// position 1 in chunks while the screens read the live ones, then swapped
// in with their checkpoints in one transaction.

#include "projector_internals.h"

#include "fold_followers.h"
#include "projection_registry.h"

#include <QCoreApplication>

#include <algorithm>

namespace coopdesk {

using namespace projector_detail;

namespace {

// Commands may arrive all the while: a rebuild catches up to the head it
// read, then (when much arrived meanwhile) to the head read then, at most
// this many times; whatever is left goes in with the swap.
constexpr int maxCatchUpRounds = 3;

} // namespace

bool Projector::rebuildInProgress(const QHash<QString, CheckpointRow>& rows) const
{
    const bool anyRebuilding = std::any_of(rows.begin(), rows.end(), [](const CheckpointRow& row) {
        return row.status == rebuilding;
    });
    return anyRebuilding && RebuildLock::isHeld(m_viewsPath);
}

void Projector::startRebuild(const QStringList& names)
{
    if (m_rebuild)
        return;
    auto job = std::make_unique<RebuildJob>();
    job->lock = RebuildLock::acquire(m_viewsPath);
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    // This holds the lock: any other `rebuilding` was left by a rebuild that is gone.
    for (const auto& projection : m_projections) {
        dropTables(projection->name(), shadowSuffix);
        const auto row = rows.find(projection->name());
        if (row != rows.end() && row->status == rebuilding) {
            row->status = running;
            row->updatedAt = m_clock.timestamp();
            writeCheckpoint(*row);
        }
    }
    for (const QString& name : names) {
        auto shadow = makeProjection(name, *m_views, shadowSuffix);
        if (!shadow)
            continue;
        shadow->createTables();
        CheckpointRow& row = rows[name];
        job->previousStatus.insert(name, row.status);
        row.status = rebuilding;
        row.updatedAt = m_clock.timestamp();
        writeCheckpoint(row);
        job->names.append(name);
        job->shadows.push_back(std::move(shadow));
    }
    transaction.commit();
    job->target = headPosition();
    job->total = job->target;
    job->timer.start();
    m_rebuild = std::move(job);
    chooseShadowFollowers();
}

RebuildProgress Projector::rebuildStep()
{
    RebuildProgress progress;
    if (!m_rebuild) {
        progress.finished = true;
        return progress;
    }
    RebuildJob& job = *m_rebuild;
    try {
        if (job.position >= job.target && !startAnotherRound()) {
            swapRebuild();
            progress.names = job.names;
            progress.processed = job.processed;
            progress.total = job.processed;
            progress.finished = true;
            m_rebuild.reset();
            return progress;
        }
        const QList<RecordedEvent> events = m_store->readAfter(
            job.position, std::min<qint64>(m_options.rebuildChunk, job.target - job.position));
        if (events.isEmpty()) {
            job.target = job.position; // cannot happen (positions are gapless): swap next
        } else {
            Transaction transaction(*m_views, Transaction::Kind::Immediate);
            applyToShadows(events);
            transaction.commit();
        }
    } catch (const PoisonEvent& poison) {
        abandonRebuild();
        throw RebuildError(
            QCoreApplication::translate("Projector", "The rebuild stopped at position %1: %2")
                .arg(poison.position)
                .arg(poison.message));
    } catch (const StorageError&) {
        abandonRebuildAfterError();
        throw;
    }
    job.total = std::max(job.total, headPosition());
    progress.names = job.names;
    progress.processed = job.processed;
    progress.total = job.total;
    const double seconds = static_cast<double>(job.timer.nsecsElapsed()) / 1e9;
    progress.eventsPerSecond = seconds > 0 ? static_cast<double>(job.processed) / seconds : 0;
    return progress;
}

bool Projector::startAnotherRound()
{
    // The shadows reached this round's head. Swap now when little arrived
    // since (it goes in with the swap); else catch up to the new head first,
    // a bounded number of times, so the rebuild ends however fast commands come.
    RebuildJob& job = *m_rebuild;
    const qint64 head = headPosition();
    if (head - job.position <= m_options.rebuildChunk || job.rounds >= maxCatchUpRounds)
        return false;
    job.target = head;
    ++job.rounds;
    return true;
}

void Projector::applyToShadows(const QList<RecordedEvent>& events)
{
    RebuildJob& job = *m_rebuild;
    const QList<Decoded> decoded = decode(events);
    // Nobody reads the shadow tables before the swap: each family's rows are
    // written once per many chunks, not once per chunk, with the memory this
    // holds bounded by flushing every rebuildFlushEvery events (and at the swap).
    job.unflushed += events.size();
    const bool flushNow = job.unflushed >= m_options.rebuildFlushEvery;
    keepShadowFollowersInStep();
    for (std::size_t i = 0; i < job.shadows.size(); ++i) {
        Projection& shadow = *job.shadows[i];
        const bool follows = std::any_of(job.followers.cbegin(), job.followers.cend(),
                                         [&](const Projection* f) { return f == &shadow; });
        const bool leads = &shadow == job.foldLeader && !job.followers.isEmpty();
        if (!follows)
            applyEvents(shadow, job.position, events, decoded,
                        skippedPositions(job.names.at(qsizetype(i)), job.position),
                        std::numeric_limits<qint64>::max(),
                        flushNow && !leads ? Flush::Now : Flush::Later);
        shadow.takeChanges();
    }
    if (flushNow) {
        flushShadowFold();
        job.unflushed = 0;
    }
    job.position = events.last().position;
    job.lastEventId = events.last().eventId;
    job.lastEventTimestamp = events.last().recordedAt;
    job.processed += events.size();
}

void Projector::swapRebuild()
{
    RebuildJob& job = *m_rebuild;
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    // The events appended since the last chunk go in under the same lock, up
    // to the head read now: no live checkpoint can be past it (they commit
    // under this lock), so the swapped tables never go back in time. What
    // arrives later the live projector applies from the swapped checkpoint.
    const qint64 head = headPosition();
    while (job.position < head) {
        const QList<RecordedEvent> events = m_store->readAfter(
            job.position, std::min<qint64>(m_options.rebuildChunk, head - job.position));
        if (events.isEmpty())
            break;
        applyToShadows(events);
    }
    flushShadowFold();
    for (const auto& shadow : job.shadows)
        shadow->flush();
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    // The swapped projections come in with records of their own, or
    // following the swapped read model.
    releaseFollowers(QSet<QString>(job.names.begin(), job.names.end()));
    for (const FamilyFoldProjection* follower : std::as_const(job.followers))
        foldfollowers::add(*m_views, follower->name());
    for (const QString& name : std::as_const(job.names)) {
        dropTables(name, {});
        const auto live = std::find_if(m_projections.begin(), m_projections.end(),
                                       [&](const auto& p) { return p->name() == name; });
        for (const QString& table : (*live)->tables()) {
            const QString rename = QStringLiteral("ALTER TABLE ") + table + shadowSuffix +
                                   QStringLiteral(" RENAME TO ") + table;
            m_views->execute(rename.toUtf8().constData());
        }
        (*live)->createIndexes();
        CheckpointRow& row = rows[name];
        row.version = (*live)->version();
        row.lastPosition = job.position;
        row.lastEventId = job.lastEventId;
        row.lastEventTimestamp = job.lastEventTimestamp;
        row.eventsProcessed = job.processed;
        row.status = running;
        row.lastError.clear();
        row.errorPosition.reset();
        row.updatedAt = m_clock.timestamp();
        writeCheckpoint(row);
        (*live)->discard();
    }
    transaction.commit();
    rememberCheckpoints(rows);
    job.shadows.clear();
}

void Projector::abandonRebuild()
{
    if (!m_rebuild)
        return;
    RebuildJob& job = *m_rebuild;
    job.shadows.clear();
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    for (const QString& name : std::as_const(job.names)) {
        dropTables(name, shadowSuffix);
        CheckpointRow& row = rows[name];
        row.status = job.previousStatus.value(name, running);
        row.updatedAt = m_clock.timestamp();
        writeCheckpoint(row);
    }
    transaction.commit();
    m_rebuild.reset(); // and with it the lock
}

void Projector::abandonRebuildAfterError()
{
    // The chunk rolled back but the shadows' memory (and maybe the job's
    // position) moved on: going on would skip or repeat events, so the
    // rebuild is dropped. When even that fails, the lock goes with the job,
    // and the next open() drops the shadow tables and the 'rebuilding' status.
    try {
        abandonRebuild();
    } catch (const StorageError&) {
        m_rebuild.reset();
    }
}

void Projector::cancelRebuild()
{
    abandonRebuild();
}

} // namespace coopdesk
