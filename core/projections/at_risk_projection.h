#pragma once

#include "family_fold_projection.h"

namespace coopdesk {

// at_risk_families_view (SPEC 4.4): enrolled families with risk_score >= 70,
// with the recommended intervention and its priority. A family leaves when
// its score drops below 70 or it is withdrawn, and returns when it qualifies.
class AtRiskProjection final : public FamilyFoldProjection
{
public:
    AtRiskProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("at_risk_families_view"); }
    QString name() const override { return projectionName(); }
    // 2: corrections (SPEC 2.2); 3: follows the read model's fold,
    // little-endian records; 4: strings of the records as UTF-8
    int version() const override { return 4; }
    QStringList tables() const override;
    void createIndexes() override;

    static constexpr int threshold = 70;

    // The intervention code for a family in the view (translated in ui/).
    static QString interventionFor(const FamilyRecord& record);
    static int priorityOf(const FamilyRecord& record);
    static int daysUntilPredictedWithdrawal(int riskScore);

private:
    void createOwnTables() override;
    void write(const FamilyRecord* before, const FamilyRecord& after) override;

    QByteArray m_upsert;
    QByteArray m_delete;
};

} // namespace coopdesk
