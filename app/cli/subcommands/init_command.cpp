#include "cli_output.h"
#include "io/json_output.h"
#include "subcommands.h"

namespace coopdesk::cli {

int runInit(const Context& context)
{
    createEventStore(context.location);
    const auto store = context.openStore();
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("db"), context.location.toString())
                  .add(QStringLiteral("file_id"), store->storeId())
                  .finish());
    return Ok;
}

} // namespace coopdesk::cli
