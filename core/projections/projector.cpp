#include "projector.h"

#include "domain/event_upcasting.h"
#include "projection_registry.h"
#include "views_file.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace coopdesk {

namespace {

const QString running = QStringLiteral("running");
const QString rebuilding = QStringLiteral("rebuilding");
const QString failed = QStringLiteral("error");
const QString shadowSuffix = QStringLiteral("__next");

// An event one projection could not apply: it stops that projection only.
struct PoisonEvent
{
    qint64 position;
    QString message;
};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

struct Projector::Decoded
{
    QJsonObject data;
    QString error; // set when the event cannot be read by this version
};

struct Projector::RebuildJob
{
    QStringList names;
    std::vector<std::unique_ptr<Projection>> shadows;
    QHash<QString, QString> previousStatus;
    qint64 position = 0;
    qint64 processed = 0;
    qint64 unflushed = 0; // events applied to the shadows in memory only
    qint64 total = 0;
    QString lastEventId;
    QString lastEventTimestamp;
    QElapsedTimer timer;
};

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

namespace {

// Applies the events after `after` (and before `stopBefore`) to one
// projection and (unless told to wait) flushes it; returns the last event
// passed and how many were applied. Throws PoisonEvent; StorageError passes
// through.
struct Applied
{
    const RecordedEvent* last = nullptr;
    qint64 count = 0;
};

enum class Flush { Now, Later };

template <typename DecodedList>
Applied applyEvents(Projection& projection, qint64 after, const QList<RecordedEvent>& events,
                    const DecodedList& decoded, const QSet<qint64>& skipped,
                    qint64 stopBefore = std::numeric_limits<qint64>::max(),
                    Flush flush = Flush::Now)
{
    Applied applied;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const RecordedEvent& event = events.at(i);
        if (event.position <= after)
            continue;
        if (event.position >= stopBefore)
            break;
        const bool wasSkipped = skipped.contains(event.position);
        // An event the projection does not read passes undecoded: it cannot poison it.
        if (!wasSkipped && projection.reads(event.eventType)) {
            if (!decoded.at(i).error.isEmpty())
                throw PoisonEvent{event.position, decoded.at(i).error};
            try {
                projection.apply(event, decoded.at(i).data);
            } catch (const StorageError&) {
                throw;
            } catch (const std::exception& error) {
                throw PoisonEvent{event.position, QString::fromUtf8(error.what())};
            }
        }
        if (!wasSkipped)
            ++applied.count;
        applied.last = &event;
    }
    if (flush == Flush::Now)
        projection.flush();
    return applied;
}

} // namespace

Projector::Projector(const QString& coopPath, const Clock& clock, Options options,
                     const QString& viewsPath)
    : m_coopPath(coopPath)
    , m_viewsPath(viewsPath.isEmpty() ? viewsfile::pathFor(coopPath) : viewsPath)
    , m_clock(clock)
    , m_options(options)
{
}

Projector::Projector(const QString& coopPath, const Clock& clock)
    : Projector(coopPath, clock, Options{})
{
}

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
    m_store = std::make_unique<SqliteEventStore>(m_coopPath, readOnly);
    m_views = viewsfile::openForWriting(m_viewsPath, m_store->fileId(), &m_viewsRecreated);
    m_projections = makeProjections(*m_views);
    prepareProjections();
    m_dataVersion = m_store->connection().scalar("PRAGMA data_version");
}

void Projector::recreateViews()
{
    m_rebuild.reset();
    m_projections.clear();
    m_views.reset();
    viewsfile::remove(m_viewsPath);
    m_views = viewsfile::openForWriting(m_viewsPath, m_store->fileId(), &m_viewsRecreated);
    m_projections = makeProjections(*m_views);
    m_knownPositions.clear();
    prepareProjections();
}

void Projector::prepareProjections()
{
    const qint64 head = headPosition();
    bool fromAnotherHistory = false;
    {
        Transaction transaction(*m_views, Transaction::Kind::Immediate);
        QHash<QString, CheckpointRow> rows = readCheckpoints();
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
            } else if (found->status == rebuilding) {
                // A rebuild was interrupted: the live tables are intact.
                CheckpointRow row = found.value();
                row.status = running;
                rows.insert(row.name, row);
                writeCheckpoint(row);
            }
            dropTables(projection->name(), shadowSuffix);
            projection->createTables();
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

bool Projector::coopFileChanged()
{
    const qint64 version = m_store->connection().scalar("PRAGMA data_version");
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

BatchOutcome Projector::runBatch()
{
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
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    qint64 from = std::numeric_limits<qint64>::max();
    for (const auto& projection : m_projections) {
        const CheckpointRow& row = rows[projection->name()];
        // Another process moved this checkpoint: what we hold in memory is stale.
        if (m_knownPositions.value(row.name, -1) != row.lastPosition)
            projection->discard();
        if (row.status != failed)
            from = std::min(from, row.lastPosition);
    }
    if (from == std::numeric_limits<qint64>::max()) {
        rememberCheckpoints(rows);
        return outcome;
    }
    const QList<RecordedEvent> events = m_store->readAfter(from, m_options.batchSize);
    if (events.isEmpty()) {
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
        if (applied.last) {
            row.lastPosition = applied.last->position;
            row.lastEventId = applied.last->eventId;
            row.lastEventTimestamp = applied.last->recordedAt;
        }
        row.eventsProcessed += applied.count;
        row.updatedAt = m_clock.timestamp();
        writeCheckpoint(row);
        outcome.changes.merge(projection->takeChanges());
    }
    transaction.commit();
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
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    CheckpointRow row = readCheckpoints().value(name);
    if (row.status != failed || !row.errorPosition)
        return;
    const QList<RecordedEvent> events = m_store->readAfter(*row.errorPosition - 1, 1);
    const RecordedEvent event = events.value(0);
    m_views
        ->query("INSERT OR REPLACE INTO skipped_events (projection_name, position, event_id, "
                "event_type, error, skipped_by, skipped_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, name)
        .bind(2, *row.errorPosition)
        .bind(3, event.eventId)
        .bind(4, event.eventType)
        .bind(5, row.lastError)
        .bind(6, userId)
        .bind(7, m_clock.timestamp())
        .run();
    row.status = running;
    row.lastError.clear();
    row.errorPosition.reset();
    row.updatedAt = m_clock.timestamp();
    writeCheckpoint(row);
    transaction.commit();
}

void Projector::startRebuild(const QStringList& names)
{
    if (m_rebuild)
        return;
    auto job = std::make_unique<RebuildJob>();
    Transaction transaction(*m_views, Transaction::Kind::Immediate);
    QHash<QString, CheckpointRow> rows = readCheckpoints();
    for (const QString& name : names) {
        auto shadow = makeProjection(name, *m_views, shadowSuffix);
        if (!shadow)
            continue;
        dropTables(name, shadowSuffix);
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
    job->total = headPosition();
    job->timer.start();
    m_rebuild = std::move(job);
}

RebuildProgress Projector::rebuildStep()
{
    RebuildProgress progress;
    if (!m_rebuild) {
        progress.finished = true;
        return progress;
    }
    RebuildJob& job = *m_rebuild;
    const QList<RecordedEvent> events = m_store->readAfter(job.position, m_options.rebuildChunk);
    try {
        if (events.isEmpty()) {
            progress.names = job.names;
            progress.processed = job.processed;
            progress.total = job.processed;
            swapRebuild();
            progress.finished = true;
            return progress;
        }
        Transaction transaction(*m_views, Transaction::Kind::Immediate);
        applyToShadows(events);
        transaction.commit();
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

void Projector::applyToShadows(const QList<RecordedEvent>& events)
{
    RebuildJob& job = *m_rebuild;
    const QList<Decoded> decoded = decode(events);
    // Nobody reads the shadow tables before the swap: each family's rows are
    // written once per many chunks, not once per chunk, with the memory this
    // holds bounded by flushing every rebuildFlushEvery events (and at the swap).
    job.unflushed += events.size();
    const bool flushNow = job.unflushed >= m_options.rebuildFlushEvery;
    for (std::size_t i = 0; i < job.shadows.size(); ++i) {
        Projection& shadow = *job.shadows[i];
        applyEvents(shadow, job.position, events, decoded,
                    skippedPositions(job.names.at(qsizetype(i)), job.position),
                    std::numeric_limits<qint64>::max(), flushNow ? Flush::Now : Flush::Later);
        shadow.takeChanges();
    }
    if (flushNow)
        job.unflushed = 0;
    job.position = events.last().position;
    job.lastEventId = events.last().eventId;
    job.lastEventTimestamp = events.last().recordedAt;
    job.processed += events.size();
}

void Projector::swapRebuild()
{
    RebuildJob& job = *m_rebuild;
    {
        Transaction transaction(*m_views, Transaction::Kind::Immediate);
        // Events appended since the last chunk go in under the same lock.
        for (;;) {
            const QList<RecordedEvent> events =
                m_store->readAfter(job.position, m_options.rebuildChunk);
            if (events.isEmpty())
                break;
            applyToShadows(events);
        }
        for (const auto& shadow : job.shadows)
            shadow->flush();
        QHash<QString, CheckpointRow> rows = readCheckpoints();
        for (const QString& name : std::as_const(job.names)) {
            dropTables(name, {});
            const auto live = std::find_if(m_projections.begin(), m_projections.end(),
                                           [&](const auto& p) { return p->name() == name; });
            for (const QString& table : (*live)->tables()) {
                const QString rename = QStringLiteral("ALTER TABLE ") + table + shadowSuffix
                    + QStringLiteral(" RENAME TO ") + table;
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
    }
    job.shadows.clear();
    m_rebuild.reset();
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
    m_rebuild.reset();
}

void Projector::abandonRebuildAfterError()
{
    // The chunk rolled back but the shadows' memory (and maybe the job's
    // position) moved on: going on would skip or repeat events, so the
    // rebuild is dropped. When even that fails, the next open() drops the
    // shadow tables and the 'rebuilding' status.
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
