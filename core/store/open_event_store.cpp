#include "open_event_store.h"

#include "sqlite_event_store.h"

namespace coopdesk {

std::unique_ptr<EventStore> openEventStore(const StoreLocation& location,
                                           const StoreOptions& options)
{
    return std::make_unique<SqliteEventStore>(location.filePath(), options);
}

void createEventStore(const StoreLocation& location)
{
    coopfile::create(location.filePath());
}

} // namespace coopdesk
