#include "charge_all_worker.h"

#include "clock.h"
#include "commands/command_bus.h"
#include "projections/family_read_model_projection.h"
#include "queries/query_service.h"
#include "session/storage_advice.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <exception>

namespace coopdesk {

namespace {

QDate monthStart(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QString addMonths(const QString& month, int months)
{
    return monthStart(month).addMonths(months).toString(QStringLiteral("yyyy-MM"));
}

void fillStorage(ChargeAllOutcome& outcome, const QString& message, const QString& advice)
{
    outcome.status = ChargeAllOutcome::Status::Storage;
    outcome.message = message;
    outcome.advice = advice;
}

} // namespace

ChargeAllWorker::ChargeAllWorker(const StoreLocation& location, const QString& userId,
                                 std::shared_ptr<std::atomic_bool> cancel)
    : m_location(location)
    , m_userId(userId)
    , m_cancel(std::move(cancel))
{}

// Runs in the worker's thread (deleteLater after the thread's finished):
// the read connections close where they were opened.
ChargeAllWorker::~ChargeAllWorker() = default;

QueryService& ChargeAllWorker::queries()
{
    if (!m_queries)
        m_queries = std::make_unique<QueryService>(m_location);
    return *m_queries;
}

ChargeAllOutcome::Status ChargeAllWorker::familyViewsState(ChargeAllOutcome& outcome)
{
    for (const QJsonObject& row : queries().projectionStatus(QDateTime::currentDateTimeUtc())) {
        if (row.value(QStringLiteral("projection_name")).toString() !=
            FamilyReadModelProjection::projectionName())
            continue;
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("error")) {
            const QJsonValue at = row.value(QStringLiteral("error_position"));
            outcome.message =
                tr("The list of families is stopped at event %1 (%2), so it may miss families "
                   "or charges.")
                    .arg(at.isDouble() ? at.toInteger()
                                       : row.value(QStringLiteral("last_position")).toInteger() + 1)
                    .arg(row.value(QStringLiteral("last_error")).toString().simplified());
            outcome.advice = tr("Open the Projections screen to retry it after an update, or to "
                                "skip the event. Nobody can be charged until then.");
            return ChargeAllOutcome::Status::StaleViews;
        }
        return row.value(QStringLiteral("lag_events")).toInteger() > 0
                   ? ChargeAllOutcome::Status::CatchingUp
                   : ChargeAllOutcome::Status::Ok;
    }
    return ChargeAllOutcome::Status::CatchingUp; // not created yet
}

int ChargeAllWorker::monthsToFreeMonth(const QString& from)
{
    // Only "does some enrolled family hold TUI-M" matters here, and the
    // last-amount rule needs no amount to be planned.
    ChargeAllRequest probe;
    probe.dueDate = monthStart(from);
    probe.rule = ChargeAmountRule::LastAmount;
    for (int months = 0; months < monthsToSearch; ++months) {
        probe.month = addMonths(from, months);
        const ChargeAllPlan plan = planChargeAll(queries(), probe);
        const bool run =
            std::any_of(plan.skipped.begin(), plan.skipped.end(), [](const SkippedFamily& skipped) {
                return skipped.reason == ChargeAllSkip::AlreadyCharged;
            });
        if (!run)
            return months;
    }
    return 0;
}

void ChargeAllWorker::plan(quint64 generation, const ChargeAllRequest& request, bool findFreeMonth)
{
    ChargeAllOutcome outcome;
    outcome.step = ChargeAllOutcome::Step::Plan;
    outcome.generation = generation;
    outcome.plan.request = request;
    try {
        outcome.status = familyViewsState(outcome);
        if (outcome.ok()) {
            ChargeAllRequest asked = request;
            if (findFreeMonth) {
                // The due date moves with the month: the same day of it.
                const int months = monthsToFreeMonth(request.month);
                outcome.monthFound = months > 0;
                asked.month = addMonths(request.month, months);
                asked.dueDate = asked.dueDate.addMonths(months);
            }
            outcome.plan = checkChargeAllRequest(asked) ? ChargeAllPlan{asked, {}, {}, 0}
                                                        : planChargeAll(queries(), asked);
        }
    } catch (const StorageError& error) {
        fillStorage(outcome, error.message(), storageAdvice(error.kind()));
    } catch (const std::exception& error) {
        fillStorage(outcome, QString::fromLocal8Bit(error.what()),
                    storageAdvice(StorageError::Kind::Other));
    }
    emit finished(outcome);
}

void ChargeAllWorker::write(ChargeAllOutcome::Step step, const ChargeAllPlan& plan,
                            const QList<QJsonObject>& commands, const StoreOptions& options)
{
    ChargeAllOutcome outcome;
    outcome.step = step;
    outcome.plan = plan;
    try {
        const SystemClock clock;
        const std::unique_ptr<EventStore> store = openEventStore(m_location, options);
        CommandBus commandBus(*store, clock, m_userId);
        CommandBus::BatchOptions batchOptions;
        // Called before each command: one signal per thousandth is enough
        // for a progress bar and keeps the GUI thread's queue short.
        qint64 shown = -1;
        batchOptions.progress = [this, &shown](qsizetype done, qsizetype total) {
            const qint64 thousandth = total > 0 ? qint64(done) * 1000 / qint64(total) : 0;
            if (thousandth != shown) {
                shown = thousandth;
                emit progress(done, total);
            }
            return !m_cancel->load();
        };
        const CommandBus::BatchResult batch = commandBus.dispatchBatch(commands, batchOptions);
        if (batch.storageError) {
            fillStorage(outcome, batch.storageError->message,
                        storageAdvice(StorageError::Kind::Other));
        } else if (batch.cancelled) {
            outcome.status = ChargeAllOutcome::Status::Cancelled;
        } else {
            // Results come in the plan's order; a refused one may not name
            // its family.
            for (qsizetype i = 0; i < batch.results.size(); ++i) {
                const CommandResult& result = batch.results.at(i);
                if (!result.ok) {
                    CommandResult refused = result;
                    if (refused.familyId.isEmpty() && i < plan.charged.size())
                        refused.familyId = plan.charged.at(i).familyId;
                    outcome.rejected.append(refused);
                } else if (!result.replayed) {
                    ++outcome.appended;
                    outcome.headPosition = std::max(outcome.headPosition, result.position);
                }
            }
            outcome.status =
                batch.committed ? ChargeAllOutcome::Status::Ok : ChargeAllOutcome::Status::Rejected;
            if (!batch.committed)
                outcome.appended = 0;
        }
    } catch (const StorageError& error) {
        fillStorage(outcome, error.message(), storageAdvice(error.kind()));
    } catch (const std::exception& error) {
        fillStorage(outcome, QString::fromLocal8Bit(error.what()),
                    storageAdvice(StorageError::Kind::Other));
    }
    emit finished(outcome);
}

} // namespace coopdesk
