#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// The prioritized at-risk list (at_risk_families_view, SPEC 4.4) in the
// order of listAtRiskFamilies: intervention priority, then risk score,
// then name. Interventions, tiers and channels are shown in words; days
// since contact are as of the day of the query. Keyed by family: a
// projected change moves, inserts, removes or updates single rows.
class AtRiskModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column {
        Priority,
        Family,
        RiskScore,
        Tier,
        Intervention,
        DaysToWithdrawal, // the heuristic (100 − score) × 3, at least 7
        LastContact,
        DaysSinceContact,
        Coordinator,
        PreferredChannel,
        ColumnCount
    };

    explicit AtRiskModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;
};

} // namespace coopdesk
