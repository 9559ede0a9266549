#include "statement_file_name.h"

namespace coopdesk {

namespace {

QString isoDates(const StatementPeriod& period)
{
    return StatementFileName::tr("%1 to %2", "file name: from, to")
        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

} // namespace

QString StatementFileName::safe(const QString& name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        const bool forbidden =
            c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c);
        cleaned += forbidden ? QLatin1Char('-') : c;
    }
    cleaned = cleaned.simplified();
    while (cleaned.startsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char('.')))
        cleaned =
            (cleaned.startsWith(QLatin1Char('.')) ? cleaned.mid(1) : cleaned.chopped(1)).trimmed();
    return cleaned;
}

QString StatementFileName::forFamily(const QString& familyName, const StatementPeriod& period)
{
    return safe(tr("Statement %1 %2", "file name: family name, period")
                    .arg(familyName.left(100), isoDates(period))) +
           QStringLiteral(".pdf");
}

QString StatementFileName::forFamiliesThatOwe(const StatementPeriod& period)
{
    return safe(tr("Statements of families that owe %1", "file name: period")
                    .arg(isoDates(period))) +
           QStringLiteral(".pdf");
}

} // namespace coopdesk
