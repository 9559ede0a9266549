#include "amount_parser.h"

#include "domain/text_rules.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

// The context lupdate files these strings under and the one looked up at
// run time (a free tr() helper would be filed under the namespace).
struct Amounts
{
    Q_DECLARE_TR_FUNCTIONS(Amounts)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// 16 digits of whole units keep the cents below 10^18, inside qint64.
constexpr qsizetype maxUnitDigits = 16;

} // namespace

std::variant<qint64, QString> parseAmountCents(const QString& text, BeyondCents beyondCents)
{
    const QString amount = text::trimmed(text);
    if (amount.isEmpty())
        return Amounts::tr("The amount is empty: write it in currency units, such as 125.50");
    if (amount.startsWith(u'-') || amount.startsWith(u'+') || amount.startsWith(u'\u2212'))
        return Amounts::tr("The amount “%1” has a sign: write amounts without + or -").arg(amount);
    if (amount.contains(u','))
        return Amounts::tr(
                   "The amount “%1” has a comma: write it without thousands separators, with a "
                   "dot before the cents, such as 1250.50")
            .arg(amount);

    qsizetype dot = -1;
    for (qsizetype i = 0; i < amount.size(); ++i) {
        const QChar c = amount.at(i);
        if (c == u'.' && dot < 0) {
            dot = i;
        } else if (!isDigit(c)) {
            return Amounts::tr(
                       "The amount “%1” may only hold digits and one dot, such as 125.50 (no "
                       "currency symbols, spaces or separators)")
                .arg(amount);
        }
    }

    const QStringView units = dot < 0 ? QStringView(amount) : QStringView(amount).left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : QStringView(amount).mid(dot + 1);
    if (units.isEmpty())
        return Amounts::tr("The amount “%1” needs a digit before the dot, such as 0.50")
            .arg(amount);
    if (dot >= 0 && decimals.isEmpty())
        return Amounts::tr("The amount “%1” needs digits after the dot, such as 125.50")
            .arg(amount);
    if (decimals.size() > 2 && beyondCents == BeyondCents::Refuse)
        return Amounts::tr("The amount “%1” has more than two decimals: amounts are in whole cents")
            .arg(amount);

    qsizetype first = 0;
    while (first + 1 < units.size() && units.at(first) == u'0')
        ++first;
    if (units.size() - first > maxUnitDigits)
        return Amounts::tr("The amount “%1” is too large").arg(amount);

    qint64 cents = 0;
    for (QChar c : units.mid(first))
        cents = cents * 10 + (c.unicode() - u'0');
    cents *= 100;
    if (!decimals.isEmpty())
        cents += (decimals.at(0).unicode() - u'0') * 10;
    if (decimals.size() >= 2)
        cents += decimals.at(1).unicode() - u'0';
    // Below 10^18 + 1: no overflow. Only reached when rounding is asked for.
    if (decimals.size() > 2 && decimals.at(2) >= u'5')
        ++cents;
    return cents;
}

} // namespace coopdesk
