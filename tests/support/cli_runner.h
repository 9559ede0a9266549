#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace coopdesk::test {

// The outcome of one run of coopdesk-cli.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> lines() const;      // stdout, split in lines
    QList<QJsonObject> jsonLines() const; // each stdout line parsed
    QJsonObject json() const;             // stdout as one object
};

QString cliPath();

// Runs coopdesk-cli with `arguments`, feeding `input` on stdin.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {});

} // namespace coopdesk::test
