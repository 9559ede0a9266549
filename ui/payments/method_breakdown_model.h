#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

class PaymentAnalyticsModel;

// How the tuition of a range of months was paid: the months' method
// breakdowns (SPEC 4.3) added up, one row per payment method with cents
// allocated, in a fixed order (card, check, cash, ACH, other). Follows a
// PaymentAnalyticsModel; keyed by method.
class MethodBreakdownModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { Method, Amount, Share, ColumnCount };

    explicit MethodBreakdownModel(PaymentAnalyticsModel* months, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    qint64 totalCents() const { return m_total; }

public slots:
    void recompute();

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;

private:
    PaymentAnalyticsModel* m_months;
    qint64 m_total = 0;
};

} // namespace coopdesk
