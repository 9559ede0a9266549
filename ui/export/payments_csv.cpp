#include "payments_csv.h"

#include "csv_writer.h"
#include "payments/payment_analytics_model.h"

#include <QJsonObject>
#include <QLocale>

namespace coopdesk::paymentscsv {

namespace {

const QStringList methods{QStringLiteral("card"), QStringLiteral("check"), QStringLiteral("cash"),
                          QStringLiteral("ach"), QStringLiteral("other")};

QString integerField(const QJsonObject& row, const char* key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

QString amountField(const QJsonObject& row, const char* key)
{
    return csv::decimal(row.value(QLatin1String(key)).toInteger());
}

} // namespace

QStringList header()
{
    QStringList columns{QStringLiteral("month"),
                        QStringLiteral("families_active"),
                        QStringLiteral("families_paid_on_time"),
                        QStringLiteral("families_paid_late"),
                        QStringLiteral("families_unsettled"),
                        QStringLiteral("families_overdue"),
                        QStringLiteral("revenue_expected"),
                        QStringLiteral("revenue_collected"),
                        QStringLiteral("revenue_outstanding"),
                        QStringLiteral("avg_payment_days_late"),
                        QStringLiteral("median_payment_days_late")};
    for (const QString& method : methods)
        columns << QStringLiteral("method_") + method;
    return columns;
}

QList<QStringList> rows(const PaymentAnalyticsModel& model)
{
    QList<QStringList> table{header()};
    const QList<QJsonObject>& months = model.rows();
    for (auto it = months.crbegin(); it != months.crend(); ++it) {
        const QJsonObject& row = *it;
        if (PaymentAnalyticsModel::isFiller(row))
            continue;
        const QJsonValue average = row.value(QStringLiteral("avg_payment_days_late"));
        QStringList fields{row.value(QStringLiteral("month")).toString(),
                           integerField(row, "families_active"),
                           integerField(row, "families_paid_on_time"),
                           integerField(row, "families_paid_late"),
                           integerField(row, "families_unsettled"),
                           integerField(row, "families_overdue"),
                           amountField(row, "revenue_expected_cents"),
                           amountField(row, "revenue_collected_cents"),
                           amountField(row, "revenue_outstanding_cents"),
                           average.isDouble() ? QString::number(average.toDouble(), 'f', 2)
                                              : QString(),
                           integerField(row, "median_payment_days_late")};
        const QJsonObject breakdown =
            row.value(QStringLiteral("payment_method_breakdown")).toObject();
        for (const QString& method : methods)
            fields << csv::decimal(breakdown.value(method).toInteger());
        table << fields;
    }
    return table;
}

} // namespace coopdesk::paymentscsv
