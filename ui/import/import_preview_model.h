#pragma once

#include "io/csv_import.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace coopdesk {

// The first rows of a CSV file as read, under the file's own header; the
// vertical header is the line number in the file. Columns the format does
// not know are marked (they will be ignored), and rows with a problem are
// tinted with the problem as their tip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const QStringList& header, const QList<ImportRow>& rows,
                    const QStringList& unknownColumns);
    // The problems found so far, by line; rows shown that have one are marked.
    void setRowErrors(const QList<ImportError>& errors);
    void clear();

    qint64 lineAt(int row) const;
    bool isUnknownColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<ImportRow> m_rows;
    QList<bool> m_unknown;             // by column
    QHash<qint64, QString> m_problems; // line → message
};

} // namespace coopdesk
