#include "account_credit.h"

#include "widgets/money_text.h"

#include <QLocale>

namespace coopdesk {

AccountCredit AccountCredit::fromQuery(const QJsonObject& row)
{
    return {row.value(QStringLiteral("families")).toInteger(),
            row.value(QStringLiteral("credit_cents")).toInteger()};
}

QString AccountCredit::label()
{
    return tr("Credit on account");
}

QString AccountCredit::sentence(const QString& currencyCode, QDate asOf) const
{
    const QLocale locale;
    const QString day = locale.toString(asOf, QLocale::ShortFormat);
    if (families == 0)
        return tr("Credit on account as of %1: none (no family has paid beyond its charges).")
            .arg(day);
    return tr("Credit on account as of %2: %Ln family(s) hold %1, money received that no "
              "charge has used yet.",
              nullptr, static_cast<int>(families))
        .arg(money::formatWithCurrency(cents, locale, currencyCode), day);
}

} // namespace coopdesk
