#include "payment_analytics_projection.h"

#include <QJsonDocument>

namespace coopdesk {

namespace {

enum class MonthStatus { None, OnTime, Late, Unsettled };

MonthStatus statusOf(const MonthTally& tally)
{
    if (tally.charges == 0)
        return MonthStatus::None;
    if (tally.settled < tally.charges)
        return MonthStatus::Unsettled;
    return tally.late > 0 ? MonthStatus::Late : MonthStatus::OnTime;
}

void countStatus(MonthAggregate& month, MonthStatus status, int sign)
{
    switch (status) {
    case MonthStatus::None:
        return;
    case MonthStatus::OnTime:
        month.familiesOnTime += sign;
        break;
    case MonthStatus::Late:
        month.familiesLate += sign;
        break;
    case MonthStatus::Unsettled:
        month.familiesUnsettled += sign;
        break;
    }
    month.familiesActive += sign;
}

// The median of the histogram; an even count takes the floor of the mean
// of the two middle values (SPEC 4.3).
std::optional<qint64> median(const QMap<qint32, qint64>& counts, qint64 total)
{
    if (total == 0)
        return std::nullopt;
    const qint64 lowIndex = (total - 1) / 2;
    const qint64 highIndex = total / 2;
    std::optional<qint64> low;
    qint64 seen = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        seen += it.value();
        if (!low && seen > lowIndex)
            low = it.key();
        if (seen > highIndex)
            return (*low + it.key()) / 2;
    }
    return low;
}

} // namespace

QDataStream& operator<<(QDataStream& out, const MonthTally& t)
{
    return out << t.charges << t.settled << t.late;
}

QDataStream& operator>>(QDataStream& in, MonthTally& t)
{
    return in >> t.charges >> t.settled >> t.late;
}

QDataStream& operator<<(QDataStream& out, const AnalyticsFamily& f)
{
    return out << f.settlement << utf8Keys(f.months);
}

QDataStream& operator>>(QDataStream& in, AnalyticsFamily& f)
{
    return in >> f.settlement >> utf8Keys(f.months);
}

QDataStream& operator<<(QDataStream& out, const MonthAggregate& m)
{
    return out << m.familiesActive << m.familiesOnTime << m.familiesLate << m.familiesUnsettled
               << m.expectedCents << m.collectedCents << m.daysLateCounts
               << utf8Keys(m.centsByMethod);
}

QDataStream& operator>>(QDataStream& in, MonthAggregate& m)
{
    return in >> m.familiesActive >> m.familiesOnTime >> m.familiesLate >> m.familiesUnsettled >>
           m.expectedCents >> m.collectedCents >> m.daysLateCounts >> utf8Keys(m.centsByMethod);
}

PaymentAnalyticsProjection::PaymentAnalyticsProjection(SqliteConnection& views,
                                                       const QString& suffix)
    : Projection(views, suffix)
    , m_families(views, sql("payment_analytics_families{s}"))
    , m_months(views, sql("payment_analytics_months{s}"))
    , m_upsertRow(sql("INSERT OR REPLACE INTO payment_analytics_view{s} (month, families_active, "
                      "families_paid_on_time, families_paid_late, families_unsettled, "
                      "revenue_expected_cents, revenue_collected_cents, "
                      "revenue_outstanding_cents, avg_payment_days_late, "
                      "median_payment_days_late, payment_method_breakdown) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertOpenCharge(sql("INSERT OR REPLACE INTO payment_analytics_open_charges{s} "
                             "(family_id, charge_id, month, due_date) VALUES (?, ?, ?, ?)"))
    , m_deleteOpenCharge(sql("DELETE FROM payment_analytics_open_charges{s} "
                             "WHERE family_id = ? AND charge_id = ?"))
    , m_deleteOpenCharges(sql("DELETE FROM payment_analytics_open_charges{s} WHERE family_id = ?"))
    , m_deleteRow(sql("DELETE FROM payment_analytics_view{s} WHERE month = ?"))
{}

QStringList PaymentAnalyticsProjection::tables() const
{
    return {
        QStringLiteral("payment_analytics_view"), QStringLiteral("payment_analytics_open_charges"),
        QStringLiteral("payment_analytics_families"), QStringLiteral("payment_analytics_months")};
}

bool PaymentAnalyticsProjection::reads(const QString& eventType) const
{
    return eventType == QLatin1String("TuitionCharged") ||
           eventType == QLatin1String("PaymentReceived") ||
           eventType == QLatin1String("PaymentVoided") ||
           eventType == QLatin1String("ChargeCancelled");
}

void PaymentAnalyticsProjection::createTables()
{
    m_families.create();
    m_months.create();
    execute("CREATE TABLE IF NOT EXISTS payment_analytics_view{s} ("
            " month TEXT PRIMARY KEY, families_active INTEGER NOT NULL,"
            " families_paid_on_time INTEGER NOT NULL, families_paid_late INTEGER NOT NULL,"
            " families_unsettled INTEGER NOT NULL, revenue_expected_cents INTEGER NOT NULL,"
            " revenue_collected_cents INTEGER NOT NULL,"
            " revenue_outstanding_cents INTEGER NOT NULL, avg_payment_days_late REAL,"
            " median_payment_days_late INTEGER, payment_method_breakdown TEXT NOT NULL)"
            " WITHOUT ROWID");
    execute("CREATE TABLE IF NOT EXISTS payment_analytics_open_charges{s} ("
            " family_id TEXT NOT NULL, charge_id TEXT NOT NULL, month TEXT NOT NULL,"
            " due_date TEXT NOT NULL, PRIMARY KEY (family_id, charge_id)) WITHOUT ROWID");
}

void PaymentAnalyticsProjection::createIndexes()
{
    m_views.execute("CREATE INDEX IF NOT EXISTS payment_analytics_open_charges_due ON "
                    "payment_analytics_open_charges (month, due_date, family_id)");
}

void PaymentAnalyticsProjection::apply(const RecordedEvent& event, const QJsonObject& data)
{
    const bool charge = event.eventType == QLatin1String("TuitionCharged");
    AnalyticsFamily& family = m_families.edit(event.streamId);
    if (event.eventType == QLatin1String("PaymentVoided") ||
        event.eventType == QLatin1String("ChargeCancelled")) {
        correct(event.streamId, family, event.eventType, data);
    } else if (charge) {
        const SettlementChange change = family.settlement.addCharge(event, data);
        settle(event.streamId, family, change, data.value(QStringLiteral("month")).toString(),
               data.value(QStringLiteral("amount_cents")).toInteger());
    } else {
        settle(event.streamId, family, family.settlement.addPayment(event, data), {}, 0);
    }
}

void PaymentAnalyticsProjection::settle(const QString& familyId, AnalyticsFamily& family,
                                        const SettlementChange& change, const QString& chargedMonth,
                                        qint64 chargedCents)
{
    QMap<QString, MonthStatus> before;
    const auto remember = [&](const QString& month) {
        if (!before.contains(month))
            before.insert(month, statusOf(family.months.value(month)));
    };
    if (!chargedMonth.isEmpty())
        remember(chargedMonth);
    for (const Charge& c : change.charges)
        remember(c.month);

    if (!chargedMonth.isEmpty()) {
        family.months[chargedMonth].charges += 1;
        m_months.edit(chargedMonth).expectedCents += chargedCents;
    }
    for (const Allocation& a : change.allocations) {
        MonthAggregate& month = m_months.edit(a.month);
        month.collectedCents += a.cents;
        month.centsByMethod[a.method] += a.cents;
    }
    for (const Charge& c : change.charges) {
        if (!c.isSettled()) {
            insertOpenCharge(familyId, c);
            continue;
        }
        MonthTally& tally = family.months[c.month];
        tally.settled += 1;
        if (*c.daysLate > 0)
            tally.late += 1;
        m_months.edit(c.month).daysLateCounts[*c.daysLate] += 1;
        m_views.query(m_deleteOpenCharge.constData()).bind(1, familyId).bind(2, c.chargeId).run();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const MonthStatus now = statusOf(family.months.value(it.key()));
        if (now == it.value())
            continue;
        MonthAggregate& month = m_months.edit(it.key());
        countStatus(month, it.value(), -1);
        countStatus(month, now, +1);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        m_changes.months.insert(it.key());
    for (const Allocation& a : change.allocations)
        m_changes.months.insert(a.month);
}

void PaymentAnalyticsProjection::insertOpenCharge(const QString& familyId, const Charge& c)
{
    m_views.query(m_insertOpenCharge.constData())
        .bind(1, familyId)
        .bind(2, c.chargeId)
        .bind(3, c.month)
        .bind(4, c.dueDate)
        .run();
}

void PaymentAnalyticsProjection::correct(const QString& familyId, AnalyticsFamily& family,
                                         const QString& eventType, const QJsonObject& data)
{
    const QList<Charge> before = family.settlement.allCharges();
    const SettlementChange change =
        eventType == QLatin1String("PaymentVoided")
            ? family.settlement.voidPayment(data.value(QStringLiteral("payment_id")).toString())
            : family.settlement.cancelCharge(data.value(QStringLiteral("charge_id")).toString());
    if (!change.replacesAll)
        return; // nothing live had that id

    QMap<QString, MonthStatus> statusBefore;
    for (const QList<Charge>* charges : {&before, &change.charges}) {
        for (const Charge& c : *charges) {
            if (!statusBefore.contains(c.month))
                statusBefore.insert(c.month, statusOf(family.months.value(c.month)));
        }
    }
    for (const Charge& c : before)
        count(family, c, -1);
    m_views.query(m_deleteOpenCharges.constData()).bind(1, familyId).run();
    for (const Charge& c : change.charges) {
        count(family, c, +1);
        if (!c.isSettled())
            insertOpenCharge(familyId, c);
    }
    for (auto it = statusBefore.cbegin(); it != statusBefore.cend(); ++it) {
        const MonthStatus now = statusOf(family.months.value(it.key()));
        if (family.months.value(it.key()).charges == 0)
            family.months.remove(it.key());
        MonthAggregate& month = m_months.edit(it.key());
        countStatus(month, it.value(), -1);
        countStatus(month, now, +1);
        m_changes.months.insert(it.key());
    }
}

// One charge's part in its family's month tally and its month's sums.
void PaymentAnalyticsProjection::count(AnalyticsFamily& family, const Charge& c, int sign)
{
    MonthTally& tally = family.months[c.month];
    MonthAggregate& month = m_months.edit(c.month);
    tally.charges += sign;
    month.expectedCents += sign * c.amountCents;
    month.collectedCents += sign * c.allocatedCents;
    for (auto it = c.allocatedByMethod.cbegin(); it != c.allocatedByMethod.cend(); ++it) {
        qint64& cents = month.centsByMethod[it.key()];
        cents += sign * it.value();
        if (cents == 0)
            month.centsByMethod.remove(it.key());
    }
    if (!c.isSettled())
        return;
    tally.settled += sign;
    if (*c.daysLate > 0)
        tally.late += sign;
    qint64& settledCharges = month.daysLateCounts[*c.daysLate];
    settledCharges += sign;
    if (settledCharges == 0)
        month.daysLateCounts.remove(*c.daysLate);
}

void PaymentAnalyticsProjection::writeMonth(const QString& month, const MonthAggregate& m)
{
    if (m.familiesActive == 0) { // its last live charge was cancelled (SPEC 2.2)
        m_views.query(m_deleteRow.constData()).bind(1, month).run();
        return;
    }
    qint64 settledCount = 0;
    qint64 daysLateSum = 0;
    for (auto it = m.daysLateCounts.cbegin(); it != m.daysLateCounts.cend(); ++it) {
        settledCount += it.value();
        daysLateSum += qint64{it.key()} * it.value();
    }
    QJsonObject breakdown;
    for (auto it = m.centsByMethod.cbegin(); it != m.centsByMethod.cend(); ++it) {
        if (it.value() > 0)
            breakdown.insert(it.key(), it.value());
    }
    Query query = m_views.query(m_upsertRow.constData());
    query.bind(1, month)
        .bind(2, m.familiesActive)
        .bind(3, m.familiesOnTime)
        .bind(4, m.familiesLate)
        .bind(5, m.familiesUnsettled)
        .bind(6, m.expectedCents)
        .bind(7, m.collectedCents)
        .bind(8, m.expectedCents - m.collectedCents);
    if (settledCount > 0)
        query.bind(9, roundedHalfUp(daysLateSum, settledCount, 2));
    else
        query.bindNull(9);
    const auto middle = median(m.daysLateCounts, settledCount);
    middle ? query.bind(10, *middle) : query.bindNull(10);
    query.bind(11, QJsonDocument(breakdown).toJson(QJsonDocument::Compact)).run();
}

void PaymentAnalyticsProjection::flush()
{
    for (const QString& month : m_months.dirtyKeys())
        writeMonth(month, m_months.cached(month));
    m_months.flush();
    m_families.flush();
}

void PaymentAnalyticsProjection::discard()
{
    m_families.discard();
    m_months.discard();
    m_changes = {};
}

} // namespace coopdesk
