#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class QProcess;

namespace coopdesk::test {

// Reads the started `process`'s standard output until it has printed
// `lines` lines, then kills it at once (SIGKILL) and returns all it
// printed. Returns an empty array when it ended, or printed nothing for a
// minute, before that.
QByteArray killAfterLines(QProcess& process, qsizetype lines);

// The JSON objects of the complete lines of `out`; a last line cut short by
// a kill is dropped.
QList<QJsonObject> completeJsonLines(const QByteArray& out);

} // namespace coopdesk::test
