#include "cli_runner.h"

#include <QJsonDocument>
#include <QProcess>

namespace coopdesk::test {

QList<QByteArray> CliRun::lines() const
{
    QList<QByteArray> result;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> result;
    for (const QByteArray& line : lines())
        result.append(QJsonDocument::fromJson(line).object());
    return result;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString cliPath()
{
#ifdef COOPDESK_CLI_PATH
    return QStringLiteral(COOPDESK_CLI_PATH);
#else
    return qEnvironmentVariable("COOPDESK_CLI", QStringLiteral("coopdesk-cli"));
#endif
}

CliRun runCli(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(cliPath(), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace coopdesk::test
