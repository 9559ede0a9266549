#pragma once

#include "widgets/keyed_row_model.h"

#include <QDate>

namespace coopdesk {

// getOverdueFamilies's rows (SPEC 5) as a table, keyed by family_id:
// family, parent, e-mail, phone, amount overdue, oldest due date and the
// days since it (as of the list's date). ValueRole gives cents, ISO dates
// and whole days, so a sort by it orders amounts and dates as numbers.
class OverdueFamiliesModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column {
        Family,
        Parent,
        Email,
        Phone,
        AmountOverdue,
        OldestDue,
        DaysOverdue,
        ColumnCount
    };

    explicit OverdueFamiliesModel(QObject* parent = nullptr);

    // The day the rows were read as of (the days overdue count from it).
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOf; }
    qint64 totalCents() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;

private:
    qint64 daysOverdue(const QJsonObject& row) const;

    QDate m_asOf;
};

} // namespace coopdesk
