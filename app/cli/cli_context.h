#pragma once

#include "cli_arguments.h"
#include "store/open_event_store.h"

#include <memory>

namespace coopdesk::cli {

// What every subcommand gets: its arguments and the global options.
struct Context
{
    const Arguments& arguments;
    StoreLocation location; // --db or $COOPDESK_DB
    QString user;
    StoreOptions storeOptions;

    std::unique_ptr<EventStore> openStore() const { return openEventStore(location, storeOptions); }

    // For subcommands that only read: nothing can be appended through it.
    std::unique_ptr<EventStore> openStoreToRead() const
    {
        StoreOptions readOnly = storeOptions;
        readOnly.readOnly = true;
        return openEventStore(location, readOnly);
    }
};

} // namespace coopdesk::cli
