#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// Enrolled families by risk tier (getFamiliesByRiskTier, SPEC 5): tier,
// families, average engagement and risk; critical first, tiers without
// families left out. Feeds the dashboard's tier chart. Keyed by tier.
class RiskTierModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { Tier, Families, AvgEngagement, AvgRisk, ColumnCount };

    explicit RiskTierModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Families in a tier (0 when absent).
    qint64 families(const QString& tier) const;

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;
};

} // namespace coopdesk
