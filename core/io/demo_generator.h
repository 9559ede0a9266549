#pragma once

#include "commands/command_bus.h"

#include <QDate>

#include <functional>

namespace coopdesk {

struct DemoOptions
{
    int families = 500;
    int months = 12;
    quint64 seed = 1;
    // The last month of the demo calendar (its first day is "today" for the
    // demo's open charges). Same options, same anchor: the same co-op.
    QDate lastMonth = QDate::currentDate();
};

struct DemoSummary
{
    qint64 families = 0;
    qint64 commands = 0;
    qint64 headPosition = 0;
};

// Fills a co-op with a realistic, deterministic co-op through the command
// bus: families with children, monthly tuition, payments on time, late,
// partial and overpaid, contacts, engagement and risk across every tier,
// withdrawals and re-enrollments. Commands go in batches (one transaction
// each). `progress(doneFamiliesMonths, total)` may return false to stop.
// Throws std::runtime_error when the bus rejects a generated command.
DemoSummary generateDemoCoop(CommandBus& bus, const DemoOptions& options,
                             const std::function<bool(qint64, qint64)>& progress = {});

} // namespace coopdesk
