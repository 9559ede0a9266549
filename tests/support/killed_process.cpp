#include "killed_process.h"

#include <QJsonDocument>
#include <QProcess>

namespace coopdesk::test {

QByteArray killAfterLines(QProcess& process, qsizetype lines)
{
    QByteArray out;
    while (out.count('\n') < lines) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        out += process.readAllStandardOutput();
    }
    process.kill();
    process.waitForFinished(60000);
    return out + process.readAllStandardOutput();
}

QList<QJsonObject> completeJsonLines(const QByteArray& out)
{
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast(); // after the last '\n': empty, or a line cut short
    QList<QJsonObject> objects;
    for (const QByteArray& line : std::as_const(lines))
        objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

} // namespace coopdesk::test
