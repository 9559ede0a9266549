#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace coopdesk {

// What families hold on account (QueryService::creditOnAccount): money
// they paid beyond their charges, which no charge has used yet. Counted
// in the receipts of its payment date, never in a month's collected
// tuition; the next charges use it. One wording for the screen and the
// exports, so the treasurer reads the same sentence everywhere.
struct AccountCredit
{
    Q_DECLARE_TR_FUNCTIONS(AccountCredit)

public:
    qint64 families = 0;
    qint64 cents = 0;

    static AccountCredit fromQuery(const QJsonObject& row);
    bool operator==(const AccountCredit&) const = default;

    // "Credit on account as of 3/20/26: 2 families hold 150.00 USD, money
    // received that no charge has used yet." (The credit is today's, not
    // a month range's.)
    QString sentence(const QString& currencyCode, QDate asOf) const;
    // "Credit on account": a column's words (the CSV).
    static QString label();
};

} // namespace coopdesk
