// The Projector's fold sharing (family_fold_projection.h): the at-risk and
// search projections follow the family read model's fold while their
// checkpoint, status and skips are its own, so a batch folds and stores
// each family's record once instead of three times. Each projection keeps
// its own checkpoint and status (SPEC 6): when a follower falls out of step
// (a poison event, a skip, a rebuild) it takes a copy of the leader's
// records and goes on alone.

#include "projector_internals.h"

#include "family_fold_projection.h"
#include "family_read_model_projection.h"
#include "fold_followers.h"

namespace coopdesk {

using namespace projector_detail;

FamilyFoldProjection* Projector::foldLeader() const
{
    for (const auto& projection : m_projections) {
        if (projection->name() == FamilyReadModelProjection::projectionName())
            return dynamic_cast<FamilyFoldProjection*>(projection.get());
    }
    return nullptr;
}

QList<FamilyFoldProjection*> Projector::followersInStep(QHash<QString, CheckpointRow>& rows)
{
    FamilyFoldProjection* leader = foldLeader();
    if (!leader)
        return {};
    const CheckpointRow& lead = rows[leader->name()];
    const QSet<QString> following = foldfollowers::read(*m_views);
    // Equal folds need the same events: the same skips, past and future.
    const QSet<qint64> leaderSkips = skippedPositions(leader->name(), 0);
    QList<FamilyFoldProjection*> followers;
    for (const auto& projection : m_projections) {
        auto* fold = dynamic_cast<FamilyFoldProjection*>(projection.get());
        if (!fold || fold == leader)
            continue;
        CheckpointRow& row = rows[fold->name()];
        const bool samePosition = row.lastPosition == lead.lastPosition;
        const bool inStep = samePosition && lead.status != failed && row.status != failed &&
                            skippedPositions(fold->name(), 0) == leaderSkips;
        if (following.contains(fold->name())) {
            if (inStep) {
                followers.append(fold);
                continue;
            }
            // Followers move with the leader: apart, its records were not the follower's.
            samePosition ? fold->seedFrom(*leader) : restartFromScratch(*fold, row);
            foldfollowers::remove(*m_views, fold->name());
        } else if (inStep) {
            fold->dropOwnRecords();
            foldfollowers::add(*m_views, fold->name());
            followers.append(fold);
        }
    }
    return followers;
}

bool Projector::applyWithFollowers(FamilyFoldProjection& leader,
                                   const QList<FamilyFoldProjection*>& followers,
                                   QHash<QString, CheckpointRow>& rows,
                                   const QList<RecordedEvent>& events,
                                   const QList<Decoded>& decoded, const QSet<qint64>& skipped,
                                   BatchOutcome& outcome)
{
    m_views->execute("SAVEPOINT fold_group");
    Applied applied;
    try {
        applied = applyEvents(leader, rows[leader.name()].lastPosition, events, decoded, skipped,
                              std::numeric_limits<qint64>::max(), Flush::Later);
        for (FamilyFoldProjection* follower : followers)
            follower->followBatch(leader);
        leader.flush();
    } catch (const StorageError&) {
        throw;
    } catch (...) {
        // A poison event (or one a follower cannot write): each goes on
        // alone from the records as they were, and stops where it must.
        m_views->execute("ROLLBACK TO fold_group");
        m_views->execute("RELEASE fold_group");
        leader.discard();
        for (FamilyFoldProjection* follower : followers) {
            follower->seedFrom(leader);
            foldfollowers::remove(*m_views, follower->name());
        }
        return false;
    }
    m_views->execute("RELEASE fold_group");
    QList<Projection*> group{&leader};
    for (FamilyFoldProjection* follower : followers)
        group.append(follower);
    for (Projection* projection : std::as_const(group)) {
        CheckpointRow& row = rows[projection->name()];
        recordApplied(row, applied, m_clock.timestamp());
        writeCheckpoint(row);
        outcome.changes.merge(projection->takeChanges());
    }
    return true;
}

// The live tables of `replaced` are about to be dropped.
void Projector::releaseFollowers(const QSet<QString>& replaced)
{
    FamilyFoldProjection* leader = foldLeader();
    const bool leaderReplaced = leader && replaced.contains(leader->name());
    for (const QString& name : foldfollowers::read(*m_views)) {
        if (!replaced.contains(name) && !leaderReplaced)
            continue;
        foldfollowers::remove(*m_views, name);
        if (replaced.contains(name))
            continue;
        // The leader's records go with its tables: the follower keeps a copy.
        for (const auto& projection : m_projections) {
            if (projection->name() == name)
                dynamic_cast<FamilyFoldProjection&>(*projection).seedFrom(*leader);
        }
    }
}

void Projector::restartFromScratch(Projection& projection, CheckpointRow& row)
{
    dropTables(projection.name(), {});
    projection.discard();
    projection.createTables();
    projection.createIndexes();
    row.lastPosition = 0;
    row.lastEventId.clear();
    row.lastEventTimestamp.clear();
    row.eventsProcessed = 0;
    row.updatedAt = m_clock.timestamp();
    writeCheckpoint(row);
}

// A rebuild's shadows share a fold the same way: the fold projections
// rebuilt with the read model follow its shadow while their skips are its.
void Projector::chooseShadowFollowers()
{
    RebuildJob& job = *m_rebuild;
    for (std::size_t i = 0; i < job.shadows.size(); ++i) {
        if (job.names.at(qsizetype(i)) == FamilyReadModelProjection::projectionName())
            job.foldLeader = dynamic_cast<FamilyFoldProjection*>(job.shadows[i].get());
    }
    if (!job.foldLeader)
        return;
    const QSet<qint64> leaderSkips = skippedPositions(job.foldLeader->name(), 0);
    for (const auto& shadow : job.shadows) {
        auto* fold = dynamic_cast<FamilyFoldProjection*>(shadow.get());
        if (fold && fold != job.foldLeader && skippedPositions(fold->name(), 0) == leaderSkips)
            job.followers.append(fold);
    }
}

// A skip recorded for one of them only (mid-rebuild): that one goes on alone.
void Projector::keepShadowFollowersInStep()
{
    RebuildJob& job = *m_rebuild;
    if (job.followers.isEmpty())
        return;
    const QSet<qint64> leaderSkips = skippedPositions(job.foldLeader->name(), 0);
    const QList<FamilyFoldProjection*> followers = job.followers;
    for (FamilyFoldProjection* follower : followers) {
        if (skippedPositions(follower->name(), 0) == leaderSkips)
            continue;
        flushShadowFold();
        follower->seedFrom(*job.foldLeader);
        job.followers.removeOne(follower);
    }
}

// Writes what the shadow fold holds: the followers' tables, then the leader's.
void Projector::flushShadowFold()
{
    RebuildJob& job = *m_rebuild;
    if (!job.foldLeader || job.followers.isEmpty())
        return;
    for (FamilyFoldProjection* follower : std::as_const(job.followers))
        follower->followBatch(*job.foldLeader);
    job.foldLeader->flush();
}

} // namespace coopdesk
