#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// The last events of the co-op (the activity query's first rows), newest
// first: when, what, which family, who. Keyed by position, so new events
// slide in at the top and the oldest drop off the bottom.
class RecentActivityModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { When, Event, Family, User, ColumnCount };

    explicit RecentActivityModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // recorded_at (UTC) as local time for people.
    static QString whenText(const QString& recordedAt);

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;
};

} // namespace coopdesk
