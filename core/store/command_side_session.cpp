#include "command_side_session.h"

#include "command_side_sql.h"

#include <algorithm>

namespace coopdesk::commandside {

namespace {

// A reservation as it stands at the end of the transaction: taken again
// after it was given back, its row may still be in the file.
void upsertReservation(SqliteConnection& coop, const QString& familyId,
                       const Reservation& reservation)
{
    Query query = coop.query("INSERT INTO family_reserved_ids (family_id, kind, reserved_id, "
                             "amount_cents, transaction_id) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (family_id, kind, reserved_id) DO UPDATE SET "
                             "amount_cents = excluded.amount_cents, "
                             "transaction_id = excluded.transaction_id");
    sql::runWithReservation(query, familyId, reservation);
}

// The state of a family the file has (an UPDATE) or has not yet (an
// INSERT): one B-tree seek where an upsert makes two.
void writeState(SqliteConnection& coop, const FamilyState& state, bool newInFile)
{
    Query query = newInFile ? coop.query("INSERT INTO family_state (withdrawn, engagement_score, "
                                         "risk_score, version, family_id) VALUES (?, ?, ?, ?, ?)")
                            : coop.query("UPDATE family_state SET withdrawn = ?, "
                                         "engagement_score = ?, risk_score = ?, version = ? "
                                         "WHERE family_id = ?");
    query.bind(1, qint64{state.withdrawn})
        .bind(2, state.engagementScore)
        .bind(3, state.riskScore)
        .bind(4, state.version)
        .bind(5, state.familyId)
        .run();
}

void deleteReservation(SqliteConnection& coop, const QString& familyId, const ReservedId& reserved)
{
    coop.query("DELETE FROM family_reserved_ids "
               "WHERE family_id = ? AND kind = ? AND reserved_id = ?")
        .bind(1, familyId)
        .bind(2, reserved.kind)
        .bind(3, reserved.id)
        .run();
}

} // namespace

SessionTables::Family& SessionTables::family(const QString& familyId)
{
    auto found = m_families.find(familyId);
    if (found == m_families.end()) {
        Family loaded;
        loaded.state = sql::loadFamily(m_coop, familyId);
        loaded.newInFile = !loaded.state.exists();
        found = m_families.insert(familyId, std::move(loaded));
    }
    return found.value();
}

FamilyState SessionTables::loadFamily(const QString& familyId)
{
    return family(familyId).state;
}

std::optional<Reservation> SessionTables::reservation(const QString& familyId,
                                                      const ReservedId& reserved)
{
    Family& kept = family(familyId);
    const auto found = kept.known.constFind(reserved);
    if (found != kept.known.constEnd())
        return found.value();
    if (kept.newInFile)
        return std::nullopt;
    const std::optional<Reservation> stored = sql::loadReservation(m_coop, familyId, reserved);
    kept.known.insert(reserved, stored);
    return stored;
}

void SessionTables::record(const FamilyState& after, const QList<Reservation>& taken,
                           const QList<ReservedId>& released)
{
    Family& kept = family(after.familyId);
    kept.state = after;
    kept.state.reservations.clear();
    kept.changed = true;
    for (const ReservedId& reserved : released) {
        kept.known.insert(reserved, std::nullopt);
        kept.changedIds.insert(reserved);
    }
    for (const Reservation& reservation : taken) {
        kept.known.insert(reservation.reserved, reservation);
        kept.changedIds.insert(reservation.reserved);
    }
}

void SessionTables::flush()
{
    QStringList changedFamilies;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        if (it->changed || !it->changedIds.isEmpty())
            changedFamilies.append(it.key());
    }
    // In key order: each B-tree is written front to back once.
    std::sort(changedFamilies.begin(), changedFamilies.end());
    for (const QString& familyId : std::as_const(changedFamilies)) {
        Family& kept = m_families[familyId];
        if (kept.changed)
            writeState(m_coop, kept.state, kept.newInFile);
        QList<ReservedId> ids(kept.changedIds.cbegin(), kept.changedIds.cend());
        std::sort(ids.begin(), ids.end(), [](const ReservedId& a, const ReservedId& b) {
            return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
        });
        for (const ReservedId& reserved : std::as_const(ids)) {
            const std::optional<Reservation>& now = kept.known[reserved];
            if (now)
                upsertReservation(m_coop, familyId, *now);
            else
                deleteReservation(m_coop, familyId, reserved);
        }
        kept.changed = false;
        kept.newInFile = kept.newInFile && !kept.state.exists();
        kept.changedIds.clear();
    }
}

} // namespace coopdesk::commandside
