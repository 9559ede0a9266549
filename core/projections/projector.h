#pragma once

#include "clock.h"
#include "projection.h"
#include "store/event_store.h"
#include "store/sqlite_connection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace coopdesk {

class FamilyFoldProjection;

// A rebuild that could not finish (a poison event); the live tables stay.
class RebuildError : public std::runtime_error
{
public:
    explicit RebuildError(const QString& message)
        : std::runtime_error(message.toStdString())
    {}
    QString message() const { return QString::fromStdString(what()); }
};

// One row of projection_checkpoints (SPEC 4.6).
struct CheckpointRow
{
    QString name;
    int version = 0;
    qint64 lastPosition = 0;
    QString lastEventId;
    QString lastEventTimestamp;
    qint64 eventsProcessed = 0;
    QString status = QStringLiteral("running");
    QString lastError;
    std::optional<qint64> errorPosition;
    QString updatedAt;

    QJsonObject toJson() const;
};

struct BatchOutcome
{
    qint64 eventsRead = 0;
    ProjectedChanges changes;
    bool statusChanged = false; // a projection went into error
};

struct RebuildProgress
{
    QStringList names;
    qint64 processed = 0;
    qint64 total = 0;
    double eventsPerSecond = 0;
    bool finished = false;
};

// The engine that turns events into read models (SPEC 6). It owns the
// projections, reads events after their checkpoints in batches and applies
// each batch with its checkpoints in ONE transaction of the views file (the
// checkpoints are read inside it, so two processes never apply an event
// twice). A poison event stops only its own projection. Rebuilds are
// blue/green: shadow tables filled in chunks, swapped in one transaction.
//
// Not a QObject and not thread-bound by itself: it opens its connections in
// the thread that calls open() and must be used from that thread only. The
// command-line tool drives it directly; the app runs it in a worker thread
// (projector_worker.h).
class Projector
{
public:
    struct Options
    {
        // Events per transaction. Catching up, each family a batch touches
        // costs its rows and record once however many of its events the
        // batch holds, so larger batches go faster (and hold the views
        // file's write lock longer: well under a second at this size).
        int batchSize = 20000;
        int rebuildChunk = 20000;
        // A rebuild holds each family's state until this many events went
        // by (and writes it once then). What it holds is bounded by the
        // number of families, so this only caps co-ops with over a million.
        qint64 rebuildFlushEvery = 1000000;
    };

    // The views file is viewsfile::pathFor(location, storeId) unless given.
    Projector(const StoreLocation& location, const Clock& clock, Options options,
              const QString& viewsPath = {});
    Projector(const StoreLocation& location, const Clock& clock);
    ~Projector();

    // Opens the store (read-only) and the views file, creating, upgrading
    // or rebuilding what cannot be trusted. Throws StorageError.
    void open();
    // Known once open.
    QString viewsPath() const { return m_viewsPath; }
    bool viewsWereRecreated() const { return m_viewsRecreated; }

    qint64 headPosition();
    // Every projection has applied the events up to here (after the last batch).
    qint64 projectedPosition() const { return m_projectedPosition; }
    // True when something was committed to the store since the last call.
    bool storeChanged();
    // What to wait on for the next commit (EventStore::commitSignalDescriptor).
    int commitSignalDescriptor();

    BatchOutcome runBatch();
    // Runs batches until every working projection is at the head.
    ProjectedChanges catchUp(const std::function<void(qint64 done, qint64 head)>& progress = {});

    QList<CheckpointRow> checkpoints();
    void retry(const QString& name);
    void skip(const QString& name, const QString& userId);

    // Throws StorageError (Locked) while another rebuild of the same views
    // file runs, in this process or another.
    void startRebuild(const QStringList& names);
    // Applies one chunk to the shadow tables, or swaps them in when they
    // reached the head (then `finished`): a bounded number of steps however
    // fast commands arrive meanwhile. Throws RebuildError on a poison event,
    // after abandoning the rebuild.
    RebuildProgress rebuildStep();
    void cancelRebuild();
    bool isRebuilding() const { return m_rebuild != nullptr; }

    // Replaces a damaged views file with a new one (then catch up again).
    void recreateViews();
    // Reopens the views file when the one open was deleted or replaced
    // (SPEC 10); runBatch() does this first. True when it reopened.
    bool reopenViewsIfMoved();
    // Counts the views files opened: it changes whenever one was reopened.
    qint64 viewsOpenings() const { return m_viewsOpenings; }

private:
    struct RebuildJob;
    struct Decoded;

    BatchOutcome applyBatch();
    QHash<QString, CheckpointRow> readCheckpoints();
    void writeCheckpoint(const CheckpointRow& row);
    void prepareProjections();
    void dropTables(const QString& name, const QString& suffix);
    QSet<qint64> skippedPositions(const QString& name, qint64 after);
    QList<Decoded> decode(const QList<RecordedEvent>& events);
    void rememberCheckpoints(const QHash<QString, CheckpointRow>& rows);
    void reopenViews();
    // SPEC 6: skips live in the store; the views file holds a copy.
    void copyRecordedSkips();
    void recordViewsOnlySkips();
    // A rebuild (here or in another process) is under way: its shadow
    // tables and `rebuilding` statuses are not to be touched.
    bool rebuildInProgress(const QHash<QString, CheckpointRow>& rows) const;
    bool startAnotherRound();
    void applyToShadows(const QList<RecordedEvent>& events);
    void swapRebuild();
    void abandonRebuild();
    void abandonRebuildAfterError();
    // Fold sharing (projector_fold_sharing.cpp, family_fold_projection.h).
    FamilyFoldProjection* foldLeader() const;
    QList<FamilyFoldProjection*> followersInStep(QHash<QString, CheckpointRow>& rows);
    bool applyWithFollowers(FamilyFoldProjection& leader,
                            const QList<FamilyFoldProjection*>& followers,
                            QHash<QString, CheckpointRow>& rows, const QList<RecordedEvent>& events,
                            const QList<Decoded>& decoded, const QSet<qint64>& skipped,
                            BatchOutcome& outcome);
    void releaseFollowers(const QSet<QString>& replaced);
    void chooseShadowFollowers();
    void keepShadowFollowersInStep();
    void flushShadowFold();
    void restartFromScratch(Projection& projection, CheckpointRow& row);
    // Secondary indexes of projections that start from nothing are built
    // once they reach the head (projector_deferred_indexes.cpp).
    bool defersIndexes(const CheckpointRow& row, qint64 head) const;
    bool buildDeferredIndexes(); // false when none were waiting
    void deferredIndexesCommitted();

    StoreLocation m_location;
    QString m_viewsPath;
    const Clock& m_clock;
    Options m_options;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<SqliteConnection> m_views;
    std::vector<std::unique_ptr<Projection>> m_projections;
    QHash<QString, qint64> m_knownPositions;
    qint64 m_projectedPosition = 0;
    qint64 m_viewsSchemaVersion = -1; // of the views file, at the last batch
    bool m_viewsRecreated = false;
    qint64 m_viewsOpenings = 0;
    qint64 m_skipsCopied = 0; // the last skip_id copied into this views file
    std::unique_ptr<RebuildJob> m_rebuild;
    QSet<QString> m_indexesDeferred;    // projections whose indexes wait for the head
    bool m_indexesBuiltInBatch = false; // by this batch's transaction, not yet committed
};

} // namespace coopdesk
