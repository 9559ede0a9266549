#include "cli_output.h"
#include "io/json_output.h"
#include "subcommands.h"

namespace coopdesk::cli {

int runInit(const Context& context)
{
    coopfile::create(context.db);
    SqliteEventStore store(context.db, context.storeOptions);
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("db"), context.db)
                  .add(QStringLiteral("file_id"), store.fileId())
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
