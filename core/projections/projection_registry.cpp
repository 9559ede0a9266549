#include "projection_registry.h"

#include "activity_projection.h"
#include "at_risk_projection.h"
#include "cash_receipts_projection.h"
#include "family_read_model_projection.h"
#include "payment_analytics_projection.h"
#include "search_projection.h"

namespace coopdesk {

std::unique_ptr<Projection> makeProjection(const QString& name, SqliteConnection& views,
                                           const QString& suffix)
{
    if (name == FamilyReadModelProjection::projectionName())
        return std::make_unique<FamilyReadModelProjection>(views, suffix);
    if (name == PaymentAnalyticsProjection::projectionName())
        return std::make_unique<PaymentAnalyticsProjection>(views, suffix);
    if (name == CashReceiptsProjection::projectionName())
        return std::make_unique<CashReceiptsProjection>(views, suffix);
    if (name == AtRiskProjection::projectionName())
        return std::make_unique<AtRiskProjection>(views, suffix);
    if (name == SearchProjection::projectionName())
        return std::make_unique<SearchProjection>(views, suffix);
    if (name == ActivityProjection::projectionName())
        return std::make_unique<ActivityProjection>(views, suffix);
    return nullptr;
}

QStringList projectionNames()
{
    return {
        FamilyReadModelProjection::projectionName(), PaymentAnalyticsProjection::projectionName(),
        CashReceiptsProjection::projectionName(),    AtRiskProjection::projectionName(),
        SearchProjection::projectionName(),          ActivityProjection::projectionName()};
}

std::vector<std::unique_ptr<Projection>> makeProjections(SqliteConnection& views,
                                                         const QString& suffix)
{
    std::vector<std::unique_ptr<Projection>> projections;
    for (const QString& name : projectionNames())
        projections.push_back(makeProjection(name, views, suffix));
    return projections;
}

} // namespace coopdesk
