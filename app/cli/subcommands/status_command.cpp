#include "cli_output.h"
#include "clock.h"
#include "io/json_output.h"
#include "projections/projector.h"
#include "queries/query_service.h"
#include "subcommands.h"
#include "views_location.h"

namespace coopdesk::cli {

int runStatus(const Context& context)
{
    // The status as it is: no catching up first, so the lag shows.
    SystemClock clock;
    const ViewsLocation views(*context.openStoreToRead());
    {
        Projector projector(context.location, clock, Projector::Options{}, views.path());
        projector.open();
        // Views made for this run alone start empty: their lag would only
        // say that, not where the projections stop (read-only media).
        if (views.isTemporary())
            projector.catchUp();
    }
    QueryService queries(context.location, views.path());
    printLine(json::array(queries.projectionStatus(clock.now()), QueryService::statusColumns()));
    return Ok;
}

} // namespace coopdesk::cli
