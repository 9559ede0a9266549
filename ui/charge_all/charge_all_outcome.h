#pragma once

#include "commands/charge_all.h"
#include "commands/command_result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace coopdesk {

// The answer of one step of a ChargeAllJob, as values copied out of the
// worker's thread (ARCHITECTURE rule 6).
struct ChargeAllOutcome
{
    enum class Step {
        Plan,      // the preview: who would be charged, read from the read models
        Charge,    // the run's ChargeTuition batch
        CancelRun, // the CancelCharge batch that undoes a run
    };
    enum class Status {
        Ok,
        CatchingUp, // Plan: the family read model is behind the co-op file; ask again
        StaleViews, // Plan: the family read model is stopped (message says where)
        Rejected,   // Charge, CancelRun: some commands were refused; nothing was written
        Cancelled,  // Charge, CancelRun: stopped by the user; nothing was written
        Storage,    // the co-op or views file could not be used (message, advice)
    };

    Step step = Step::Plan;
    Status status = Status::Ok;
    quint64 generation = 0; // Plan: the request it answers

    // Plan: the plan (its request's month may be the one found); Charge and
    // CancelRun: the plan acted on.
    ChargeAllPlan plan;
    // Plan with a month to find: the month was moved past months already run.
    bool monthFound = false;

    // Rejected: the refused commands' results (family_id and error), in order.
    QList<CommandResult> rejected;
    // Ok writes: events appended, and the last position written.
    qint64 appended = 0;
    qint64 headPosition = 0;

    // StaleViews, Storage: what happened, in full, and what the user can do.
    QString message;
    QString advice;

    bool ok() const { return status == Status::Ok; }
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::ChargeAllOutcome)
