#include "payments_csv.h"

#include "charts/month_rows.h"
#include "i18n/code_labels.h"
#include "payments/account_credit.h"
#include "payments/cash_receipts_model.h"
#include "payments/payment_analytics_model.h"
#include "widgets/money_text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <array>

namespace coopdesk::paymentscsv {

namespace {

struct PaymentsCsv
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsCsv)
};

const QStringList methods{QStringLiteral("card"), QStringLiteral("check"), QStringLiteral("cash"),
                          QStringLiteral("ach"), QStringLiteral("other")};

// The amount columns of a row, in the header's order.
constexpr std::array amountKeys{"revenue_expected_cents", "revenue_collected_cents",
                                "revenue_outstanding_cents"};

QString integerField(const QJsonObject& row, const char* key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

QString amount(qint64 cents, const QLocale& locale)
{
    return money::formatCents(cents, locale);
}

// "Collected in USD" ("Bank transfer (ACH) in USD": the words may hold brackets).
QString inCurrency(const QString& words, const QString& currencyCode)
{
    return currencyCode.isEmpty()
               ? words
               : PaymentsCsv::tr("%1 in %2", "a column of amounts: its words, the currency code")
                     .arg(words, currencyCode);
}

} // namespace

QStringList header(const QString& currencyCode)
{
    const auto inCurrency = [&currencyCode](const QString& words) {
        return paymentscsv::inCurrency(words, currencyCode);
    };
    using M = PaymentAnalyticsModel;
    QStringList columns{M::columnTitle(M::Month),
                        PaymentsCsv::tr("Families charged"),
                        PaymentsCsv::tr("Families paid on time"),
                        PaymentsCsv::tr("Families paid late"),
                        PaymentsCsv::tr("Families unsettled"),
                        PaymentsCsv::tr("Families overdue"),
                        inCurrency(M::columnTitle(M::Expected)),
                        inCurrency(M::columnTitle(M::Collected)),
                        inCurrency(M::columnTitle(M::Outstanding)),
                        PaymentsCsv::tr("Average days late"),
                        PaymentsCsv::tr("Median days late")};
    for (const QString& method : methods)
        columns << inCurrency(CodeLabels::paymentMethod(method));
    return columns;
}

QList<QStringList> rows(const PaymentAnalyticsModel& model)
{
    const QLocale locale;
    QList<QStringList> table{header(model.currencyCode())};
    std::array<qint64, amountKeys.size()> amountTotals{};
    QList<qint64> methodTotals(methods.size(), 0);
    const QList<QJsonObject>& months = model.rows();
    for (auto it = months.crbegin(); it != months.crend(); ++it) {
        const QJsonObject& row = *it;
        if (PaymentAnalyticsModel::isFiller(row))
            continue;
        const QJsonValue average = row.value(QStringLiteral("avg_payment_days_late"));
        QStringList fields{
            row.value(QStringLiteral("month")).toString(), integerField(row, "families_active"),
            integerField(row, "families_paid_on_time"),    integerField(row, "families_paid_late"),
            integerField(row, "families_unsettled"),       integerField(row, "families_overdue")};
        for (std::size_t i = 0; i < amountKeys.size(); ++i) {
            const qint64 cents = row.value(QLatin1String(amountKeys.at(i))).toInteger();
            amountTotals.at(i) += cents;
            fields << amount(cents, locale);
        }
        fields << (average.isDouble() ? locale.toString(average.toDouble(), 'f', 2) : QString())
               << integerField(row, "median_payment_days_late");
        const QJsonObject breakdown =
            row.value(QStringLiteral("payment_method_breakdown")).toObject();
        for (qsizetype i = 0; i < methods.size(); ++i) {
            const qint64 cents = breakdown.value(methods.at(i)).toInteger();
            methodTotals[i] += cents;
            fields << amount(cents, locale);
        }
        table << fields;
    }

    QStringList total{
        PaymentsCsv::tr("Total"), QString(), QString(), QString(), QString(), QString()};
    for (const qint64 cents : amountTotals)
        total << amount(cents, locale);
    total << QString() << QString();
    for (const qint64 cents : methodTotals)
        total << amount(cents, locale);
    table << total;
    return table;
}

QString receiptsTitle()
{
    return PaymentsCsv::tr("Received by payment date");
}

QStringList receiptsHeader(const QString& currencyCode)
{
    using R = CashReceiptsModel;
    QStringList columns{PaymentsCsv::tr("Month of payment"), R::columnTitle(R::Payments),
                        R::columnTitle(R::FamiliesPaying),
                        inCurrency(R::columnTitle(R::Received), currencyCode)};
    for (const QString& method : methods)
        columns << inCurrency(CodeLabels::paymentMethod(method), currencyCode);
    return columns;
}

QList<QStringList> receiptRows(const CashReceiptsModel& model)
{
    const QLocale locale;
    QList<QStringList> table{receiptsHeader(model.currencyCode())};
    qint64 payments = 0, received = 0;
    QList<qint64> methodTotals(methods.size(), 0);
    const QList<QJsonObject>& months = model.rows();
    for (auto it = months.crbegin(); it != months.crend(); ++it) {
        const QJsonObject& row = *it;
        if (monthrows::isGap(row))
            continue;
        const qint64 cents = row.value(QStringLiteral("received_cents")).toInteger();
        payments += row.value(QStringLiteral("payments_count")).toInteger();
        received += cents;
        QStringList fields{row.value(QStringLiteral("month")).toString(),
                           integerField(row, "payments_count"),
                           integerField(row, "families_paying"), amount(cents, locale)};
        const QJsonObject breakdown =
            row.value(QStringLiteral("payment_method_breakdown")).toObject();
        for (qsizetype i = 0; i < methods.size(); ++i) {
            const qint64 methodCents = breakdown.value(methods.at(i)).toInteger();
            methodTotals[i] += methodCents;
            fields << amount(methodCents, locale);
        }
        table << fields;
    }
    // Families paying in several months are one family each: no sum.
    QStringList total{PaymentsCsv::tr("Total"), QString::number(payments), QString(),
                      amount(received, locale)};
    for (const qint64 cents : methodTotals)
        total << amount(cents, locale);
    table << total;
    return table;
}

QString creditTitle(QDate asOf)
{
    return PaymentsCsv::tr("Credit on account as of %1 (money received that no charge has "
                           "used yet)")
        .arg(asOf.toString(Qt::ISODate));
}

QList<QStringList> creditRows(const AccountCredit& credit, const QString& currencyCode)
{
    return {
        {PaymentsCsv::tr("Families with credit"), inCurrency(AccountCredit::label(), currencyCode)},
        {QString::number(credit.families), amount(credit.cents, QLocale())}};
}

QList<QStringList> report(const PaymentAnalyticsModel& months, const CashReceiptsModel& receipts,
                          const AccountCredit& credit, QDate asOf)
{
    QList<QStringList> table = rows(months);
    table << QStringList{QString()} << QStringList{receiptsTitle()} << receiptRows(receipts);
    table << QStringList{QString()} << QStringList{creditTitle(asOf)}
          << creditRows(credit, receipts.currencyCode());
    return table;
}

} // namespace coopdesk::paymentscsv
