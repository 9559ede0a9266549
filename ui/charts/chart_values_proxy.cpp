#include "chart_values_proxy.h"

#include "widgets/keyed_row_model.h"

namespace coopdesk {

ChartValuesProxy::ChartValuesProxy(QAbstractItemModel* source, QObject* parent)
    : RowMirrorModel(source, parent)
{
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal && rowCount() > 0)
                    emit headerDataChanged(orientation, first, last);
            });
}

int ChartValuesProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !source() ? 0 : source()->columnCount();
}

QVariant ChartValuesProxy::data(const QModelIndex& index, int role) const
{
    if (!source() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole)
        role = KeyedRowModel::ValueRole;
    return source()->index(index.row(), index.column()).data(role);
}

QVariant ChartValuesProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    return source() ? source()->headerData(section, orientation, role) : QVariant();
}

} // namespace coopdesk
