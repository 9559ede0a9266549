#pragma once

#include "projection.h"
#include "state_table.h"

#include <QMap>

namespace coopdesk {

// One calendar month of payments received, by payment date.
struct ReceiptMonth
{
    qint64 payments = 0;
    qint64 familiesPaying = 0;
    qint64 receivedCents = 0;
    QMap<QString, qint64> centsByMethod;
};

// A family's live payments, for its voids and its months.
struct ReceiptFamily
{
    QList<LivePayment> payments;
};

QDataStream& operator<<(QDataStream& out, const ReceiptMonth& month);
QDataStream& operator>>(QDataStream& in, ReceiptMonth& month);
QDataStream& operator<<(QDataStream& out, const ReceiptFamily& family);
QDataStream& operator>>(QDataStream& in, ReceiptFamily& family);

// cash_receipts_view (SPEC 4.6): what the co-op actually received per month
// of the payment's date, credit on account included, voided payments not.
class CashReceiptsProjection final : public Projection
{
public:
    CashReceiptsProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("cash_receipts_view"); }
    QString name() const override { return projectionName(); }
    // 2: little-endian state; 3: strings of the state as UTF-8
    int version() const override { return 3; }
    QStringList tables() const override;
    bool reads(const QString& eventType) const override;
    void createTables() override;
    void createIndexes() override {}
    void apply(const RecordedEvent& event, const QJsonObject& data) override;
    void flush() override;
    void discard() override;

private:
    void count(ReceiptFamily& family, const LivePayment& payment, int sign);

    StateTable<ReceiptFamily> m_families;
    StateTable<ReceiptMonth> m_months;
    QByteArray m_upsertRow;
    QByteArray m_deleteRow;
};

} // namespace coopdesk
