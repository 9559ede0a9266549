#include "chart_values_proxy.h"

#include "widgets/keyed_row_model.h"

namespace coopdesk {

ChartValuesProxy::ChartValuesProxy(QAbstractItemModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    using M = QAbstractItemModel;
    connect(source, &M::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &M::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &M::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &M::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &M::rowsAboutToBeMoved, this,
            [this](const QModelIndex&, int first, int last, const QModelIndex&, int to) {
                beginMoveRows({}, first, last, {}, to);
            });
    connect(source, &M::rowsMoved, this, [this] { endMoveRows(); });
    connect(source, &M::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &M::modelReset, this, [this] { endResetModel(); });
    connect(source, &M::layoutAboutToBeChanged, this, [this] { emit layoutAboutToBeChanged(); });
    connect(source, &M::layoutChanged, this, [this] { emit layoutChanged(); });
    connect(source, &M::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                emit dataChanged(index(topLeft.row(), topLeft.column()),
                                 index(bottomRight.row(), bottomRight.column()));
            });
    connect(source, &M::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal && rowCount() > 0)
                    emit headerDataChanged(orientation, first, last);
            });
}

int ChartValuesProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int ChartValuesProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant ChartValuesProxy::data(const QModelIndex& index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole)
        role = KeyedRowModel::ValueRole;
    return m_source->index(index.row(), index.column()).data(role);
}

QVariant ChartValuesProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

} // namespace coopdesk
