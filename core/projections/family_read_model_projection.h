#pragma once

#include "family_fold_projection.h"

#include <QMap>

namespace coopdesk {

// family_read_model (SPEC 4.1), family_charges and family_payments (4.2),
// and risk_tier_summary:
// enrolled families per risk tier with their score sums, kept as the rows
// change so getFamiliesByRiskTier() never scans the families.
class FamilyReadModelProjection final : public FamilyFoldProjection
{
public:
    FamilyReadModelProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("family_read_model"); }
    QString name() const override { return projectionName(); }
    // 2: corrections (SPEC 2.2); 3: little-endian records, UPDATEs of the row;
    // 4: strings of the records as UTF-8
    int version() const override { return 4; }
    QStringList tables() const override;
    void createIndexes() override;
    void flush() override;
    void discard() override;

private:
    void createOwnTables() override;
    void write(const FamilyRecord* before, const FamilyRecord& after) override;
    void settlementChanged(const RecordedEvent& event, const QJsonObject& data,
                           const FamilyRecord& after, const SettlementChange& change) override;
    void flushCharges();
    void flushPayments();

    struct TierDelta
    {
        qint64 families = 0;
        qint64 engagementSum = 0;
        qint64 riskSum = 0;
    };
    void countInTier(const FamilyRecord& record, int sign);
    const QByteArray& updateFamily(int changedIndexed);
    static void bindRow(Query& query, const FamilyRecord& record);

    QByteArray m_upsertFamily;
    QHash<int, QByteArray> m_updateFamily; // by the indexed columns it sets
    QByteArray m_upsertCharge;
    QByteArray m_deleteCharges;
    QByteArray m_upsertPayment;
    QByteArray m_deletePayment;
    QByteArray m_addToTier;
    QMap<std::pair<QString, QString>, Charge> m_changedCharges; // (family, charge id)
    QSet<QString> m_chargesReplaced; // families whose charge rows are written anew
    // (family, payment id): the row to write, or nothing for a voided payment.
    QMap<std::pair<QString, QString>, std::optional<LivePayment>> m_changedPayments;
    QMap<QString, TierDelta> m_tierDeltas;
};

} // namespace coopdesk
