// The Projector's deferred indexes: a projection that starts from nothing
// (a new views file, a new projection version) catches up into tables
// without their secondary indexes, and gets them once it reaches the head.
// One sorted build costs far less than a B-tree insert per row for every
// index (the activity log's three were an eighth of a catch-up's time).
// Until then the screens read the same rows, only more slowly. A process
// that stops before the head leaves them missing; the next open() of the
// views file builds them (the checkpoint is no longer at 0).

#include "projector_internals.h"

namespace coopdesk {

namespace {

// Fewer events than this go faster with the indexes built first.
constexpr qint64 deferAtLeast = 1000;

} // namespace

bool Projector::defersIndexes(const CheckpointRow& row, qint64 head) const
{
    // At position 0 the projection's tables are empty (made anew, or never
    // written): there is nothing to drop, only the build to postpone.
    return row.lastPosition == 0 && head >= deferAtLeast;
}

bool Projector::buildDeferredIndexes()
{
    if (m_indexesDeferred.isEmpty())
        return false;
    for (const auto& projection : m_projections) {
        if (m_indexesDeferred.contains(projection->name()))
            projection->createIndexes();
    }
    // This transaction changed the schema itself: the next batch must not
    // take that for another process's swap (and drop what it holds).
    m_viewsSchemaVersion = m_views->scalar("PRAGMA schema_version");
    m_indexesBuiltInBatch = true;
    return true;
}

void Projector::deferredIndexesCommitted()
{
    if (m_indexesBuiltInBatch)
        m_indexesDeferred.clear();
    m_indexesBuiltInBatch = false;
}

} // namespace coopdesk
