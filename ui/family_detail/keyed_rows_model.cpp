#include "keyed_rows_model.h"

#include <QHash>
#include <QSet>

namespace coopdesk {

KeyedRowsModel::KeyedRowsModel(const QString& keyColumn, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keyColumn(keyColumn)
{}

QString KeyedRowsModel::key(const QJsonObject& row) const
{
    const QJsonValue value = row.value(m_keyColumn);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

int KeyedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

void KeyedRowsModel::replaceRows(const QList<QJsonObject>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void KeyedRowsModel::updateRows(const QList<QJsonObject>& rows)
{
    QSet<QString> wanted;
    for (const QJsonObject& row : rows)
        wanted.insert(key(row));

    // Gone: removed from the bottom up, a run at a time.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (wanted.contains(key(m_rows.at(i)))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(key(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // Walk the wanted order: keep, move into place, or insert.
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject& next = rows.at(i);
        const QString nextKey = key(next);
        if (i < m_rows.size() && key(m_rows.at(i)) == nextKey) {
            if (m_rows.at(i) != next) {
                m_rows[i] = next;
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (key(m_rows.at(j)) == nextKey) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            beginMoveRows({}, found, found, {}, i);
            m_rows.move(found, i);
            endMoveRows();
            if (m_rows.at(i) != next) {
                m_rows[i] = next;
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, next);
            endInsertRows();
        }
    }
}

} // namespace coopdesk
