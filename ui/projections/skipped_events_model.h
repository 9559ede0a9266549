#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// The events projections skipped (skipped_events: who, when, which event).
class SkippedEventsModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { Projection, Position, EventType, Error, SkippedBy, SkippedAt, ColumnCount };

    explicit SkippedEventsModel(QObject* parent = nullptr);

    // Rows as QueryService::skippedEvents returns them.
    void setSkipped(QList<QJsonObject> rows);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;
};

} // namespace coopdesk
