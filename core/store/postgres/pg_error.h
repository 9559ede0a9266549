#pragma once

#include "store/storage_error.h"
#include "store/store_location.h"

#include <QByteArray>

struct pg_conn;
struct pg_result;

// What a PostgreSQL failure means for the co-op: its SQLSTATE mapped to a
// StorageError kind with a message for people (context `Storage`), naming
// the server without its password.
namespace coopdesk::pgerror {

// The SQLSTATE the append-only triggers raise (pg_schema.cpp).
inline constexpr char appendOnlySqlState[] = "CD001";
// The SQLSTATE of the trigger that refuses an event recorded under another
// role's name (pg_schema.cpp).
inline constexpr char otherUserSqlState[] = "CD002";

StorageError::Kind kindOf(const QByteArray& sqlState);

// A statement that failed; `connection` tells a dropped connection apart.
StorageError fromResult(const StoreLocation& location, const pg_result* result,
                        pg_conn* connection);
// A connection that could not be made.
StorageError fromConnect(const StoreLocation& location, pg_conn* connection);

} // namespace coopdesk::pgerror
