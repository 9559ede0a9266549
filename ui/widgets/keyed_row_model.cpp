#include "keyed_row_model.h"

#include <QSet>

namespace coopdesk {

KeyedRowModel::KeyedRowModel(const QString& keyColumn, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keyColumn(keyColumn)
{}

int KeyedRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant KeyedRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& row = m_rows.at(index.row());
    if (role == KeyRole)
        return keyOf(row);
    return cellData(row, index.column(), role);
}

QString KeyedRowModel::keyOf(const QJsonObject& row) const
{
    const QJsonValue key = row.value(m_keyColumn);
    return key.isString() ? key.toString() : QString::number(key.toInteger());
}

QString KeyedRowModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? keyOf(m_rows.at(row)) : QString();
}

int KeyedRowModel::rowOf(const QString& key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (keyOf(m_rows.at(i)) == key)
            return static_cast<int>(i);
    }
    return -1;
}

void KeyedRowModel::removeStaleRows(const QSet<QString>& keep)
{
    // From the end, one signal per run of consecutive rows.
    qsizetype last = m_rows.size() - 1;
    while (last >= 0) {
        if (keep.contains(keyOf(m_rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !keep.contains(keyOf(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void KeyedRowModel::setRows(const QList<QJsonObject>& rows)
{
    QSet<QString> keys;
    keys.reserve(rows.size());
    for (const QJsonObject& row : rows)
        keys.insert(keyOf(row));
    removeStaleRows(keys);

    // Every row left is wanted; walk the new order, bringing each row into
    // place by a move or an insertion, and report changed content.
    const int lastColumn = std::max(0, columnCount() - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject& wanted = rows.at(i);
        const QString key = keyOf(wanted);
        if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
            if (m_rows.at(i) != wanted) {
                m_rows[i] = wanted;
                emit dataChanged(index(static_cast<int>(i), 0),
                                 index(static_cast<int>(i), lastColumn));
            }
            continue;
        }
        qsizetype found = -1;
        for (qsizetype j = i + 1; j < m_rows.size(); ++j) {
            if (keyOf(m_rows.at(j)) == key) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(i));
            m_rows.insert(i, wanted);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, static_cast<int>(found), static_cast<int>(found), {},
                      static_cast<int>(i));
        m_rows.move(found, i);
        endMoveRows();
        if (m_rows.at(i) != wanted) {
            m_rows[i] = wanted;
            emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), lastColumn));
        }
    }
    emit rowsUpdated();
}

void KeyedRowModel::replaceRows(const QList<QJsonObject>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit rowsUpdated();
}

void KeyedRowModel::clear()
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size() - 1));
        m_rows.clear();
        endRemoveRows();
    }
    emit rowsUpdated();
}

} // namespace coopdesk
