#include "command_side_tables.h"

#include "command_side_fold.h"

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
    Fold fold;
    Query events = coop.query("SELECT position, event_id, stream_id, event_type, "
                              "schema_version, data FROM events ORDER BY position");
    while (events.next()) {
        RecordedEvent event;
        event.eventId = events.text(1);
        event.streamId = events.text(2);
        event.eventType = events.text(3);
        event.schemaVersion = static_cast<int>(events.integer(4));
        event.data = events.bytes(5);
        fold.add(event);
    }
    saveFold(coop, fold);
}

} // namespace coopdesk::commandside
