#pragma once

#include "charge_all_outcome.h"
#include "store/event_store.h"
#include "store/store_options.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace coopdesk {

class QueryService;

// The worker object of a ChargeAllJob, living in the job's thread
// (ARCHITECTURE rules 4 and 5). Its QueryService, EventStore and
// CommandBus on the co-op are opened in that thread on first use and
// closed when it is deleted there, so planning over thousands of families
// and writing their batch never run on the GUI thread.
class ChargeAllWorker : public QObject
{
    Q_OBJECT

public:
    ChargeAllWorker(const StoreLocation& location, const QString& userId,
                    std::shared_ptr<std::atomic_bool> cancel);
    ~ChargeAllWorker() override;

    // How many months past the asked one a month to find may move.
    static inline constexpr int monthsToSearch = 24;

public slots:
    // Plans `request` over the read models once the family read model has
    // caught up with the co-op file. With `findFreeMonth`, the month moves
    // first to the earliest from request.month on that no enrolled family
    // holds a TUI-YYYY-MM charge of (months already run are skipped).
    void plan(quint64 generation, const coopdesk::ChargeAllRequest& request, bool findFreeMonth);
    // Sends `commands` (what `plan` makes for `step`) as one batch, all or
    // nothing, through an event store and bus opened for it with `options`
    // (a run is rare: no write connection is kept between runs).
    void write(coopdesk::ChargeAllOutcome::Step step, const coopdesk::ChargeAllPlan& plan,
               const QList<QJsonObject>& commands, const coopdesk::StoreOptions& options);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const coopdesk::ChargeAllOutcome& outcome);

private:
    // Opened in this thread when first used. Throws StorageError.
    QueryService& queries();
    // The family read model's state against the co-op file: Ok when it has
    // applied every event, else CatchingUp or StaleViews (message filled in).
    ChargeAllOutcome::Status familyViewsState(ChargeAllOutcome& outcome);
    // How many months after `from` the first one without a run is (0: `from` itself).
    int monthsToFreeMonth(const QString& from);

    StoreLocation m_location;
    QString m_userId;
    std::shared_ptr<std::atomic_bool> m_cancel;

    std::unique_ptr<QueryService> m_queries;
};

} // namespace coopdesk
