#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace coopdesk {

// A table whose rows are its source's, one for one: the source's row,
// reset, layout and data changes are passed on as they come (a live update
// stays a change of rows), header changes are not (see ChartValuesProxy).
// Subclasses say what the columns are.
class RowMirrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    RowMirrorModel(QAbstractItemModel* source, QObject* parent);

    QAbstractItemModel* source() const { return m_source; }
    // The cells of this model a change of the source's cells touches;
    // by default the same rows and columns.
    virtual void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

private:
    QPointer<QAbstractItemModel> m_source; // the screen may destroy it first
};

} // namespace coopdesk
