#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// What the co-op received per month by the payment's date
// (cash_receipts_view, SPEC 4.6): the treasurer's bank view beside the
// charge months of PaymentAnalyticsModel. Oldest first, every month of the
// range a row (months without payments are gaps, month_rows.h), so its bar
// chart keeps the calendar's spacing; its table (MonthTableProxy) shows
// the months with payments. Keyed by month: a live update touches only
// the months that changed.
class CashReceiptsModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column { Month, Payments, FamiliesPaying, Received, Methods, ColumnCount };

    explicit CashReceiptsModel(QObject* parent = nullptr);

    // `rows` as QueryService::getCashReceipts returns them (newest first);
    // every month from `fillFrom` (else the first with payments) to
    // `fillTo` (else the last) gets a row.
    void setReceipts(const QList<QJsonObject>& rows, const QString& fillFrom = {},
                     const QString& fillTo = {});
    void setCurrencyCode(const QString& code) { m_currency = code; }
    QString currencyCode() const { return m_currency; }

    struct Totals
    {
        qint64 payments = 0;
        qint64 receivedCents = 0;
    };
    Totals totals() const;
    // "Card: 250.00, Cash: 200.00, Bank transfer (ACH): 300.00", in the
    // payment methods' order; empty without payments.
    static QString methodsText(const QJsonObject& row);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    static QString columnTitle(int column);

protected:
    QVariant cellData(const QJsonObject& row, int column, int role) const override;

private:
    QString m_currency;
};

} // namespace coopdesk
