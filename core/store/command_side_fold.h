#pragma once

#include "command_side_sql.h"
#include "domain/event.h"
#include "domain/family_state.h"

#include <QHash>
#include <QString>

namespace coopdesk::commandside {

// The command side's state of every family, folded from its events in
// position order: what the derived tables hold after those events were
// appended by commands (an upgrade's rebuild, a copy's target).
class Fold
{
public:
    void add(const RecordedEvent& event);
    const QHash<QString, FamilyState>& families() const { return m_families; }

private:
    QHash<QString, FamilyState> m_families;
};

// Writes the fold into the (empty) derived tables, inside the caller's
// write transaction. `Connection` as in command_side_sql.h.
template <class Connection> void saveFold(Connection& store, const Fold& fold)
{
    for (const FamilyState& state : fold.families()) {
        sql::saveState(store, state);
        for (const Reservation& reservation : state.reservations)
            sql::insertReservation(store, state.familyId, reservation);
    }
}

} // namespace coopdesk::commandside
