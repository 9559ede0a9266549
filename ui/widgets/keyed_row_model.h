#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace coopdesk {

// A table of read-model rows (JSON objects, as QueryService returns them)
// identified by a key column, that updates in small steps (ARCHITECTURE
// rule 10): setRows() compares a new answer of the query with the rows on
// screen and emits removals, moves, insertions and dataChanged for the rows
// whose content changed; never a reset, so a selection stays on its row.
// Charts are fed from these models through Qt Charts' model mappers, which
// follow the same signals. replaceRows() resets: for the rows of another
// query (another family), which nothing on screen should follow.
//
// Subclasses give the columns: data() for Qt::DisplayRole (text for
// people) and ValueRole (the raw value: a number for charts and sorting).
class KeyedRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1, KeyRole };

    explicit KeyedRowModel(const QString& keyColumn, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    // KeyRole is the row's key; every other role comes from cellData().
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Makes the model show `rows`, in that order, by the smallest steps.
    void setRows(const QList<QJsonObject>& rows);
    void replaceRows(const QList<QJsonObject>& rows);
    void clear();

    const QList<QJsonObject>& rows() const { return m_rows; }
    QJsonObject rowAt(int row) const { return m_rows.value(row); }
    QString keyAt(int row) const;
    int rowOf(const QString& key) const; // -1 when absent

signals:
    // setRows(), replaceRows() or clear() finished (after every step it emitted).
    void rowsUpdated();

protected:
    QString keyOf(const QJsonObject& row) const;
    virtual QVariant cellData(const QJsonObject& row, int column, int role) const = 0;

private:
    void removeStaleRows(const QSet<QString>& keep);

    QString m_keyColumn;
    QList<QJsonObject> m_rows;
};

} // namespace coopdesk
