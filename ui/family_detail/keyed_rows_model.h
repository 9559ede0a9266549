#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace coopdesk {

// A small table of JSON rows with a unique key column (a family's charges,
// its events), updated in small steps (ARCHITECTURE rule 10): updateRows()
// removes the rows whose key is gone, inserts the new ones where they
// belong and reports dataChanged for the rows whose values changed.
// replaceRows() resets: for a new query (another family).
class KeyedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit KeyedRowsModel(const QString& keyColumn, QObject* parent = nullptr);

    void replaceRows(const QList<QJsonObject>& rows);
    void updateRows(const QList<QJsonObject>& rows);

    const QList<QJsonObject>& rows() const { return m_rows; }
    QJsonObject row(int row) const { return m_rows.value(row); }
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    QString key(const QJsonObject& row) const;

private:
    QString m_keyColumn;
    QList<QJsonObject> m_rows;
};

} // namespace coopdesk
