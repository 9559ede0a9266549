#include "pg_roles.h"

#include "store/storage_error.h"

#include <QCoreApplication>

namespace coopdesk::pgroles {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The server cuts longer names to 63 bytes without a word: two co-ops
// could then share a group.
constexpr int longestRoleName = 63;

bool roleExists(PgConnection& connection, const QString& role)
{
    PgQuery query = connection.query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1");
    query.bind(1, role);
    return query.next();
}

bool mayCreateRoles(PgConnection& connection)
{
    PgQuery query = connection.query(
        "SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user");
    return query.next() && query.boolean(0);
}

// Identifiers cannot be bound parameters: the server quotes them itself
// (format's %I is quote_ident), whatever the database is called.
void runFormatted(PgConnection& connection, const char* pattern, const QString& first,
                  const QString& second = {}, const QString& third = {})
{
    PgQuery statement =
        connection.query("SELECT pg_catalog.format($1::text, $2::text, $3::text, $4::text)");
    statement.bind(1, QString::fromLatin1(pattern)).bind(2, first).bind(3, second).bind(4, third);
    if (!statement.next())
        return;
    connection.executeScript(statement.text(0).toUtf8().constData());
}

// The writer appends: the event, the head row it moves, the command ids it
// remembers, the families' state and reservations it keeps, and the skips
// it records. Nothing else is ever changed, and events are append-only
// whoever asks (pg_schema.cpp).
const char* const writerGrants[] = {
    ("GRANT INSERT ON coopdesk.events, coopdesk.accepted_commands, coopdesk.family_state, "
     "coopdesk.family_reserved_ids, coopdesk.projection_skips TO %I"),
    "GRANT UPDATE ON coopdesk.head, coopdesk.family_state TO %I",
    "GRANT DELETE ON coopdesk.family_reserved_ids TO %I",
};

} // namespace

QString writerRole(const QString& databaseName)
{
    return databaseName + QStringLiteral("_writer");
}

QString readerRole(const QString& databaseName)
{
    return databaseName + QStringLiteral("_reader");
}

void createAndGrant(PgConnection& connection)
{
    PgQuery current = connection.query("SELECT current_database()");
    const QString database = current.next() ? current.text(0) : connection.databaseName();
    const QString writer = writerRole(database);
    const QString reader = readerRole(database);
    if (writer.toUtf8().size() > longestRoleName || reader.toUtf8().size() > longestRoleName)
        throw StorageError(StorageError::Kind::Other,
                           Storage::tr("The database name %1 is too long for its co-op's roles "
                                       "(%2, %3: at most %4 bytes); use a shorter name")
                               .arg(database, writer, reader)
                               .arg(longestRoleName));
    for (const QString& role : {writer, reader}) {
        if (roleExists(connection, role))
            continue; // made by an earlier init, or by the administrator
        if (!mayCreateRoles(connection))
            throw StorageError(
                StorageError::Kind::ReadOnly,
                Storage::tr("This role may not create the co-op's group role %1 on %2: run init "
                            "as a role with CREATEROLE, or have the server's administrator "
                            "create it first (CREATE ROLE %1 NOLOGIN)")
                    .arg(role, connection.location().toString()));
        runFormatted(connection, "CREATE ROLE %I NOLOGIN", role);
    }

    runFormatted(connection, "REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC", database);
    runFormatted(connection, "GRANT CONNECT ON DATABASE %I TO %I, %I", database, writer, reader);
    connection.executeScript("REVOKE ALL ON SCHEMA coopdesk FROM PUBLIC");
    runFormatted(connection, "GRANT USAGE ON SCHEMA coopdesk TO %I, %I", writer, reader);
    runFormatted(connection, "GRANT SELECT ON ALL TABLES IN SCHEMA coopdesk TO %I, %I", writer,
                 reader);
    for (const char* grant : writerGrants)
        runFormatted(connection, grant, writer);
}

} // namespace coopdesk::pgroles
