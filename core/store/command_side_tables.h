#pragma once

#include "domain/family_state.h"
#include "sqlite_connection.h"

#include <QString>

#include <optional>

// The command side's derived tables in a co-op file: each family's state
// snapshot and its reservations (domain/family_state.h), written in the
// same transaction as the events, so loading a family never replays its
// stream. Derived: an upgrade may drop and rebuild them from the events.
namespace coopdesk::commandside {

void createTables(SqliteConnection& coop);

FamilyState loadFamily(SqliteConnection& coop, const QString& familyId);
std::optional<Reservation> loadReservation(SqliteConnection& coop, const QString& familyId,
                                           const ReservedId& reserved);
void save(SqliteConnection& coop, const FamilyState& state, const QList<Reservation>& taken,
          const QList<ReservedId>& released);

// Drops the tables and folds every event into them again (SPEC 3: an older
// file's derived tables are rebuilt on open; its events are never rewritten).
// Inside the caller's write transaction.
void rebuild(SqliteConnection& coop);

} // namespace coopdesk::commandside
