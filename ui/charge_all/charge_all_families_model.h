#pragma once

#include "commands/charge_all.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace coopdesk {

// One list of a charge-all preview (the families to charge, those
// skipped, those holding other charges of the month): each family by name
// and parent (the id in the tooltip), its children, the amount charged and
// a note (why it is skipped, its other charges). Replaced whole with each
// preview: a new plan is a new question.
class ChargeAllFamiliesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FamilyColumn,
        ParentColumn,
        ChildrenColumn,
        AmountColumn,
        NoteColumn,
        ColumnCount
    };
    static inline constexpr int familyIdRole = Qt::UserRole + 1;

    struct Row
    {
        ChargeAllFamily family;
        QString note;
    };

    ChargeAllFamiliesModel(const QString& noteTitle, QObject* parent = nullptr);

    void setRows(const QList<Row>& rows);
    void clear() { setRows({}); }
    const QList<Row>& rows() const { return m_rows; }
    // The family ids listed, in order.
    QStringList familyIds() const;
    void setCurrencyCode(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_noteTitle;
    QString m_currencyCode;
    QList<Row> m_rows;
};

} // namespace coopdesk
