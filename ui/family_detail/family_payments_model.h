#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// A family's live payments (family_payments, SPEC 4.2), oldest first, as
// QueryService::familyPayments gives them: what the family's page lists
// and Void Payment… picks from. A voided payment is not among them.
class FamilyPaymentsModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, AmountColumn, MethodColumn, TransactionColumn, ColumnCount };

    explicit FamilyPaymentsModel(QObject* parent = nullptr);

    void setCurrencyCode(const QString& code);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // ValueRole: the family_payments value, unformatted.
    QVariant cellData(const QJsonObject& payment, int column, int role) const override;

private:
    QString m_currencyCode;
};

} // namespace coopdesk
