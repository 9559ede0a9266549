#pragma once

#include "io/csv_import.h"

#include <QAbstractTableModel>
#include <QList>

namespace coopdesk {

// Every bad row of a CSV file: its line, the column at fault and the
// message (core's, translated), in line order.
class ImportErrorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, MessageColumn, ColumnCount };

    explicit ImportErrorsModel(QObject* parent = nullptr);

    void setErrors(const QList<ImportError>& errors);
    const QList<ImportError>& errors() const { return m_errors; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportError> m_errors;
};

} // namespace coopdesk
