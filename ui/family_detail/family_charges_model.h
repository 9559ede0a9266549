#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// A family's charges and their settlement (family_charges, SPEC 4.2), in
// the order QueryService::familyCharges gives (due date, then the order
// charged). Unsettled charges are highlighted.
class FamilyChargesModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        AmountColumn,
        DueDateColumn,
        AllocatedColumn,
        SettledOnColumn,
        DaysLateColumn,
        ColumnCount
    };

    explicit FamilyChargesModel(QObject* parent = nullptr);

    void setCurrencyCode(const QString& code);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool isSettled(const QJsonObject& charge);

protected:
    // ValueRole: the family_charges value, unformatted.
    QVariant cellData(const QJsonObject& charge, int column, int role) const override;

private:
    QString m_currencyCode;
};

} // namespace coopdesk
