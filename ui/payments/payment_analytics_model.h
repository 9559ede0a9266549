#pragma once

#include "widgets/keyed_row_model.h"

namespace coopdesk {

// The months of payment_analytics_view (SPEC 4.3) with families overdue as
// of a day, oldest first (the charts read left to right; the table sorts
// newest first through a proxy). Months without charges between the first
// and the last month of the answer are shown as empty rows, so the month
// charts keep the calendar's spacing. Keyed by month: a live update touches
// only the months that changed.
class PaymentAnalyticsModel : public KeyedRowModel
{
    Q_OBJECT

public:
    enum Column {
        Month,
        FamiliesActive,
        OnTime,
        Late,
        Overdue,
        NotYetDue, // unsettled, not overdue yet
        Expected,
        Collected,
        Outstanding,
        AvgDaysLate,
        MedianDaysLate,
        ColumnCount
    };

    explicit PaymentAnalyticsModel(QObject* parent = nullptr);

    // `rows` as QueryService::getPaymentAnalytics returns them (newest
    // first). Every month from `fillFrom` (else the first month with
    // charges) to `fillTo` (else the last) gets a row.
    void setAnalytics(const QList<QJsonObject>& rows, const QString& fillFrom = {},
                      const QString& fillTo = {});
    // True for a month added to fill a gap (it has no charges, no view row).
    static bool isFiller(const QJsonObject& row);
    // A month's outstanding cents, overdue or not yet due as of the day
    // families_overdue was counted: not yet due when no family of the
    // month is overdue, else overdue. The view counts overdue families,
    // not overdue cents, so a month whose open charges fall due on both
    // sides of the day is counted overdue as a whole (what is owed is
    // never shown as not due yet).
    struct OutstandingByDue
    {
        qint64 overdueCents = 0;
        qint64 notYetDueCents = 0;
    };
    static OutstandingByDue outstandingByDue(const QJsonObject& row);
    // The currency of the amounts (for the charts' axis and the report).
    void setCurrencyCode(const QString& code);
    QString currencyCode() const { return m_currency; }

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
