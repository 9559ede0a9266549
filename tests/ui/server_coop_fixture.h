#pragma once

#include "commands/command_bus.h"
#include "connect/connection_fields.h"
#include "fixed_clock.h"
#include "store/open_event_store.h"
#include "temp_coop.h"
#include "temp_pg_server.h"

#include <QString>

namespace coopdesk::test {

// The Connect dialog's fields for `database` on the test's own server, over
// its Unix socket.
inline ConnectionFields socketFields(const TempPgServer& server, const QString& database,
                                     const QString& user = QStringLiteral("postgres"))
{
    ConnectionFields fields;
    fields.host = server.socketDir();
    fields.database = database;
    fields.user = user;
    return fields;
}

// Enrolls a family as another desk would: its own store object and bus, as
// another computer's. False (with the reason in `problem`) if refused.
inline bool enrollElsewhere(const StoreLocation& location, const QString& id, const QString& name,
                            QString* problem = nullptr)
{
    const auto store = openEventStore(location);
    FixedClock clock;
    CommandBus bus(*store, clock, QStringLiteral("other-desk"));
    const CommandResult result =
        bus.dispatch(cmd(QStringLiteral("EnrollFamily"),
                         {{QStringLiteral("family_id"), id},
                          {QStringLiteral("family_name"), name},
                          {QStringLiteral("enrollment_date"), QStringLiteral("2024-09-01")}}));
    if (!result.ok && problem)
        *problem = result.error ? result.error->message : QStringLiteral("rejected");
    return result.ok;
}

} // namespace coopdesk::test
