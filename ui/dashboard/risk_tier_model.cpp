#include "risk_tier_model.h"

#include "i18n/code_labels.h"

#include <QLocale>

namespace coopdesk {

RiskTierModel::RiskTierModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("risk_tier"), parent)
{}

int RiskTierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RiskTierModel::families(const QString& tier) const
{
    const int row = rowOf(tier);
    return row < 0 ? 0 : rowAt(row).value(QStringLiteral("count")).toInteger();
}

QVariant RiskTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tier:
        return tr("Risk tier");
    case Families:
        return tr("Families");
    case AvgEngagement:
        return tr("Avg. engagement");
    case AvgRisk:
        return tr("Avg. risk");
    default:
        return {};
    }
}

QVariant RiskTierModel::cellData(const QJsonObject& row, int column, int role) const
{
    const QString tier = row.value(QStringLiteral("risk_tier")).toString();
    const qint64 count = row.value(QStringLiteral("count")).toInteger();
    const QLocale locale;
    if (role == ValueRole) {
        switch (column) {
        case Tier: // the chart's slice label
            return tr("%1: %2").arg(CodeLabels::riskTier(tier), locale.toString(count));
        case Families:
            return count;
        case AvgEngagement:
            return row.value(QStringLiteral("avg_engagement")).toDouble();
        case AvgRisk:
            return row.value(QStringLiteral("avg_risk")).toDouble();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Tier:
            return CodeLabels::riskTier(tier);
        case Families:
            return locale.toString(count);
        case AvgEngagement:
            return locale.toString(row.value(QStringLiteral("avg_engagement")).toDouble(), 'f', 2);
        case AvgRisk:
            return locale.toString(row.value(QStringLiteral("avg_risk")).toDouble(), 'f', 2);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != Tier)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
