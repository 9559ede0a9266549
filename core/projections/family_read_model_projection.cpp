#include "family_read_model_projection.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace coopdesk {

namespace {

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FamilyReadModelProjection::FamilyReadModelProjection(SqliteConnection& views, const QString& suffix)
    : FamilyFoldProjection(views, suffix, "family_records{s}")
    , m_upsertFamily(sql(
          "INSERT OR REPLACE INTO family_read_model{s} (family_id, family_name, parent_name, "
          "email, phone, enrollment_date, status, withdrawal_date, children_count, "
          "children_names, oldest_child_age, total_paid_cents, payment_count, last_payment_date, "
          "balance_cents, avg_payment_days_late, engagement_score, last_login_date, "
          "volunteer_hours, event_attendance_rate, risk_score, risk_tier, risk_factors, "
          "assigned_coordinator, preferred_contact_channel, last_contact_date, "
          "last_contact_method, last_updated, event_version) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?)"))
    , m_upsertCharge(sql("INSERT OR REPLACE INTO family_charges{s} (family_id, charge_id, month, "
                         "amount_cents, due_date, allocated_cents, settled_on, days_late, "
                         "charge_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_deleteCharges(sql("DELETE FROM family_charges{s} WHERE family_id = ?"))
    , m_upsertPayment(sql("INSERT OR REPLACE INTO family_payments{s} (payment_id, family_id, "
                          "amount_cents, date, payment_method, transaction_id, position) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_deletePayment(sql("DELETE FROM family_payments{s} WHERE family_id = ? AND payment_id = ?"))
    , m_addToTier(sql("INSERT INTO risk_tier_summary{s} (risk_tier, families, engagement_sum, "
                      "risk_sum) VALUES (?, ?, ?, ?) ON CONFLICT (risk_tier) DO UPDATE SET "
                      "families = families + excluded.families, "
                      "engagement_sum = engagement_sum + excluded.engagement_sum, "
                      "risk_sum = risk_sum + excluded.risk_sum"))
{}

QStringList FamilyReadModelProjection::tables() const
{
    return {QStringLiteral("family_read_model"), QStringLiteral("family_charges"),
            QStringLiteral("family_payments"), QStringLiteral("risk_tier_summary"),
            QStringLiteral("family_records")};
}

void FamilyReadModelProjection::createOwnTables()
{
    execute("CREATE TABLE IF NOT EXISTS family_read_model{s} ("
            " family_id TEXT PRIMARY KEY, family_name TEXT NOT NULL, parent_name TEXT,"
            " email TEXT, phone TEXT, enrollment_date TEXT NOT NULL, status TEXT NOT NULL,"
            " withdrawal_date TEXT, children_count INTEGER NOT NULL,"
            " children_names TEXT NOT NULL, oldest_child_age INTEGER,"
            " total_paid_cents INTEGER NOT NULL, payment_count INTEGER NOT NULL,"
            " last_payment_date TEXT, balance_cents INTEGER NOT NULL,"
            " avg_payment_days_late INTEGER, engagement_score INTEGER NOT NULL,"
            " last_login_date TEXT, volunteer_hours INTEGER NOT NULL,"
            " event_attendance_rate REAL, risk_score INTEGER NOT NULL, risk_tier TEXT NOT NULL,"
            " risk_factors TEXT NOT NULL, assigned_coordinator TEXT,"
            " preferred_contact_channel TEXT NOT NULL, last_contact_date TEXT,"
            " last_contact_method TEXT, last_updated TEXT NOT NULL,"
            " event_version INTEGER NOT NULL)");
    execute("CREATE TABLE IF NOT EXISTS family_charges{s} ("
            " family_id TEXT NOT NULL, charge_id TEXT NOT NULL, month TEXT NOT NULL,"
            " amount_cents INTEGER NOT NULL, due_date TEXT NOT NULL,"
            " allocated_cents INTEGER NOT NULL, settled_on TEXT, days_late INTEGER,"
            " charge_position INTEGER NOT NULL,"
            " PRIMARY KEY (family_id, charge_id)) WITHOUT ROWID");
    execute("CREATE TABLE IF NOT EXISTS family_payments{s} ("
            " payment_id TEXT NOT NULL, family_id TEXT NOT NULL, amount_cents INTEGER NOT NULL,"
            " date TEXT NOT NULL, payment_method TEXT NOT NULL, transaction_id TEXT,"
            " position INTEGER NOT NULL, PRIMARY KEY (family_id, payment_id)) WITHOUT ROWID");
    execute("CREATE TABLE IF NOT EXISTS risk_tier_summary{s} ("
            " risk_tier TEXT PRIMARY KEY, families INTEGER NOT NULL,"
            " engagement_sum INTEGER NOT NULL, risk_sum INTEGER NOT NULL) WITHOUT ROWID");
}

void FamilyReadModelProjection::createIndexes()
{
    m_views.execute(
        "CREATE INDEX IF NOT EXISTS family_read_model_status ON family_read_model (status);"
        "CREATE INDEX IF NOT EXISTS family_read_model_tier ON family_read_model"
        " (risk_tier, risk_score DESC);"
        "CREATE INDEX IF NOT EXISTS family_read_model_engagement ON family_read_model"
        " (engagement_score DESC);"
        "CREATE INDEX IF NOT EXISTS family_read_model_name ON family_read_model"
        " (family_name COLLATE NOCASE, family_id);"
        "CREATE INDEX IF NOT EXISTS family_read_model_balance ON family_read_model"
        " (balance_cents, family_id);"
        // The overdue list and the month chart's overdue cents read only open charges.
        "CREATE INDEX IF NOT EXISTS family_charges_open ON family_charges"
        " (due_date) WHERE settled_on IS NULL;");
}

void FamilyReadModelProjection::settlementChanged(const RecordedEvent& event,
                                                  const QJsonObject& data,
                                                  const FamilyRecord& after,
                                                  const SettlementChange& change)
{
    const QString& familyId = event.streamId;
    if (change.replacesAll) {
        m_chargesReplaced.insert(familyId);
        m_changedCharges.removeIf([&](const auto& item) { return item.key().first == familyId; });
    }
    for (const Charge& charge : change.charges)
        m_changedCharges.insert({familyId, charge.chargeId}, charge);

    if (event.eventType == QLatin1String("PaymentReceived")) {
        const LivePayment& payment = after.settlement.payments.constLast();
        m_changedPayments.insert({familyId, payment.paymentId}, payment);
    } else if (event.eventType == QLatin1String("PaymentVoided")) {
        m_changedPayments.insert({familyId, data.value(QStringLiteral("payment_id")).toString()},
                                 std::nullopt);
    }
}

void FamilyReadModelProjection::countInTier(const FamilyRecord& record, int sign)
{
    if (record.status != QLatin1String("enrolled"))
        return;
    TierDelta& delta = m_tierDeltas[record.riskTier];
    delta.families += sign;
    delta.engagementSum += sign * record.engagementScore;
    delta.riskSum += sign * record.riskScore;
}

namespace {

// The indexed columns of family_read_model, in groups of one index each.
enum IndexedColumns {
    NameColumn = 1,
    StatusColumn = 2,
    TierColumns = 4,
    EngagementColumn = 8,
    BalanceColumn = 16,
};

int changedIndexedColumns(const FamilyRecord& before, const FamilyRecord& after)
{
    int changed = 0;
    if (before.familyName != after.familyName)
        changed |= NameColumn;
    if (before.status != after.status)
        changed |= StatusColumn;
    if (before.riskTier != after.riskTier || before.riskScore != after.riskScore)
        changed |= TierColumns;
    if (before.engagementScore != after.engagementScore)
        changed |= EngagementColumn;
    if (before.balanceCents() != after.balanceCents())
        changed |= BalanceColumn;
    return changed;
}

} // namespace

// An UPDATE of the row that sets the indexed columns only when they changed:
// SQLite then leaves the other indexes alone, where INSERT OR REPLACE
// rewrites all six B-trees of the row (a fifth of a catch-up's time). The
// parameters are numbered as in m_upsertFamily, so one binding serves both.
const QByteArray& FamilyReadModelProjection::updateFamily(int changedIndexed)
{
    auto found = m_updateFamily.find(changedIndexed);
    if (found != m_updateFamily.end())
        return found.value();
    QByteArray text("UPDATE family_read_model{s} SET parent_name = ?3, email = ?4, phone = ?5, "
                    "enrollment_date = ?6, withdrawal_date = ?8, children_count = ?9, "
                    "children_names = ?10, oldest_child_age = ?11, total_paid_cents = ?12, "
                    "payment_count = ?13, last_payment_date = ?14, avg_payment_days_late = ?16, "
                    "last_login_date = ?18, volunteer_hours = ?19, event_attendance_rate = ?20, "
                    "risk_factors = ?23, assigned_coordinator = ?24, "
                    "preferred_contact_channel = ?25, last_contact_date = ?26, "
                    "last_contact_method = ?27, last_updated = ?28, event_version = ?29");
    if (changedIndexed & NameColumn)
        text += ", family_name = ?2";
    if (changedIndexed & StatusColumn)
        text += ", status = ?7";
    if (changedIndexed & TierColumns)
        text += ", risk_score = ?21, risk_tier = ?22";
    if (changedIndexed & EngagementColumn)
        text += ", engagement_score = ?17";
    if (changedIndexed & BalanceColumn)
        text += ", balance_cents = ?15";
    text += " WHERE family_id = ?1";
    return m_updateFamily.insert(changedIndexed, sql(text.constData())).value();
}

void FamilyReadModelProjection::write(const FamilyRecord* before, const FamilyRecord& r)
{
    if (before)
        countInTier(*before, -1);
    countInTier(r, +1);

    // A family folded before has its row (written with its record); should
    // the row be gone all the same, it is written whole.
    if (before) {
        Query update = m_views.query(updateFamily(changedIndexedColumns(*before, r)).constData());
        bindRow(update, r);
        update.run();
        if (sqlite3_changes(m_views.handle()) > 0)
            return;
    }
    Query insert = m_views.query(m_upsertFamily.constData());
    bindRow(insert, r);
    insert.run();
}

void FamilyReadModelProjection::bindRow(Query& query, const FamilyRecord& r)
{
    QJsonArray names;
    std::optional<int> oldest;
    for (const Child& child : r.children) {
        names.append(child.name);
        oldest = std::max(oldest.value_or(child.age), child.age);
    }
    query.bind(1, r.familyId)
        .bind(2, r.familyName)
        .bind(3, r.parentName)
        .bind(4, r.email)
        .bind(5, r.phone)
        .bind(6, r.enrollmentDate)
        .bind(7, r.status)
        .bind(8, r.withdrawalDate)
        .bind(9, qint64{r.children.size()})
        .bind(10, compact(names));
    oldest ? query.bind(11, *oldest) : query.bindNull(11);
    query.bind(12, r.totalPaidCents())
        .bind(13, r.paymentCount)
        .bind(14, r.lastPaymentDate)
        .bind(15, r.balanceCents());
    const auto late = r.avgPaymentDaysLate();
    late ? query.bind(16, *late) : query.bindNull(16);
    query.bind(17, r.engagementScore).bind(18, r.lastLoginDate).bind(19, r.volunteerHours);
    const auto rate = r.eventAttendanceRate();
    rate ? query.bind(20, *rate) : query.bindNull(20);
    query.bind(21, r.riskScore)
        .bind(22, r.riskTier)
        .bind(23, compact(r.riskFactors))
        .bind(24, r.assignedCoordinator)
        .bind(25, r.preferredContactChannel)
        .bind(26, r.lastContactDate)
        .bind(27, r.lastContactMethod)
        .bind(28, r.lastUpdated)
        .bind(29, r.eventVersion);
}

void FamilyReadModelProjection::flush()
{
    FamilyFoldProjection::flush();
    flushCharges();
    flushPayments();
    for (auto it = m_tierDeltas.cbegin(); it != m_tierDeltas.cend(); ++it) {
        m_views.query(m_addToTier.constData())
            .bind(1, it.key())
            .bind(2, it.value().families)
            .bind(3, it.value().engagementSum)
            .bind(4, it.value().riskSum)
            .run();
    }
    m_tierDeltas.clear();
}

void FamilyReadModelProjection::flushCharges()
{
    for (const QString& familyId : std::as_const(m_chargesReplaced))
        m_views.query(m_deleteCharges.constData()).bind(1, familyId).run();
    for (auto it = m_changedCharges.cbegin(); it != m_changedCharges.cend(); ++it) {
        const Charge& c = it.value();
        Query query = m_views.query(m_upsertCharge.constData());
        query.bind(1, it.key().first)
            .bind(2, c.chargeId)
            .bind(3, c.month)
            .bind(4, c.amountCents)
            .bind(5, c.dueDate)
            .bind(6, c.allocatedCents)
            .bind(7, c.settledOn);
        c.daysLate ? query.bind(8, *c.daysLate) : query.bindNull(8);
        query.bind(9, c.position).run();
    }
    m_chargesReplaced.clear();
    m_changedCharges.clear();
}

void FamilyReadModelProjection::flushPayments()
{
    for (auto it = m_changedPayments.cbegin(); it != m_changedPayments.cend(); ++it) {
        const auto& [familyId, paymentId] = it.key();
        if (!it.value()) {
            m_views.query(m_deletePayment.constData()).bind(1, familyId).bind(2, paymentId).run();
            continue;
        }
        const LivePayment& p = *it.value();
        m_views.query(m_upsertPayment.constData())
            .bind(1, p.paymentId)
            .bind(2, familyId)
            .bind(3, p.amountCents)
            .bind(4, p.date)
            .bind(5, p.method)
            .bind(6, p.transactionId)
            .bind(7, p.position)
            .run();
    }
    m_changedPayments.clear();
}

void FamilyReadModelProjection::discard()
{
    FamilyFoldProjection::discard();
    m_changedCharges.clear();
    m_chargesReplaced.clear();
    m_changedPayments.clear();
    m_tierDeltas.clear();
}

} // namespace coopdesk
