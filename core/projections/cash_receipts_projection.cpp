#include "cash_receipts_projection.h"

#include <QJsonDocument>

#include <algorithm>

namespace coopdesk {

namespace {

QString monthOf(const LivePayment& payment)
{
    return payment.date.left(7);
}

} // namespace

QDataStream& operator<<(QDataStream& out, const ReceiptMonth& m)
{
    return out << m.payments << m.familiesPaying << m.receivedCents << utf8Keys(m.centsByMethod);
}

QDataStream& operator>>(QDataStream& in, ReceiptMonth& m)
{
    return in >> m.payments >> m.familiesPaying >> m.receivedCents >> utf8Keys(m.centsByMethod);
}

QDataStream& operator<<(QDataStream& out, const ReceiptFamily& f)
{
    return out << f.payments;
}

QDataStream& operator>>(QDataStream& in, ReceiptFamily& f)
{
    return in >> f.payments;
}

CashReceiptsProjection::CashReceiptsProjection(SqliteConnection& views, const QString& suffix)
    : Projection(views, suffix)
    , m_families(views, sql("cash_receipts_families{s}"))
    , m_months(views, sql("cash_receipts_months{s}"))
    , m_upsertRow(sql("INSERT OR REPLACE INTO cash_receipts_view{s} (month, payments_count, "
                      "families_paying, received_cents, payment_method_breakdown) "
                      "VALUES (?, ?, ?, ?, ?)"))
    , m_deleteRow(sql("DELETE FROM cash_receipts_view{s} WHERE month = ?"))
{}

QStringList CashReceiptsProjection::tables() const
{
    return {QStringLiteral("cash_receipts_view"), QStringLiteral("cash_receipts_families"),
            QStringLiteral("cash_receipts_months")};
}

bool CashReceiptsProjection::reads(const QString& eventType) const
{
    return eventType == QLatin1String("PaymentReceived") ||
           eventType == QLatin1String("PaymentVoided");
}

void CashReceiptsProjection::createTables()
{
    m_families.create();
    m_months.create();
    execute("CREATE TABLE IF NOT EXISTS cash_receipts_view{s} ("
            " month TEXT PRIMARY KEY, payments_count INTEGER NOT NULL,"
            " families_paying INTEGER NOT NULL, received_cents INTEGER NOT NULL,"
            " payment_method_breakdown TEXT NOT NULL) WITHOUT ROWID");
}

void CashReceiptsProjection::apply(const RecordedEvent& event, const QJsonObject& data)
{
    ReceiptFamily& family = m_families.edit(event.streamId);
    const QString paymentId = data.value(QStringLiteral("payment_id")).toString();
    if (event.eventType == QLatin1String("PaymentReceived")) {
        const LivePayment payment{paymentId,
                                  data.value(QStringLiteral("amount_cents")).toInteger(),
                                  data.value(QStringLiteral("date")).toString(),
                                  data.value(QStringLiteral("payment_method")).toString(),
                                  std::nullopt,
                                  event.position};
        count(family, payment, +1);
        family.payments.append(payment);
        return;
    }
    const auto voided =
        std::find_if(family.payments.begin(), family.payments.end(),
                     [&](const LivePayment& payment) { return payment.paymentId == paymentId; });
    if (voided == family.payments.end())
        return; // nothing live had that id
    const LivePayment payment = *voided;
    family.payments.erase(voided);
    count(family, payment, -1);
}

// `family` without the payment: whether it pays in that month otherwise
// decides families_paying.
void CashReceiptsProjection::count(ReceiptFamily& family, const LivePayment& payment, int sign)
{
    const QString month = monthOf(payment);
    const bool paysThatMonthOtherwise =
        std::any_of(family.payments.cbegin(), family.payments.cend(),
                    [&](const LivePayment& other) { return monthOf(other) == month; });
    ReceiptMonth& receipts = m_months.edit(month);
    receipts.payments += sign;
    if (!paysThatMonthOtherwise)
        receipts.familiesPaying += sign;
    receipts.receivedCents += sign * payment.amountCents;
    qint64& cents = receipts.centsByMethod[payment.method];
    cents += sign * payment.amountCents;
    if (cents == 0)
        receipts.centsByMethod.remove(payment.method);
    m_changes.months.insert(month);
}

void CashReceiptsProjection::flush()
{
    for (const QString& month : m_months.dirtyKeys()) {
        const ReceiptMonth& m = m_months.cached(month);
        if (m.payments == 0) {
            m_views.query(m_deleteRow.constData()).bind(1, month).run();
            continue;
        }
        QJsonObject breakdown;
        for (auto it = m.centsByMethod.cbegin(); it != m.centsByMethod.cend(); ++it)
            breakdown.insert(it.key(), it.value());
        m_views.query(m_upsertRow.constData())
            .bind(1, month)
            .bind(2, m.payments)
            .bind(3, m.familiesPaying)
            .bind(4, m.receivedCents)
            .bind(5, QJsonDocument(breakdown).toJson(QJsonDocument::Compact))
            .run();
    }
    m_months.flush();
    m_families.flush();
}

void CashReceiptsProjection::discard()
{
    m_families.discard();
    m_months.discard();
    m_changes = {};
}

} // namespace coopdesk
