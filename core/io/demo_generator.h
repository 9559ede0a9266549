#pragma once

#include "commands/command_bus.h"
#include "io/demo_clock.h"

#include <QDate>

#include <functional>

namespace coopdesk {

struct DemoOptions
{
    int families = 500;
    int months = 12;
    quint64 seed = 1;
    // The demo's "today" (the CLI's --as-of): its calendar ends with this
    // month, and nothing that happened (payments, contacts, logins,
    // attendance, hours, withdrawals, re-enrollments) is dated after it;
    // due dates and coming enrollments may lie ahead. Same options, same
    // anchor: the same co-op.
    QDate lastMonth = QDate::currentDate();
    // The bus's clock, when the caller made the bus with a DemoClock: each
    // command is then recorded at the moment it happened, in working hours
    // (local time) of its day, never after lastMonth. Without it events are
    // recorded at whatever time the bus's clock says.
    DemoClock* clock = nullptr;
};

struct DemoSummary
{
    qint64 families = 0;
    qint64 commands = 0;
    qint64 headPosition = 0;
};

// Fills a co-op with a realistic, deterministic co-op through the command
// bus: families told apart by name (all different up to about 2 000, at
// most three sharing one at 5 000: docs/DECISIONS.md) and parent, children,
// monthly tuition, payments on time, late, partial and overpaid, contacts,
// engagement and risk across every tier, withdrawals and re-enrollments,
// each dated no later than options.lastMonth. Commands go in batches (one transaction
// each). `progress(doneFamiliesMonths, total)` may return false to stop.
// Throws std::runtime_error when the bus rejects a generated command.
DemoSummary generateDemoCoop(CommandBus& bus, const DemoOptions& options,
                             const std::function<bool(qint64, qint64)>& progress = {});

} // namespace coopdesk
