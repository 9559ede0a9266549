#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace coopdesk {

// Read-model values as people read them, in the current locale: money with
// the display currency, ISO dates and UTC timestamps in the locale's
// formats (timestamps in local time), months by name. Absent values (JSON
// null) read as an em dash. The families table, the family detail and its
// timeline share these, so a value reads the same everywhere.
class FamilyText
{
    Q_DECLARE_TR_FUNCTIONS(FamilyText)

public:
    // "—": what an absent value shows.
    static QString none();

    // 1234.56 in the locale's format ("1,234.56"; "1234,56" in Spanish).
    static QString amount(qint64 cents);
    // The amount followed by the currency code ("1,234.56 USD").
    static QString money(qint64 cents, const QString& currencyCode);
    // A JSON number of cents, or none() for null.
    static QString money(const QJsonValue& cents, const QString& currencyCode);

    // An ISO date (YYYY-MM-DD) in the locale's short format; none() when
    // absent, the text itself when it is not a date.
    static QString date(const QJsonValue& isoDate);
    static QString date(const QString& isoDate);
    // A UTC ISO-8601 timestamp in local time, the locale's short format.
    static QString timestamp(const QString& isoUtc);
    // YYYY-MM as the month's name and year ("March 2025").
    static QString month(const QString& yearMonth);

    // An integer or decimal JSON number in the locale's format; none() for null.
    static QString number(const QJsonValue& value);
    // A whole number of days ("1 day", "12 days").
    static QString days(qint64 count);
    // A JSON object of factors as "name: value, name: value" (sorted by
    // name); none() when empty.
    static QString factors(const QJsonValue& object);
    // Text, or none() when absent or empty.
    static QString text(const QJsonValue& value);
};

} // namespace coopdesk
