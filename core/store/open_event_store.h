#pragma once

#include "event_store.h"
#include "store_options.h"

#include <memory>

namespace coopdesk {

// The one way to a store (docs/ARCHITECTURE.md, "The store seam"): every
// caller names its co-op by location and gets an EventStore, owned by the
// calling thread. Throws StorageError.
std::unique_ptr<EventStore> openEventStore(const StoreLocation& location,
                                           const StoreOptions& options = {});

// Creates a new, empty store at `location`; never replaces one. Throws
// StorageError.
void createEventStore(const StoreLocation& location);

} // namespace coopdesk
