#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// One row per projection (projection_checkpoints with head and lag, SPEC
// 4.6 and QueryService::projectionStatus): name, version, status,
// checkpoint, head, lag in events and in time, events processed, last
// error and its position. Keyed by projection name.
class ProjectionStatusModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column {
        Projection,
        Version,
        Status,
        Checkpoint,
        Head,
        LagEvents,
        LagTime,
        EventsProcessed,
        LastError,
        ErrorPosition,
        ColumnCount
    };

    explicit ProjectionStatusModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A lag for people: "0.4 s", "12 s", "3 min", "2 h 5 min".
    static QString durationText(qint64 ms);

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;
};

} // namespace coopdesk
