#pragma once

#include "row_mirror_model.h"

namespace coopdesk {

// What a Qt Charts model mapper reads from a KeyedRowModel: the mappers
// take Qt::DisplayRole, which holds text for people (amounts with the
// locale's grouping), so this table mirrors its source row for row and
// answers DisplayRole with ValueRole, the raw number (or the label of a
// label column). It passes on row and data changes but not header
// changes of rows: Qt Charts 6.4's bar mapper crashes on those (as
// QIdentityProxyModel sends them with every insertion), and on a column
// header change while it holds no bar set.
class ChartValuesProxy : public RowMirrorModel
{
    Q_OBJECT

public:
    explicit ChartValuesProxy(QAbstractItemModel* source, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace coopdesk
