#pragma once

#include <QCoreApplication>
#include <QString>

namespace coopdesk {

// A family's balance as people read it (balance_cents: positive is owed,
// negative is credit): "120.00 USD owed", "25.00 USD in credit", "0.00 USD".
// The family's page and the corrections' previews say it the same way.
class BalanceText
{
    Q_DECLARE_TR_FUNCTIONS(BalanceText)

public:
    static QString describe(qint64 balanceCents, const QString& currencyCode);
};

} // namespace coopdesk
