#pragma once

#include <QJsonObject>
#include <QString>

namespace coopdesk {

// A recorded skip of a poison event (SPEC 6): who, when, which event, which
// projection, why. Kept by the store, append-only like the events.
struct SkipRecord
{
    qint64 id = 0; // the order skips were recorded in
    QString projectionName;
    qint64 position = 0;
    QString eventId;
    QString eventType;
    QString error;
    QString skippedBy;
    QString skippedAt;

    // Keyed as the views file's skipped_events columns.
    QJsonObject toJson() const;
};

} // namespace coopdesk
