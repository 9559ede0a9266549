#include "family_text.h"

#include "widgets/money_text.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace coopdesk {

QString FamilyText::none()
{
    return QStringLiteral("—");
}

QString FamilyText::amount(qint64 cents)
{
    return money::formatCents(cents, QLocale());
}

QString FamilyText::money(qint64 cents, const QString& currencyCode)
{
    return money::formatWithCurrency(cents, QLocale(), currencyCode);
}

QString FamilyText::money(const QJsonValue& cents, const QString& currencyCode)
{
    if (!cents.isDouble())
        return none();
    return money(cents.toInteger(), currencyCode);
}

QString FamilyText::date(const QJsonValue& isoDate)
{
    return isoDate.isString() ? date(isoDate.toString()) : none();
}

QString FamilyText::date(const QString& isoDate)
{
    if (isoDate.isEmpty())
        return none();
    const QDate parsed = QDate::fromString(isoDate, Qt::ISODate);
    return parsed.isValid() ? QLocale().toString(parsed, QLocale::ShortFormat) : isoDate;
}

QString FamilyText::timestamp(const QString& isoUtc)
{
    QDateTime parsed = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return isoUtc.isEmpty() ? none() : isoUtc;
    return QLocale().toString(parsed.toLocalTime(), QLocale::ShortFormat);
}

QString FamilyText::month(const QString& yearMonth)
{
    const QDate first = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return yearMonth.isEmpty() ? none() : yearMonth;
    const QLocale locale;
    return tr("%1 %2", "month name, year")
        .arg(locale.standaloneMonthName(first.month(), QLocale::LongFormat),
             QString::number(first.year()));
}

QString FamilyText::number(const QJsonValue& value)
{
    if (!value.isDouble())
        return none();
    const double number = value.toDouble();
    const qint64 whole = value.toInteger();
    if (static_cast<double>(whole) == number)
        return QLocale().toString(whole);
    return QLocale().toString(number, 'f', 2);
}

QString FamilyText::days(qint64 count)
{
    return tr("%Ln day(s)", nullptr, static_cast<int>(count));
}

QString FamilyText::factors(const QJsonValue& object)
{
    const QJsonObject factors = object.toObject();
    if (factors.isEmpty())
        return none();
    QStringList parts;
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const QJsonValue value = it.value();
        QString shown;
        if (value.isDouble())
            shown = number(value);
        else if (value.isString())
            shown = value.toString();
        else if (value.isBool())
            shown = value.toBool() ? tr("yes") : tr("no");
        else if (value.isNull())
            shown = none();
        else
            shown = QString::fromUtf8(
                value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        parts << tr("%1: %2", "factor name: value").arg(it.key(), shown);
    }
    return parts.join(QStringLiteral(", "));
}

QString FamilyText::text(const QJsonValue& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? none() : text;
}

} // namespace coopdesk
