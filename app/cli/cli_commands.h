#pragma once

#include "cli_arguments.h"

namespace coopdesk::cli {

// Runs the subcommand and returns the process exit code.
int run(const Arguments& arguments);

} // namespace coopdesk::cli
