#include "projector_internals.h"

#include "domain/event_upcasting.h"
#include "family_fold_projection.h"
#include "fold_followers.h"
#include "projection_registry.h"
#include "store/open_event_store.h"
#include "store/skip_log.h"
#include "views_file.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace coopdesk {

using namespace projector_detail;

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject CheckpointRow::toJson() const
{
    return {{QStringLiteral("projection_name"), name},
            {QStringLiteral("projection_version"), version},
            {QStringLiteral("last_position"), lastPosition},
            {QStringLiteral("last_event_id"), orNull(lastEventId)},
            {QStringLiteral("last_event_timestamp"), orNull(lastEventTimestamp)},
            {QStringLiteral("events_processed"), eventsProcessed},
            {QStringLiteral("status"), status},
            {QStringLiteral("last_error"), orNull(lastError)},
            {QStringLiteral("error_position"),
             errorPosition ? QJsonValue(*errorPosition) : QJsonValue()},
            {QStringLiteral("updated_at"), updatedAt}};
}

Projector::Projector(const StoreLocation& location, const Clock& clock, Options options,
                     const QString& viewsPath)
    : m_location(location)
    , m_viewsPath(viewsPath)
    , m_clock(clock)
    , m_options(options)
{}

Projector::Projector(const StoreLocation& location, const Clock& clock)
    : Projector(location, clock, Options{})
{}

Projector::~Projector()
{
    // Projections hold statements of the views connection: they go first.
    m_rebuild.reset();
    m_projections.clear();
}

void Projector::open()
{
    StoreOptions readOnly;
    readOnly.readOnly = true;
    m_store = openEventStore(m_location, readOnly);
    if (m_viewsPath.isEmpty())
        m_viewsPath = viewsfile::pathFor(m_location, m_store->storeId());
    m_views = viewsfile::openForWriting(m_viewsPath, m_store->storeId(), &m_viewsRecreated);
    m_projections = makeProjections(*m_views);
    prepareProjections();
    recordViewsOnlySkips();
    copyRecordedSkips();
}

void Projector::recreateViews()
{
    if (m_views)
        viewsfile::replaceDamaged(m_viewsPath, m_store->storeId(), *m_views);
    reopenViews();
}

bool Projector::reopenViewsIfMoved()
{
    if (m_views && !viewsfile::hasMoved(*m_views))
        return false;
    reopenViews();
    return true;
}

void Projector::reopenViews()
{
    m_rebuild.reset();
    m_projections.clear();
    viewsfile::close(m_views);
    m_views = viewsfile::openForWriting(m_viewsPath, m_store->storeId(), &m_viewsRecreated);
    ++m_viewsOpenings;
    m_projections = makeProjections(*m_views);
    m_knownPositions.clear();
    m_skipsCopied = 0;
    prepareProjections();
    copyRecordedSkips();
}

void Projector::prepareProjections()
{
    bool fromAnotherHistory = false;
    m_indexesDeferred.clear();
    {
        Transaction transaction(*m_views, Transaction::Kind::Immediate);
        // Read under the views file's lock: a checkpoint another process
        // moved past a head read before would look like another history.
        const qint64 head = headPosition();
        QHash<QString, CheckpointRow> rows = readCheckpoints();
        // A rebuild under way (in another process, say) keeps its shadow
        // tables and statuses; one whose process is gone is cleaned up.
        const bool rebuildLive = rebuildInProgress(rows);
        foldfollowers::createTable(*m_views);
        QSet<QString> madeAnew;
        for (const auto& projection : m_projections) {
            const auto found = rows.constFind(projection->name());
            if (found == rows.constEnd() || found->version != projection->version())
                madeAnew.insert(projection->name());
        }
        releaseFollowers(madeAnew);
        for (const auto& projection : m_projections) {
            const auto found = rows.constFind(projection->name());
            if (found != rows.constEnd() && found->lastPosition > head)
                fromAnotherHistory = true;
            if (found == rows.constEnd() || found->version != projection->version()) {
                // New or of another version: made anew, then caught up from position 1.
                dropTables(projection->name(), {});
                CheckpointRow row;
                row.name = projection->name();
                row.version = projection->version();
                row.updatedAt = m_clock.timestamp();
                rows.insert(row.name, row);
                writeCheckpoint(row);
            } else if (found->status == rebuilding && !rebuildLive) {
                // A rebuild was abandoned: the live tables are intact.
                CheckpointRow row = found.value();
                row.status = running;
                rows.insert(row.name, row);
                writeCheckpoint(row);
            }
            if (!rebuildLive)
                dropTables(projection->name(), shadowSuffix);
            projection->createTables();
            if (defersIndexes(rows[projection->name()], head))
                m_indexesDeferred.insert(projection->name());
            else
                projection->createIndexes();
        }
        if (!fromAnotherHistory) {
            transaction.commit();
            rememberCheckpoints(rows);
        }
    }
    if (fromAnotherHistory)
        recreateViews(); // checkpoints beyond the head: views of another history
}

QHash<QString, CheckpointRow> Projector::readCheckpoints()
{
    QHash<QString, CheckpointRow> rows;
    Query query = m_views->query(
        "SELECT projection_name, projection_version, last_position, last_event_id, "
        "last_event_timestamp, events_processed, status, last_error, error_position, updated_at "
        "FROM projection_checkpoints");
    while (query.next()) {
        CheckpointRow row;
        row.name = query.text(0);
        row.version = static_cast<int>(query.integer(1));
        row.lastPosition = query.integer(2);
        row.lastEventId = query.text(3);
        row.lastEventTimestamp = query.text(4);
        row.eventsProcessed = query.integer(5);
        row.status = query.text(6);
        row.lastError = query.text(7);
        if (!query.isNull(8))
            row.errorPosition = query.integer(8);
        row.updatedAt = query.text(9);
        rows.insert(row.name, row);
    }
    return rows;
}

void Projector::writeCheckpoint(const CheckpointRow& row)
{
    Query query = m_views->query(
        "INSERT OR REPLACE INTO projection_checkpoints (projection_name, projection_version, "
        "last_position, last_event_id, last_event_timestamp, events_processed, status, "
        "last_error, error_position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    query.bind(1, row.name)
        .bind(2, row.version)
        .bind(3, row.lastPosition)
        .bind(4, row.lastEventId.isEmpty() ? std::nullopt : std::optional(row.lastEventId))
        .bind(5, row.lastEventTimestamp.isEmpty() ? std::nullopt
                                                  : std::optional(row.lastEventTimestamp))
        .bind(6, row.eventsProcessed)
        .bind(7, row.status)
        .bind(8, row.lastError.isEmpty() ? std::nullopt : std::optional(row.lastError));
    row.errorPosition ? query.bind(9, *row.errorPosition) : query.bindNull(9);
    query.bind(10, row.updatedAt).run();
}

void Projector::rememberCheckpoints(const QHash<QString, CheckpointRow>& rows)
{
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (const CheckpointRow& row : rows) {
        m_knownPositions.insert(row.name, row.lastPosition);
        lowest = std::min(lowest, row.lastPosition);
    }
    m_projectedPosition = rows.isEmpty() ? 0 : lowest;
}

void Projector::dropTables(const QString& name, const QString& suffix)
{
    const auto projection = makeProjection(name, *m_views, suffix);
    for (const QString& table : projection->tables())
        m_views->execute(
            QString(QStringLiteral("DROP TABLE IF EXISTS ") + table + suffix).toUtf8().constData());
}

QSet<qint64> Projector::skippedPositions(const QString& name, qint64 after)
{
    QSet<qint64> positions;
    Query query = m_views->query(
        "SELECT position FROM skipped_events WHERE projection_name = ? AND position > ?");
    query.bind(1, name).bind(2, after);
    while (query.next())
        positions.insert(query.integer(0));
    return positions;
}

QList<Projector::Decoded> Projector::decode(const QList<RecordedEvent>& events)
{
    QList<Decoded> decoded;
    decoded.reserve(events.size());
    for (const RecordedEvent& event : events) {
        try {
            decoded.append({decodeEventData(event), {}});
        } catch (const EventDecodeError& error) {
            decoded.append({{}, error.message()});
        }
    }
    return decoded;
}

qint64 Projector::headPosition()
{
    return m_store->headPosition();
}

bool Projector::storeChanged()
{
    return m_store->hasNewCommits();
}

int Projector::commitSignalDescriptor()
{
    return m_store->commitSignalDescriptor();
}

BatchOutcome Projector::runBatch()
{
    // A views file deleted or replaced under this process: the one now at
    // its path is followed (SPEC 10), and skips recorded since are copied.
    reopenViewsIfMoved();
    copyRecordedSkips();
    try {
        return applyBatch();
    } catch (...) {
        // The batch's transaction rolled back, but the projections' memory
        // already holds what they folded for it: forget that, or the next
        // batch would apply the same events twice. They reload from the tables.
        for (const auto& projection : m_projections)
            projection->discard();
        throw;
    }
}

BatchOutcome Projector::applyBatch()
{
    BatchOutcome outcome;
    m_indexesBuiltInBatch = false;
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    // Tables were swapped in (a rebuild, here or elsewhere) or made anew
    // since the last batch: what the projections hold is of the old tables,
    // even where the checkpoint ended up where it was.
    const qint64 schemaVersion = m_views->scalar("PRAGMA schema_version");
    const bool tablesReplaced = schemaVersion != m_viewsSchemaVersion;
    m_viewsSchemaVersion = schemaVersion;
    for (const auto& projection : m_projections) {
        const CheckpointRow& row = rows[projection->name()];
        // Another process moved this checkpoint: what we hold in memory is stale.
        if (tablesReplaced || m_knownPositions.value(row.name, -1) != row.lastPosition)
            projection->discard();
    }
    FamilyFoldProjection* leader = foldLeader();
    const QList<FamilyFoldProjection*> followers = followersInStep(rows);
    qint64 from = std::numeric_limits<qint64>::max();
    for (const auto& projection : m_projections) {
        const CheckpointRow& row = rows[projection->name()];
        if (row.status != failed)
            from = std::min(from, row.lastPosition);
    }
    if (from == std::numeric_limits<qint64>::max()) {
        if (buildDeferredIndexes()) {
            transaction.commit();
            deferredIndexesCommitted();
        }
        rememberCheckpoints(rows);
        return outcome;
    }
    const QList<RecordedEvent> events = m_store->readAfter(from, m_options.batchSize);
    if (events.isEmpty()) {
        if (buildDeferredIndexes()) {
            transaction.commit();
            deferredIndexesCommitted();
        }
        rememberCheckpoints(rows);
        return outcome;
    }
    const QList<Decoded> decoded = decode(events);
    outcome.eventsRead = events.size();

    for (const auto& projection : m_projections) {
        CheckpointRow& row = rows[projection->name()];
        if (row.status == failed || row.lastPosition >= events.last().position)
            continue;
        const QSet<qint64> skipped = skippedPositions(row.name, row.lastPosition);
        // Its followers' checkpoints go with the leader's (else they go on alone, below).
        if (projection.get() == leader && !followers.isEmpty() &&
            applyWithFollowers(*leader, followers, rows, events, decoded, skipped, outcome))
            continue;
        m_views->execute("SAVEPOINT projection");
        Applied applied;
        qint64 stopBefore = std::numeric_limits<qint64>::max();
        for (;;) {
            try {
                applied = applyEvents(*projection, row.lastPosition, events, decoded, skipped,
                                      stopBefore);
                break;
            } catch (const PoisonEvent& poison) {
                // Undo this projection's part of the batch, then apply the
                // events before the poison one and stop there.
                m_views->execute("ROLLBACK TO projection");
                projection->discard();
                stopBefore = poison.position;
                row.status = failed;
                row.lastError = poison.message;
                row.errorPosition = poison.position;
                outcome.statusChanged = true;
            }
        }
        m_views->execute("RELEASE projection");
        recordApplied(row, applied, m_clock.timestamp());
        writeCheckpoint(row);
        outcome.changes.merge(projection->takeChanges());
    }
    // A short batch reached the head that was read: catching up is done.
    if (events.size() < m_options.batchSize)
        buildDeferredIndexes();
    transaction.commit();
    deferredIndexesCommitted();
    rememberCheckpoints(rows);
    return outcome;
}

ProjectedChanges Projector::catchUp(const std::function<void(qint64, qint64)>& progress)
{
    ProjectedChanges changes;
    for (;;) {
        const BatchOutcome outcome = runBatch();
        changes.merge(outcome.changes);
        if (outcome.eventsRead == 0)
            break;
        if (progress)
            progress(m_projectedPosition, headPosition());
    }
    return changes;
}

QList<CheckpointRow> Projector::checkpoints()
{
    const QHash<QString, CheckpointRow> rows = readCheckpoints();
    QList<CheckpointRow> ordered;
    for (const auto& projection : m_projections)
        ordered.append(rows.value(projection->name()));
    return ordered;
}

void Projector::retry(const QString& name)
{
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    CheckpointRow row = readCheckpoints().value(name);
    if (row.status != failed)
        return;
    row.status = running;
    row.lastError.clear();
    row.errorPosition.reset();
    row.updatedAt = m_clock.timestamp();
    writeCheckpoint(row);
    transaction.commit();
}

void Projector::skip(const QString& name, const QString& userId)
{
    const CheckpointRow row = readCheckpoints().value(name);
    if (row.status != failed || !row.errorPosition)
        return;
    const RecordedEvent event = m_store->readAfter(*row.errorPosition - 1, 1).value(0);
    // The decision goes into the store first (SPEC 6); copying it into the
    // views file then sets the projection going.
    openEventStore(m_location)
        ->recordSkip({0, name, *row.errorPosition, event.eventId, event.eventType, row.lastError,
                      userId, m_clock.timestamp()});
    copyRecordedSkips();
}

void Projector::copyRecordedSkips()
{
    const QList<SkipRecord> skips = m_store->skipsAfter(m_skipsCopied);
    if (skips.isEmpty())
        return;
    {
        Transaction transaction(*m_views, Transaction::Kind::Immediate);
        QHash<QString, CheckpointRow> rows = readCheckpoints();
        for (const SkipRecord& skip : skips) {
            Query copy =
                m_views->query("INSERT OR IGNORE INTO skipped_events (projection_name, position, "
                               "event_id, event_type, error, skipped_by, skipped_at) VALUES (?, ?, "
                               "?, ?, ?, ?, ?)");
            skiplog::bindColumns(copy, skip).run();
            // Stopped at an event since skipped (here, by another process, or
            // before a crash between the two files): it goes on.
            const auto found = rows.find(skip.projectionName);
            if (found == rows.end() || found->status != failed ||
                found->errorPosition != std::optional(skip.position))
                continue;
            found->status = running;
            found->lastError.clear();
            found->errorPosition.reset();
            found->updatedAt = m_clock.timestamp();
            writeCheckpoint(*found);
        }
        transaction.commit();
    }
    m_skipsCopied = skips.last().id;
}

void Projector::recordViewsOnlySkips()
{
    // Versions before co-op file schema 2 kept skips in the views file only:
    // recorded in the co-op file, they survive a rebuild or a new views file.
    QList<SkipRecord> viewsOnly;
    {
        QSet<QPair<QString, qint64>> recorded;
        for (const SkipRecord& skip : m_store->skipsAfter(0))
            recorded.insert({skip.projectionName, skip.position});
        Query query = m_views->query("SELECT projection_name, position, event_id, event_type, "
                                     "error, skipped_by, skipped_at FROM skipped_events");
        while (query.next()) {
            if (!recorded.contains({query.text(0), query.integer(1)}))
                viewsOnly.append({0, query.text(0), query.integer(1), query.text(2), query.text(3),
                                  query.text(4), query.text(5), query.text(6)});
        }
    }
    if (viewsOnly.isEmpty())
        return;
    const auto writable = openEventStore(m_location);
    if (writable->isReadOnly())
        return; // read-only media: the views file's copy is all there is
    for (const SkipRecord& skip : std::as_const(viewsOnly))
        writable->recordSkip(skip);
}

} // namespace coopdesk
