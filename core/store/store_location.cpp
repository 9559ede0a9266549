#include "store_location.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace coopdesk {

namespace {

bool isUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// libpq's connection keywords (its documentation, "Parameter Key Words"):
// text that starts with one of them and `=` is a connection string.
const QSet<QString>& libpqKeywords()
{
    static const QSet<QString> keywords{
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("passfile"),
        QStringLiteral("service"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"),
        QStringLiteral("options"),
        QStringLiteral("application_name"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("requirepeer"),
        QStringLiteral("keepalives"),
    };
    return keywords;
}

bool isKeywordString(const QString& text)
{
    static const QRegularExpression firstKeyword(QStringLiteral("^\\s*([A-Za-z_]+)\\s*="));
    const QRegularExpressionMatch match = firstKeyword.match(text);
    return match.hasMatch() && libpqKeywords().contains(match.captured(1).toLower());
}

// A URI without the password of its user info (`user:secret@`) or of a
// `password=` query parameter.
QString uriWithoutPassword(const QString& uri)
{
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = uri.indexOf(u'/', schemeEnd);
    const qsizetype queryStart = uri.indexOf(u'?', schemeEnd);
    if (authorityEnd < 0 || (queryStart >= 0 && queryStart < authorityEnd))
        authorityEnd = queryStart < 0 ? uri.size() : queryStart;
    QString authority = uri.mid(schemeEnd, authorityEnd - schemeEnd);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const qsizetype colon = authority.left(at).indexOf(u':');
        if (colon >= 0)
            authority.remove(colon, at - colon);
    }
    QString shown = uri.left(schemeEnd) + authority;
    if (queryStart < 0) {
        shown += uri.mid(authorityEnd);
        return shown;
    }
    shown += uri.mid(authorityEnd, queryStart - authorityEnd);
    QStringList kept;
    const QStringList parameters = uri.mid(queryStart + 1).split(u'&');
    for (const QString& parameter : parameters) {
        if (parameter.section(u'=', 0, 0)
                .trimmed()
                .compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            kept.append(parameter);
    }
    if (!kept.isEmpty())
        shown += u'?' + kept.join(u'&');
    return shown;
}

// A keyword string without its `password = value` pair; a value may be
// quoted ('…', with \' and \\ inside), as libpq reads it.
QString keywordsWithoutPassword(const QString& text)
{
    QStringList kept;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        while (i < size && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString keyword = text.mid(start, i - start);
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i < size && text.at(i) == u'=')
            ++i;
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i < size && text.at(i) == u'\'') {
            ++i;
            while (i < size && text.at(i) != u'\'') {
                if (text.at(i) == u'\\')
                    ++i;
                ++i;
            }
            ++i; // the closing quote
        } else {
            while (i < size && !text.at(i).isSpace())
                ++i;
        }
        if (keyword.compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            kept.append(text.mid(start, qMin(i, size) - start));
    }
    return kept.join(u' ');
}

} // namespace

StoreLocation StoreLocation::fromText(const QString& text)
{
    StoreLocation location;
    location.m_text = text;
    location.m_kind = isUri(text) || isKeywordString(text) ? Kind::Server : Kind::File;
    return location;
}

QString StoreLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_text;
    return isUri(m_text) ? uriWithoutPassword(m_text) : keywordsWithoutPassword(m_text);
}

} // namespace coopdesk
