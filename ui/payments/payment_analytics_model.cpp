#include "payment_analytics_model.h"

#include "queries/query_service.h"

#include <algorithm>

#include "charts/month_rows.h"
#include "i18n/code_labels.h"
#include "widgets/json_row.h"
#include "widgets/money_text.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace coopdesk {

namespace {

using jsonrow::integer;

const QString monthKey = QStringLiteral("month");

QDate monthStart(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

const char* amountKey(int column)
{
    switch (column) {
    case PaymentAnalyticsModel::Expected:
        return "revenue_expected_cents";
    case PaymentAnalyticsModel::Collected:
        return "revenue_collected_cents";
    default:
        return "revenue_outstanding_cents";
    }
}

} // namespace

PaymentAnalyticsModel::PaymentAnalyticsModel(QObject* parent)
    : KeyedRowModel(monthKey, parent)
{}

void PaymentAnalyticsModel::setAnalytics(const QList<QJsonObject>& rows, const QString& fillFrom,
                                         const QString& fillTo)
{
    const QJsonObject noCharges{{QStringLiteral("families_active"), 0},
                                {QStringLiteral("payment_method_breakdown"), QJsonObject()}};
    setRows(monthrows::filled(rows, fillFrom, fillTo, noCharges));
}

bool PaymentAnalyticsModel::isFiller(const QJsonObject& row)
{
    return monthrows::isGap(row);
}

QList<QJsonObject> PaymentAnalyticsModel::query(QueryService& queries, const QString& fromMonth,
                                                const QString& toMonth, QDate asOf)
{
    QList<QJsonObject> rows = queries.getPaymentAnalytics(fromMonth, toMonth, asOf);
    const QHash<QString, qint64> overdue = queries.overdueCentsByMonth(fromMonth, toMonth, asOf);
    for (QJsonObject& row : rows)
        row.insert(QStringLiteral("overdue_cents"),
                   overdue.value(row.value(QStringLiteral("month")).toString()));
    return rows;
}

PaymentAnalyticsModel::OutstandingByDue
PaymentAnalyticsModel::outstandingByDue(const QJsonObject& row)
{
    const qint64 outstanding = std::max<qint64>(0, integer(row, "revenue_outstanding_cents"));
    // Two read models read one after the other: never more overdue than owed.
    const qint64 overdue = std::clamp<qint64>(integer(row, "overdue_cents"), 0, outstanding);
    return {overdue, outstanding - overdue};
}

void PaymentAnalyticsModel::setCurrencyCode(const QString& code)
{
    if (m_currency == code)
        return;
    m_currency = code;
}

int PaymentAnalyticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentAnalyticsModel::columnTitle(int column)
{
    switch (column) {
    case Month:
        return tr("Month");
    case FamiliesActive:
        return tr("Families");
    case OnTime:
        return tr("On time");
    case Late:
        return tr("Late");
    case Overdue:
        return tr("Overdue");
    case NotYetDue:
        return tr("Not yet due");
    case Expected:
        return tr("Expected");
    case Collected:
        return tr("Collected");
    case Outstanding:
        return tr("Outstanding");
    case AvgDaysLate:
        return tr("Avg. late");
    case MedianDaysLate:
        return tr("Median late");
    default:
        return {};
    }
}

QVariant PaymentAnalyticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FamiliesActive:
            return tr("Families with a tuition charge this month");
        case OnTime:
            return tr("Families whose charges of the month are all settled, none late");
        case Late:
            return tr("Families whose charges of the month are all settled, some late");
        case Overdue:
            return tr("Families with a charge of the month still open after its due date "
                      "(as of today)");
        case NotYetDue:
            return tr("Families with a charge of the month still open, not yet due");
        case Outstanding:
            return tr("Expected minus collected");
        case AvgDaysLate:
            return tr("Mean days late of the month's settled charges");
        case MedianDaysLate:
            return tr("Median days late of the month's settled charges");
        default:
            break;
        }
    }
    return {};
}

QVariant PaymentAnalyticsModel::cellData(const QJsonObject& row, int column, int role) const
{
    const qint64 unsettled = integer(row, "families_unsettled");
    const qint64 overdue = integer(row, "families_overdue");
    if (role == ValueRole) {
        switch (column) {
        case Month:
            return row.value(monthKey).toString();
        case FamiliesActive:
            return integer(row, "families_active");
        case OnTime:
            return integer(row, "families_paid_on_time");
        case Late:
            return integer(row, "families_paid_late");
        case Overdue:
            return overdue;
        case NotYetDue:
            return std::max<qint64>(0, unsettled - overdue);
        case Expected:
        case Collected:
        case Outstanding:
            return static_cast<double>(integer(row, amountKey(column))) / 100.0;
        case AvgDaysLate: {
            const QJsonValue value = row.value(QStringLiteral("avg_payment_days_late"));
            return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
        }
        case MedianDaysLate: {
            const QJsonValue value = row.value(QStringLiteral("median_payment_days_late"));
            return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
        }
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case Month: {
            const QDate start = monthStart(row.value(monthKey).toString());
            return start.isValid() ? locale.toString(start, QStringLiteral("MMM yyyy"))
                                   : row.value(monthKey).toString();
        }
        case Expected:
        case Collected:
        case Outstanding:
            return money::formatCents(integer(row, amountKey(column)), locale);
        case AvgDaysLate: {
            const QJsonValue value = row.value(QStringLiteral("avg_payment_days_late"));
            return value.isDouble() ? locale.toString(value.toDouble(), 'f', 2)
                                    : QStringLiteral("—");
        }
        case MedianDaysLate: {
            const QJsonValue value = row.value(QStringLiteral("median_payment_days_late"));
            return value.isDouble() ? locale.toString(value.toInteger()) : QStringLiteral("—");
        }
        default:
            return locale.toString(cellData(row, column, ValueRole).toLongLong());
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Month ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Month) {
        const QJsonObject methods =
            row.value(QStringLiteral("payment_method_breakdown")).toObject();
        QStringList parts;
        for (auto it = methods.begin(); it != methods.end(); ++it)
            parts << tr("%1: %2").arg(CodeLabels::paymentMethod(it.key()),
                                      money::formatCents(it.value().toInteger(), QLocale()));
        return parts.isEmpty() ? tr("No payments allocated to this month's charges")
                               : parts.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace coopdesk
