#include "method_breakdown_model.h"

#include "i18n/code_labels.h"
#include "payment_analytics_model.h"
#include "widgets/money_text.h"

#include <QLocale>
#include <QMap>

namespace coopdesk {

namespace {

const QString methodKey = QStringLiteral("method");
const QString centsKey = QStringLiteral("cents");

int methodOrder(const QString& method)
{
    static const QStringList order{QStringLiteral("card"), QStringLiteral("check"),
                                   QStringLiteral("cash"), QStringLiteral("ach"),
                                   QStringLiteral("other")};
    const auto index = order.indexOf(method);
    return index < 0 ? 100 : static_cast<int>(index);
}

} // namespace

MethodBreakdownModel::MethodBreakdownModel(PaymentAnalyticsModel* months, QObject* parent)
    : KeyedRowModel(methodKey, parent)
    , m_months(months)
{
    connect(months, &KeyedRowModel::rowsUpdated, this, &MethodBreakdownModel::recompute);
    recompute();
}

void MethodBreakdownModel::recompute()
{
    QMap<QString, qint64> cents;
    for (const QJsonObject& month : m_months->rows()) {
        const QJsonObject methods =
            month.value(QStringLiteral("payment_method_breakdown")).toObject();
        for (auto it = methods.begin(); it != methods.end(); ++it)
            cents[it.key()] += it.value().toInteger();
    }
    QStringList methods = cents.keys();
    std::sort(methods.begin(), methods.end(), [](const QString& a, const QString& b) {
        return std::pair(methodOrder(a), a) < std::pair(methodOrder(b), b);
    });
    m_total = 0;
    for (const qint64 value : std::as_const(cents))
        m_total += value;
    QList<QJsonObject> rows;
    for (const QString& method : std::as_const(methods)) {
        if (cents.value(method) > 0)
            rows.append({{methodKey, method}, {centsKey, cents.value(method)}});
    }
    setRows(rows);
    // Shares depend on the total: refresh them all.
    if (!rows.isEmpty())
        emit dataChanged(index(0, Method), index(rowCount() - 1, Share));
}

int MethodBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MethodBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Method:
        return tr("Payment method");
    case Amount:
        return tr("Amount");
    case Share:
        return tr("Share");
    default:
        return {};
    }
}

QVariant MethodBreakdownModel::cellData(const QJsonObject& row, int column, int role) const
{
    const QString method = row.value(methodKey).toString();
    const qint64 cents = row.value(centsKey).toInteger();
    const double share = m_total > 0 ? 100.0 * static_cast<double>(cents) / m_total : 0;
    const QLocale locale;
    if (role == ValueRole) {
        switch (column) {
        case Method: // the pie's slice label
            return tr("%1 (%2%)")
                .arg(CodeLabels::paymentMethod(method), locale.toString(share, 'f', 0));
        case Amount:
            return static_cast<double>(cents) / 100.0;
        case Share:
            return share;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Method:
            return CodeLabels::paymentMethod(method);
        case Amount:
            return money::formatCents(cents, locale);
        case Share:
            return tr("%1%").arg(locale.toString(share, 'f', 1));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != Method)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
