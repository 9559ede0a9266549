#pragma once

#include "cli_context.h"
#include "clock.h"
#include "projections/projector.h"

// One function per subcommand of coopdesk-cli, each in its own file; each
// returns the process exit code (cli_output.h).
namespace coopdesk::cli {

int runInit(const Context& context);
int runExec(const Context& context);
int runReplay(const Context& context);
int runExportEvents(const Context& context);
int runVerify(const Context& context);
int runQuery(const Context& context);
int runStatus(const Context& context);
int runRebuild(const Context& context);
int runSeedDemo(const Context& context);
int runImportCsv(const Context& context);
int runBackup(const Context& context);
int runCopy(const Context& context);
int runChargeAll(const Context& context);

// Brings the read models up to the head of the co-op file; returns the
// projections stopped at a poison event (their answers may be stale).
QList<CheckpointRow> catchUpViews(const Context& context, const Clock& clock,
                                  const QString& viewsPath);
// One warning line on stderr per stopped projection (SPEC 10).
void warnStale(const QList<CheckpointRow>& stopped);

} // namespace coopdesk::cli
