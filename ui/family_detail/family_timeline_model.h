#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// A family's audit trail (QueryService::familyHistory), newest event first:
// when it was recorded (local time), the event (translated), who recorded
// it (metadata user_id) and what changed (EventSummary).
class FamilyTimelineModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, EventColumn, WhoColumn, WhatColumn, ColumnCount };
    // After KeyedRowModel's roles, which data() answers first.
    enum Role { EventTypeRole = KeyRole + 1, PositionRole };

    explicit FamilyTimelineModel(QObject* parent = nullptr);

    // The timeline rows of a family's history (oldest first, as the query
    // gives it): newest first, each with its summary.
    static QList<QJsonObject> timelineRows(const QList<QJsonObject>& history,
                                           const QString& currencyCode);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const QJsonObject& event, int column, int role) const override;
};

} // namespace coopdesk
