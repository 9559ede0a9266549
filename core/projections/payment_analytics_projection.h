#pragma once

#include "projection.h"
#include "state_table.h"

#include <QMap>

namespace coopdesk {

// How one family stands in one charge month.
struct MonthTally
{
    qint32 charges = 0;
    qint32 settled = 0;
    qint32 late = 0; // settled with days_late > 0
};

// The analytics projection's own settlement of each family (projections are
// independent: it does not read the family read model's tables).
struct AnalyticsFamily
{
    Settlement settlement;
    QMap<QString, MonthTally> months;
};

// Everything behind one payment_analytics_view row.
struct MonthAggregate
{
    qint64 familiesActive = 0;
    qint64 familiesOnTime = 0;
    qint64 familiesLate = 0;
    qint64 familiesUnsettled = 0;
    qint64 expectedCents = 0;
    qint64 collectedCents = 0;
    QMap<qint32, qint64> daysLateCounts; // days_late -> settled charges
    QMap<QString, qint64> centsByMethod;
};

QDataStream& operator<<(QDataStream& out, const MonthTally& tally);
QDataStream& operator>>(QDataStream& in, MonthTally& tally);
QDataStream& operator<<(QDataStream& out, const AnalyticsFamily& family);
QDataStream& operator>>(QDataStream& in, AnalyticsFamily& family);
QDataStream& operator<<(QDataStream& out, const MonthAggregate& month);
QDataStream& operator>>(QDataStream& in, MonthAggregate& month);

// payment_analytics_view (SPEC 4.3), one row per charge month, kept up to
// date incrementally: per family and month a tally of charges settled and
// late, per month the counts, sums, a days-late histogram (for the median)
// and the cents per method. payment_analytics_open_charges lists unsettled
// charges with their due dates for families_overdue(as_of) at query time.
// A void or cancellation takes the family's charges out of the counts as
// they stood and puts them back as they stand once settled again (SPEC 2.2).
class PaymentAnalyticsProjection final : public Projection
{
public:
    PaymentAnalyticsProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("payment_analytics_view"); }
    QString name() const override { return projectionName(); }
    // 2: corrections (SPEC 2.2); 3: little-endian state; 4: strings of the state as UTF-8
    int version() const override { return 4; }
    QStringList tables() const override;
    bool reads(const QString& eventType) const override;
    void createTables() override;
    void createIndexes() override;
    void apply(const RecordedEvent& event, const QJsonObject& data) override;
    void flush() override;
    void discard() override;

private:
    void settle(const QString& familyId, AnalyticsFamily& family, const SettlementChange& change,
                const QString& chargedMonth, qint64 chargedCents);
    void correct(const QString& familyId, AnalyticsFamily& family, const QString& eventType,
                 const QJsonObject& data);
    void count(AnalyticsFamily& family, const Charge& charge, int sign);
    void insertOpenCharge(const QString& familyId, const Charge& charge);
    void writeMonth(const QString& month, const MonthAggregate& aggregate);

    StateTable<AnalyticsFamily> m_families;
    StateTable<MonthAggregate> m_months;
    QByteArray m_upsertRow;
    QByteArray m_insertOpenCharge;
    QByteArray m_deleteOpenCharge;
    QByteArray m_deleteOpenCharges;
    QByteArray m_deleteRow;
};

} // namespace coopdesk
