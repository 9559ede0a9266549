#pragma once

#include "store/store_location.h"

#include <QString>
#include <QStringList>

namespace coopdesk {

// What the Connect to a Shared Co-op dialog asks for: a server named by its
// host, port, database, user and TLS mode, or by a service name
// (~/.pg_service.conf). Turned into a libpq keyword location.
struct ConnectionFields
{
    bool useService = false;
    QString service;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");

    static QStringList sslModes(); // disable, prefer, require, verify-ca, verify-full

    // `keyword=value` pairs, each value quoted as libpq reads it; empty
    // fields are left out (libpq's defaults apply).
    StoreLocation location() const;
};

// A value as libpq's keyword syntax takes it: in single quotes, with ' and
// \ escaped by a backslash.
QString quotedConnectionValue(const QString& value);

// `location` with a password for the connection; StoreLocation::toString()
// still hides it.
StoreLocation withPassword(const StoreLocation& location, const QString& password);

} // namespace coopdesk
