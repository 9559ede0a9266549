#include "server_coop_name.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace coopdesk {

namespace {

struct ServerCoopName
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::ServerCoopName)
};

QString hostShown(const QString& host)
{
    // A Unix socket's folder: the server runs on this computer.
    return host.isEmpty() || host.startsWith(u'/') ? ServerCoopName::tr("this computer") : host;
}

} // namespace

QString serviceNameOf(const StoreLocation& location)
{
    const QString text = location.toString();
    if (text.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive) && text.contains(u'?'))
        return QUrlQuery(text.section(u'?', 1)).queryItemValue(QStringLiteral("service"));
    // Keywords: service=NAME or service='NAME' (quoted as libpq reads it).
    static const QRegularExpression service(
        QStringLiteral("(?:^|\\s)service\\s*=\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|(\\S+))"));
    const QRegularExpressionMatch match = service.match(text);
    if (!match.hasMatch())
        return {};
    if (match.capturedLength(2) > 0)
        return match.captured(2);
    QString quoted = match.captured(1);
    quoted.replace(QRegularExpression(QStringLiteral("\\\\(.)")), QStringLiteral("\\1"));
    return quoted;
}

QString serverCoopName(const StoreLocation& location, const ServerInfo& server)
{
    const QString service = serviceNameOf(location);
    if (!service.isEmpty())
        return service;
    return ServerCoopName::tr("%1 @ %2").arg(server.database, hostShown(server.host));
}

QString serverAddress(const ServerInfo& server)
{
    const QString host = hostShown(server.host);
    return server.port.isEmpty() || server.host.startsWith(u'/')
               ? QStringLiteral("%1/%2").arg(host, server.database)
               : QStringLiteral("%1:%2/%3").arg(host, server.port, server.database);
}

} // namespace coopdesk
