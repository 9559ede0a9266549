#pragma once

#include "store/server_info.h"
#include "store/store_location.h"

#include <QString>

namespace coopdesk {

// The `service=NAME` a server location names (keywords or a URI's
// `?service=`), or empty.
QString serviceNameOf(const StoreLocation& location);

// How the window names a server co-op: its service, or "DATABASE @ HOST"
// ("this computer" for a local socket). Never a password.
QString serverCoopName(const StoreLocation& location, const ServerInfo& server);

// Where the server is, for the status bar: "HOST:PORT/DATABASE".
QString serverAddress(const ServerInfo& server);

} // namespace coopdesk
