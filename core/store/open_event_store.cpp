#include "open_event_store.h"

#include "postgres/pg_event_store.h"
#include "sqlite_event_store.h"

namespace coopdesk {

std::unique_ptr<EventStore> openEventStore(const StoreLocation& location,
                                           const StoreOptions& options)
{
    if (location.isServer())
        return std::make_unique<PgEventStore>(location, options);
    return std::make_unique<SqliteEventStore>(location.filePath(), options);
}

void createEventStore(const StoreLocation& location)
{
    if (location.isServer())
        PgEventStore::create(location);
    else
        coopfile::create(location.filePath());
}

} // namespace coopdesk
