#pragma once

#include "widgets/keyed_row_model.h"

#include <QDate>

namespace coopdesk {

class QueryService;

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
    // getPaymentAnalytics's rows, each with `overdue_cents`: the remaining
    // cents of the month's open charges due before asOf
    // (QueryService::overdueCentsByMonth), what outstandingByDue splits by.
    static QList<QJsonObject> query(QueryService& queries, const QString& fromMonth,
                                    const QString& toMonth, QDate asOf);
    // A month's outstanding cents, overdue or not yet due as of the day the
    // rows were read (query): a month whose open charges fall due on both
    // sides of the day is split between the two.
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
