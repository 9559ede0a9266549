#include "projections/projector.h"
#include "subcommands.h"

namespace coopdesk::cli {

void catchUpViews(const Context& context, const Clock& clock)
{
    Projector projector(context.db, clock);
    projector.open();
    projector.catchUp();
}

} // namespace coopdesk::cli
