#include "money_text.h"

#include <QStringList>

namespace coopdesk::money {

namespace {

constexpr int maxWholeDigits = 12;

bool isSpaceLike(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

// The value of a run of decimal digits (any script), or nullopt.
std::optional<qint64> digitsValue(QStringView digits)
{
    qint64 value = 0;
    for (const QChar c : digits) {
        const int digit = c.digitValue();
        if (c.category() != QChar::Number_DecimalDigit || digit < 0)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QString stripCurrency(QString text, const QLocale& locale, const QString& currencyCode)
{
    QStringList tokens{currencyCode, locale.currencySymbol(QLocale::CurrencyIsoCode),
                       locale.currencySymbol(QLocale::CurrencySymbol)};
    tokens.removeAll(QString());
    for (const QString& token : tokens) {
        if (text.startsWith(token, Qt::CaseInsensitive)) {
            text = text.mid(token.size()).trimmed();
            break;
        }
        if (text.endsWith(token, Qt::CaseInsensitive)) {
            text.chop(token.size());
            text = text.trimmed();
            break;
        }
    }
    return text;
}

// The whole part, with or without group separators between groups of three.
std::optional<qint64> parseWhole(const QString& whole, const QString& group)
{
    const bool spaceGroups = group.size() == 1 && isSpaceLike(group.at(0));
    QStringList chunks;
    if (spaceGroups) {
        QString current;
        for (const QChar c : whole) {
            if (isSpaceLike(c)) {
                chunks << current;
                current.clear();
            } else {
                current += c;
            }
        }
        chunks << current;
    } else {
        chunks = group.isEmpty() ? QStringList{whole} : whole.split(group);
    }
    qsizetype digitCount = 0;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const qsizetype size = chunks.at(i).size();
        // Groups after the first are three digits; the first may be longer
        // (Qt writes 1000000 as "1000.000" in es_ES, after CLDR's minimum
        // grouping digits).
        if (chunks.size() > 1 && (i == 0 ? size < 1 : size != 3))
            return std::nullopt;
        digitCount += size;
    }
    if (digitCount > maxWholeDigits)
        return std::nullopt;
    return digitsValue(chunks.join(QString()));
}

} // namespace

std::optional<qint64> parseCents(const QString& text, const QLocale& locale,
                                 const QString& currencyCode)
{
    const QString amount = stripCurrency(text.trimmed(), locale, currencyCode);
    if (amount.isEmpty())
        return std::nullopt;
    const QString decimal = locale.decimalPoint();
    const QStringList parts = amount.split(decimal);
    if (parts.size() > 2)
        return std::nullopt;
    const QString whole = parts.at(0);
    const QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    if (parts.size() == 2 && (fraction.isEmpty() || fraction.size() > 2))
        return std::nullopt;
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;

    qint64 wholeValue = 0;
    if (!whole.isEmpty()) {
        const auto parsed = parseWhole(whole, locale.groupSeparator());
        if (!parsed)
            return std::nullopt;
        wholeValue = *parsed;
    }
    qint64 fractionValue = 0;
    if (!fraction.isEmpty()) {
        const auto parsed = digitsValue(fraction);
        if (!parsed)
            return std::nullopt;
        fractionValue = fraction.size() == 1 ? *parsed * 10 : *parsed;
    }
    return wholeValue * 100 + fractionValue;
}

QString formatWholeUnits(qint64 units, const QLocale& locale)
{
    // Grouped here, not by QLocale::toString: Qt 6.4 writes 1370250 as
    // "1370.250" in es_ES (CLDR's "no separator in four digits" applied to
    // the leading group). Amounts are grouped from 1.000 on, in every
    // language, so a column of amounts lines up (docs/DECISIONS.md).
    const bool negative = units < 0;
    // Unsigned: the magnitude of the lowest qint64 does not fit a qint64.
    quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    QStringList groups;
    do {
        const auto group = static_cast<int>(magnitude % 1000);
        magnitude /= 1000;
        QString digits = locale.toString(group);
        if (magnitude > 0)
            digits = digits.rightJustified(3, locale.zeroDigit().at(0));
        groups.prepend(digits);
    } while (magnitude > 0);
    QString text = groups.join(locale.groupSeparator());
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatCents(qint64 cents, const QLocale& locale)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QString text = formatWholeUnits(static_cast<qint64>(magnitude / 100), locale) +
                   locale.decimalPoint() +
                   locale.toString(static_cast<int>(magnitude % 100))
                       .rightJustified(2, locale.zeroDigit().at(0));
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatWithCurrency(qint64 cents, const QLocale& locale, const QString& currencyCode)
{
    return formatCents(cents, locale) + QChar(0x00A0) + currencyCode;
}

} // namespace coopdesk::money
