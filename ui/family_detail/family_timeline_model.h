#pragma once

#include "keyed_rows_model.h"

namespace coopdesk {

// A family's audit trail (QueryService::familyHistory), newest event first:
// when it was recorded (local time), the event (translated), who recorded
// it (metadata user_id) and what changed (EventSummary).
class FamilyTimelineModel : public KeyedRowsModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, EventColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role { EventTypeRole = Qt::UserRole + 1, PositionRole };

    explicit FamilyTimelineModel(QObject* parent = nullptr);

    // The timeline rows of a family's history (oldest first, as the query
    // gives it): newest first, each with its summary.
    static QList<QJsonObject> timelineRows(const QList<QJsonObject>& history,
                                           const QString& currencyCode);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace coopdesk
