#pragma once

// What the projector's two source files share: projector.cpp (opening,
// batches, retry and skip) and projection_rebuild.cpp (blue/green rebuilds).
// Not an API: include it from those two only.

#include "family_fold_projection.h"
#include "projector.h"
#include "rebuild_lock.h"

#include <QJsonObject>
#include <QSet>

#include <limits>

namespace coopdesk {

namespace projector_detail {

inline const QString running = QStringLiteral("running");
inline const QString rebuilding = QStringLiteral("rebuilding");
inline const QString failed = QStringLiteral("error");
inline const QString shadowSuffix = QStringLiteral("__next");

// An event one projection could not apply: it stops that projection only.
struct PoisonEvent
{
    qint64 position;
    QString message;
};

// What applyEvents passed: the last event and how many were applied.
struct Applied
{
    const RecordedEvent* last = nullptr;
    qint64 count = 0;
};

enum class Flush { Now, Later };

// The checkpoint row after `applied` went in.
inline void recordApplied(CheckpointRow& row, const Applied& applied, const QString& now)
{
    if (applied.last) {
        row.lastPosition = applied.last->position;
        row.lastEventId = applied.last->eventId;
        row.lastEventTimestamp = applied.last->recordedAt;
    }
    row.eventsProcessed += applied.count;
    row.updatedAt = now;
}

// Applies the events after `after` (and before `stopBefore`) to one
// projection and (unless told to wait) flushes it. Throws PoisonEvent;
// StorageError passes through.
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

} // namespace projector_detail

struct Projector::Decoded
{
    QJsonObject data;
    QString error; // set when the event cannot be read by this version
};

struct Projector::RebuildJob
{
    // Held from before the checkpoints say `rebuilding` until after the
    // swap or the abandon committed: while it is held, other Projectors
    // opening the views file leave the shadow tables and statuses alone.
    // Declared first, so it is released last.
    std::unique_ptr<RebuildLock> lock;
    QStringList names;
    std::vector<std::unique_ptr<Projection>> shadows;
    // Shadows that follow the read model's shadow fold (family_fold_projection.h).
    FamilyFoldProjection* foldLeader = nullptr;
    QList<FamilyFoldProjection*> followers;
    QHash<QString, QString> previousStatus;
    qint64 position = 0;
    qint64 target = 0; // the head this round catches up to
    int rounds = 0;    // heads read after the first
    qint64 processed = 0;
    qint64 unflushed = 0; // events applied to the shadows in memory only
    qint64 total = 0;
    QString lastEventId;
    QString lastEventTimestamp;
    QElapsedTimer timer;
};

} // namespace coopdesk
