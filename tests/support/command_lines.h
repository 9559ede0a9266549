#pragma once

#include <QByteArray>
#include <QString>

// Input for `coopdesk-cli exec`: one command a line, as JSON.
namespace coopdesk::test {

// EnrollFamily of `familyId`, named "Family ID", enrolled 2024-09-01.
QByteArray enrollLine(const QString& familyId);

// `count` commands on families PREFIX-f0, PREFIX-f1 …: for each an
// EnrollFamily, an AddChild (command_id child-FAMILY) and a RecordLogin.
QByteArray familyLines(const QString& prefix, int count);

} // namespace coopdesk::test
