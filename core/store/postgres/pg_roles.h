#pragma once

#include "pg_connection.h"

#include <QString>

// Who may reach a shared co-op (SPEC 12.2 "Who"): roles are server-wide, so
// each co-op's two group roles are named after its database, DB_writer
// (append and read) and DB_reader (read only). Desks log in as their own
// roles, granted one of the groups by the co-op's administrator.
namespace coopdesk::pgroles {

QString writerRole(const QString& databaseName);
QString readerRole(const QString& databaseName);

// Inside init's transaction, after the schema is made: creates both groups
// (NOLOGIN) or reuses them, grants them what appending and reading need,
// and takes the database's CONNECT and TEMP and the schema's use from
// PUBLIC, so a role of another co-op on the same server cannot reach this
// one. Throws StorageError (nothing changed) when the role running init
// may not do all of it.
void createAndGrant(PgConnection& connection);

} // namespace coopdesk::pgroles
