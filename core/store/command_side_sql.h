#pragma once

#include "domain/family_state.h"

#include <QString>

#include <optional>

// How the command side's tables hold a family's state and its reservations
// (docs/EVENT_STORE.md), written once for both stores: `Connection` is
// SqliteConnection or PgConnection, whose queries bind and read alike.
// Parameters are $1, $2 … in order of appearance, which SQLite numbers the
// same way PostgreSQL does.
namespace coopdesk::commandside::sql {

template <class Connection> void saveState(Connection& store, const FamilyState& state)
{
    store
        .query("INSERT INTO family_state (family_id, version, withdrawn, engagement_score, "
               "risk_score) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (family_id) DO UPDATE SET "
               "version = excluded.version, withdrawn = excluded.withdrawn, "
               "engagement_score = excluded.engagement_score, risk_score = excluded.risk_score")
        .bind(1, state.familyId)
        .bind(2, state.version)
        .bind(3, qint64{state.withdrawn})
        .bind(4, state.engagementScore)
        .bind(5, state.riskScore)
        .run();
}

// Binds a family_reserved_ids row as (family_id, kind, reserved_id,
// amount_cents, transaction_id) and runs the statement.
template <class Query>
void runWithReservation(Query& query, const QString& familyId, const Reservation& reservation)
{
    query.bind(1, familyId)
        .bind(2, reservation.reserved.kind)
        .bind(3, reservation.reserved.id)
        .bind(4, reservation.amountCents);
    reservation.transactionId.isEmpty() ? query.bindNull(5)
                                        : query.bind(5, reservation.transactionId);
    query.run();
}

template <class Connection>
void insertReservation(Connection& store, const QString& familyId, const Reservation& reservation)
{
    auto query = store.query("INSERT INTO family_reserved_ids (family_id, kind, reserved_id, "
                             "amount_cents, transaction_id) VALUES ($1, $2, $3, $4, $5)");
    runWithReservation(query, familyId, reservation);
}

template <class Connection> FamilyState loadFamily(Connection& store, const QString& familyId)
{
    FamilyState state;
    state.familyId = familyId;
    auto query = store.query("SELECT version, withdrawn, engagement_score, risk_score "
                             "FROM family_state WHERE family_id = $1");
    query.bind(1, familyId);
    if (!query.next())
        return state;
    state.version = query.integer(0);
    state.withdrawn = query.integer(1) != 0;
    state.engagementScore = static_cast<int>(query.integer(2));
    state.riskScore = static_cast<int>(query.integer(3));
    return state;
}

template <class Connection>
std::optional<Reservation> loadReservation(Connection& store, const QString& familyId,
                                           const ReservedId& reserved)
{
    auto query = store.query("SELECT amount_cents, transaction_id FROM family_reserved_ids "
                             "WHERE family_id = $1 AND kind = $2 AND reserved_id = $3");
    query.bind(1, familyId).bind(2, reserved.kind).bind(3, reserved.id);
    if (!query.next())
        return std::nullopt;
    return Reservation{reserved, query.integer(0), query.text(1)};
}

template <class Connection>
void save(Connection& store, const FamilyState& state, const QList<Reservation>& taken,
          const QList<ReservedId>& released)
{
    saveState(store, state);
    for (const ReservedId& reserved : released)
        store
            .query("DELETE FROM family_reserved_ids "
                   "WHERE family_id = $1 AND kind = $2 AND reserved_id = $3")
            .bind(1, state.familyId)
            .bind(2, reserved.kind)
            .bind(3, reserved.id)
            .run();
    for (const Reservation& reservation : taken)
        insertReservation(store, state.familyId, reservation);
}

} // namespace coopdesk::commandside::sql
