#include "row_mirror_model.h"

namespace coopdesk {

RowMirrorModel::RowMirrorModel(QAbstractItemModel* source, QObject* parent)
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
                sourceDataChanged(topLeft, bottomRight);
            });
}

int RowMirrorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

void RowMirrorModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    emit dataChanged(index(topLeft.row(), topLeft.column()),
                     index(bottomRight.row(), bottomRight.column()));
}

} // namespace coopdesk
