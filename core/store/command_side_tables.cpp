#include "command_side_tables.h"

#include "domain/event_upcasting.h"

#include <QHash>
#include <QJsonDocument>

namespace coopdesk::commandside {

namespace {

const char* const tablesSql = R"sql(
CREATE TABLE family_state (
    family_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    engagement_score INTEGER NOT NULL,
    risk_score INTEGER NOT NULL
) WITHOUT ROWID;

-- What each family holds while it is live: kind is the field's name
-- (charge_id, payment_id, transaction_id), with the amount and, for a
-- payment, its transaction id.
CREATE TABLE family_reserved_ids (
    family_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    reserved_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    transaction_id TEXT,
    PRIMARY KEY (family_id, kind, reserved_id)
) WITHOUT ROWID;
)sql";

void saveState(SqliteConnection& coop, const FamilyState& state)
{
    coop.query("INSERT INTO family_state (family_id, version, withdrawn, engagement_score, "
               "risk_score) VALUES (?, ?, ?, ?, ?) ON CONFLICT (family_id) DO UPDATE SET "
               "version = excluded.version, withdrawn = excluded.withdrawn, "
               "engagement_score = excluded.engagement_score, risk_score = excluded.risk_score")
        .bind(1, state.familyId)
        .bind(2, state.version)
        .bind(3, qint64{state.withdrawn})
        .bind(4, state.engagementScore)
        .bind(5, state.riskScore)
        .run();
}

void insertReservation(SqliteConnection& coop, const QString& familyId,
                       const Reservation& reservation)
{
    Query query = coop.query("INSERT INTO family_reserved_ids (family_id, kind, reserved_id, "
                             "amount_cents, transaction_id) VALUES (?, ?, ?, ?, ?)");
    query.bind(1, familyId)
        .bind(2, reservation.reserved.kind)
        .bind(3, reservation.reserved.id)
        .bind(4, reservation.amountCents);
    reservation.transactionId.isEmpty() ? query.bindNull(5)
                                        : query.bind(5, reservation.transactionId);
    query.run();
}

// The event's data as the command side needs it. An event the projections
// cannot read (an amount that does not fit) still takes its ids; its
// amount is then what it stored, or 0.
QJsonObject commandSideData(const RecordedEvent& event)
{
    try {
        return decodeEventData(event);
    } catch (const EventDecodeError&) {
        QJsonObject data = QJsonDocument::fromJson(event.data).object();
        if (event.eventType == QLatin1String("PaymentReceived") &&
            !data.contains(fields::paymentId))
            data.insert(fields::paymentId, event.eventId);
        return data;
    }
}

} // namespace

void createTables(SqliteConnection& coop)
{
    coop.execute(tablesSql);
}

FamilyState loadFamily(SqliteConnection& coop, const QString& familyId)
{
    FamilyState state;
    state.familyId = familyId;
    Query query = coop.query("SELECT version, withdrawn, engagement_score, risk_score "
                             "FROM family_state WHERE family_id = ?");
    query.bind(1, familyId);
    if (!query.next())
        return state;
    state.version = query.integer(0);
    state.withdrawn = query.integer(1) != 0;
    state.engagementScore = static_cast<int>(query.integer(2));
    state.riskScore = static_cast<int>(query.integer(3));
    return state;
}

std::optional<Reservation> loadReservation(SqliteConnection& coop, const QString& familyId,
                                           const ReservedId& reserved)
{
    Query query = coop.query("SELECT amount_cents, transaction_id FROM family_reserved_ids "
                             "WHERE family_id = ? AND kind = ? AND reserved_id = ?");
    query.bind(1, familyId).bind(2, reserved.kind).bind(3, reserved.id);
    if (!query.next())
        return std::nullopt;
    return Reservation{reserved, query.integer(0), query.text(1)};
}

void save(SqliteConnection& coop, const FamilyState& state, const QList<Reservation>& taken,
          const QList<ReservedId>& released)
{
    saveState(coop, state);
    for (const ReservedId& reserved : released)
        coop.query("DELETE FROM family_reserved_ids "
                   "WHERE family_id = ? AND kind = ? AND reserved_id = ?")
            .bind(1, state.familyId)
            .bind(2, reserved.kind)
            .bind(3, reserved.id)
            .run();
    for (const Reservation& reservation : taken)
        insertReservation(coop, state.familyId, reservation);
}

void rebuild(SqliteConnection& coop)
{
    coop.execute("DROP TABLE IF EXISTS family_state; DROP TABLE IF EXISTS family_reserved_ids");
    createTables(coop);
    QHash<QString, FamilyState> families;
    Query events = coop.query("SELECT position, event_id, stream_id, event_type, "
                              "schema_version, data FROM events ORDER BY position");
    while (events.next()) {
        RecordedEvent event;
        event.eventId = events.text(1);
        event.streamId = events.text(2);
        event.eventType = events.text(3);
        event.schemaVersion = static_cast<int>(events.integer(4));
        event.data = events.bytes(5);
        FamilyState& state = families[event.streamId];
        state.familyId = event.streamId;
        evolve(state, event.eventType, commandSideData(event));
    }
    for (const FamilyState& state : std::as_const(families)) {
        saveState(coop, state);
        for (const Reservation& reservation : state.reservations)
            insertReservation(coop, state.familyId, reservation);
    }
}

} // namespace coopdesk::commandside
