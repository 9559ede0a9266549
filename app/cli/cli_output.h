#pragma once

#include "domain/command_error.h"

#include <QByteArray>
#include <QString>

namespace coopdesk::cli {

enum ExitCode { Ok = 0, Rejected = 1, Usage = 2, Storage = 3 };

// One line on standard output, flushed at once: a result printed is a
// result that happened, even if the process is killed right after.
void printLine(const QByteArray& json);
// A message for people on standard error.
void printMessage(const QString& text);

// {"ok":false,"error":{...}} on stdout, the message on stderr too.
int printError(const CommandError& error, int exitCode);
int usageError(const QString& message);

} // namespace coopdesk::cli
