#pragma once

#include "cli_arguments.h"
#include "store/coop_file.h"
#include "store/sqlite_event_store.h"

#include <memory>

namespace coopdesk::cli {

// What every subcommand gets: its arguments and the global options.
struct Context
{
    const Arguments& arguments;
    QString db;
    QString user;
    StoreOptions storeOptions;

    std::unique_ptr<SqliteEventStore> openStore() const
    {
        return std::make_unique<SqliteEventStore>(db, storeOptions);
    }
};

} // namespace coopdesk::cli
