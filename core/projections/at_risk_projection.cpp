#include "at_risk_projection.h"

#include <QJsonDocument>

namespace coopdesk {

namespace {

bool qualifies(const FamilyRecord& record)
{
    return record.status == QLatin1String("enrolled") &&
           record.riskScore >= AtRiskProjection::threshold;
}

} // namespace

AtRiskProjection::AtRiskProjection(SqliteConnection& views, const QString& suffix)
    : FamilyFoldProjection(views, suffix, "at_risk_records{s}")
    , m_upsert(sql("INSERT OR REPLACE INTO at_risk_families_view{s} (family_id, family_name, "
                   "risk_score, risk_tier, risk_factors, recommended_intervention, "
                   "intervention_priority, days_until_predicted_withdrawal, last_contact_date, "
                   "last_contact_method, preferred_contact_channel, assigned_coordinator, "
                   "last_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_delete(sql("DELETE FROM at_risk_families_view{s} WHERE family_id = ?"))
{}

QStringList AtRiskProjection::tables() const
{
    return {QStringLiteral("at_risk_families_view"), QStringLiteral("at_risk_records")};
}

void AtRiskProjection::createOwnTables()
{
    execute("CREATE TABLE IF NOT EXISTS at_risk_families_view{s} ("
            " family_id TEXT PRIMARY KEY, family_name TEXT NOT NULL,"
            " risk_score INTEGER NOT NULL, risk_tier TEXT NOT NULL, risk_factors TEXT NOT NULL,"
            " recommended_intervention TEXT NOT NULL, intervention_priority INTEGER NOT NULL,"
            " days_until_predicted_withdrawal INTEGER NOT NULL, last_contact_date TEXT,"
            " last_contact_method TEXT, preferred_contact_channel TEXT NOT NULL,"
            " assigned_coordinator TEXT, last_updated TEXT NOT NULL) WITHOUT ROWID");
}

void AtRiskProjection::createIndexes()
{
    m_views.execute("CREATE INDEX IF NOT EXISTS at_risk_families_priority ON "
                    "at_risk_families_view (intervention_priority DESC, risk_score DESC, "
                    "family_name COLLATE NOCASE, family_id)");
}

QString AtRiskProjection::interventionFor(const FamilyRecord& record)
{
    if (record.riskTier == QLatin1String("critical"))
        return QStringLiteral("coordinator_call_48h");
    return record.balanceCents() > 0 ? QStringLiteral("payment_plan_offer")
                                     : QStringLiteral("personal_checkin_7d");
}

int AtRiskProjection::priorityOf(const FamilyRecord& record)
{
    return record.riskScore + (record.lastContactDate ? 0 : 10) +
           (record.balanceCents() > 0 ? 5 : 0);
}

int AtRiskProjection::daysUntilPredictedWithdrawal(int riskScore)
{
    return std::max(7, (100 - riskScore) * 3);
}

void AtRiskProjection::write(const FamilyRecord* before, const FamilyRecord& r)
{
    if (!qualifies(r)) {
        if (before && qualifies(*before))
            m_views.query(m_delete.constData()).bind(1, r.familyId).run();
        return;
    }
    m_views.query(m_upsert.constData())
        .bind(1, r.familyId)
        .bind(2, r.familyName)
        .bind(3, r.riskScore)
        .bind(4, r.riskTier)
        .bind(5, QJsonDocument(r.riskFactors).toJson(QJsonDocument::Compact))
        .bind(6, interventionFor(r))
        .bind(7, priorityOf(r))
        .bind(8, daysUntilPredictedWithdrawal(r.riskScore))
        .bind(9, r.lastContactDate)
        .bind(10, r.lastContactMethod)
        .bind(11, r.preferredContactChannel)
        .bind(12, r.assignedCoordinator)
        .bind(13, r.lastUpdated)
        .run();
}

} // namespace coopdesk
