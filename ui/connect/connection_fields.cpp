#include "connection_fields.h"

#include <QUrl>

namespace coopdesk {

namespace {

void addPair(QStringList& pairs, const char* keyword, const QString& value)
{
    if (!value.trimmed().isEmpty())
        pairs.append(QString::fromLatin1(keyword) + u'=' + quotedConnectionValue(value.trimmed()));
}

} // namespace

QStringList ConnectionFields::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString quotedConnectionValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

StoreLocation ConnectionFields::location() const
{
    QStringList pairs;
    if (useService) {
        addPair(pairs, "service", service);
        addPair(pairs, "user", user);
    } else {
        addPair(pairs, "host", host);
        if (port > 0)
            addPair(pairs, "port", QString::number(port));
        addPair(pairs, "dbname", database);
        addPair(pairs, "user", user);
        addPair(pairs, "sslmode", sslMode);
    }
    return StoreLocation::fromText(pairs.join(u' '));
}

StoreLocation withPassword(const StoreLocation& location, const QString& password)
{
    const QString text = location.connectionString();
    if (text.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        // A URI: a `password` query parameter, percent-encoded.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
        return StoreLocation::fromText(text + (text.contains(u'?') ? u'&' : u'?') +
                                       QStringLiteral("password=") + encoded);
    }
    return StoreLocation::fromText(text + QStringLiteral(" password=") +
                                   quotedConnectionValue(password));
}

} // namespace coopdesk
