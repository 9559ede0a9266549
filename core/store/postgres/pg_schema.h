#pragma once

#include "pg_connection.h"

#include <QString>

// The shared co-op's schema on a PostgreSQL server (SPEC 12.2,
// docs/SHARED_COOP.md): everything in the schema `coopdesk`, its version and
// the store id in `coopdesk.meta`, the checks that refuse a database whose
// `coopdesk` schema is not ours or newer, before anything is written.
namespace coopdesk::pgschema {

inline constexpr int schemaVersion = 1;
// What meta's `application` row says in a schema CoopDesk made.
inline constexpr char applicationName[] = "CoopDesk event store";
// The channel each append notifies on commit, with its position as payload.
inline constexpr char eventsChannel[] = "coopdesk_events";

// Creates the schema, its tables, triggers and meta rows, and the co-op's
// group roles and grants (pg_roles.h), in one transaction. Refuses
// (StorageError, nothing changed) a database that already has a `coopdesk`
// schema, ours or not, and a role that is not the database's owner.
void create(PgConnection& connection);
// The same, where a co-op's schema already there (ours, of a version we
// read) is no error: returns whether it was created.
bool createIfAbsent(PgConnection& connection);
// Drops the schema again when it holds no event and no accepted command
// (a copy that created it and then failed); anything else is left alone.
void dropIfEmpty(PgConnection& connection);

// Refuses a database with no `coopdesk` schema, a foreign one or a newer
// one, reading only. Returns the schema version.
int check(PgConnection& connection);

// The id written into meta by create().
QString storeId(PgConnection& connection);

// The append-only triggers on events are there, enabled, and call the
// function that refuses.
bool appendOnlyGuardsInPlace(PgConnection& connection);

// The trigger that refuses an event whose user_id is not the role
// recording it is there, enabled, and calls the function that refuses.
bool userIdGuardInPlace(PgConnection& connection);

// The session settings every connection to a co-op gets: the schema first
// on the search path, how long to wait for a lock and to idle in a
// transaction, durability, and read-only when asked.
void configureSession(PgConnection& connection, int lockTimeoutMs, bool durable, bool readOnly);

} // namespace coopdesk::pgschema
