#include "command_side_tables.h"

#include "command_side_sql.h"
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
    return sql::loadFamily(coop, familyId);
}

std::optional<Reservation> loadReservation(SqliteConnection& coop, const QString& familyId,
                                           const ReservedId& reserved)
{
    return sql::loadReservation(coop, familyId, reserved);
}

void save(SqliteConnection& coop, const FamilyState& state, const QList<Reservation>& taken,
          const QList<ReservedId>& released)
{
    sql::save(coop, state, taken, released);
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
        sql::saveState(coop, state);
        for (const Reservation& reservation : state.reservations)
            sql::insertReservation(coop, state.familyId, reservation);
    }
}

} // namespace coopdesk::commandside
