#pragma once

#include "cli_context.h"

// One function per subcommand of coopdesk-cli, each in its own file; each
// returns the process exit code (cli_output.h).
namespace coopdesk::cli {

int runInit(const Context& context);
int runExec(const Context& context);
int runReplay(const Context& context);
int runExportEvents(const Context& context);
int runVerify(const Context& context);

} // namespace coopdesk::cli
