#include "skip_record.h"

#include <QJsonValue>

namespace coopdesk {

QJsonObject SkipRecord::toJson() const
{
    return {{QStringLiteral("projection_name"), projectionName},
            {QStringLiteral("position"), position},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("event_type"), eventType},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {QStringLiteral("skipped_by"), skippedBy},
            {QStringLiteral("skipped_at"), skippedAt}};
}

} // namespace coopdesk
