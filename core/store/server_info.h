#pragma once

#include <QString>

namespace coopdesk {

// What a desk knows of the server holding its co-op (SPEC 12), for the
// window's title, status bar and About box. Never a password.
struct ServerInfo
{
    QString role;     // the role signed in (session_user): who records events
    QString database; // the database's name
    QString host;     // as libpq connected to it (a socket folder for a local one)
    QString port;
    QString version; // SHOW server_version
};

} // namespace coopdesk
