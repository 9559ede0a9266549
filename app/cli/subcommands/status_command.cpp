#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/projector.h"
#include "queries/query_service.h"
#include "subcommands.h"

namespace coopdesk::cli {

int runStatus(const Context& context)
{
    // The status as it is: no catching up first, so the lag shows.
    SystemClock clock;
    {
        Projector projector(context.db, clock);
        projector.open();
    }
    QueryService queries(context.db);
    printLine(json::array(queries.projectionStatus(clock.now()), QueryService::statusColumns()));
    return Ok;
}

} // namespace coopdesk::cli
