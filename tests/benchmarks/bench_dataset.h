#pragma once

#include "commands/command_bus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace coopdesk::bench {

// The commands of the benchmark co-ops: families enrolled with two
// children, then, round after round across all families, monthly charges
// and payments (some late or partial), score updates and contacts — so
// every read model has work, and consecutive events belong to different
// families as in a real co-op.
class DatasetCommands
{
public:
    DatasetCommands(int families, int eventsPerFamily);

    // Up to `count` next commands; empty when all were handed out.
    QList<QJsonObject> next(int count);
    qint64 total() const { return qint64{m_families} * m_eventsPerFamily; }

    static QString familyId(int index);
    // One command of round `round` for family `index` (round 0..2 enroll).
    static QJsonObject command(int index, int round);

private:
    int m_families;
    int m_eventsPerFamily;
    qint64 m_handedOut = 0;
};

// Fills the co-op at `path` (created when missing) with `families` families
// of `eventsPerFamily` events each, through the command bus in batches.
// Returns the head position.
qint64 buildCoop(const QString& path, int families, int eventsPerFamily, bool durable = false);

} // namespace coopdesk::bench
