#include "query_service.h"

#include "domain/family_record.h"
#include "domain/text_rules.h"
#include "projections/views_file.h"
#include "search_planner.h"
#include "store/open_event_store.h"

#include <sqlite3.h>

#include <algorithm>

namespace coopdesk {

namespace {

const QStringList familyJsonColumns{QStringLiteral("children_names"),
                                    QStringLiteral("risk_factors")};

QString familySelect()
{
    return QStringLiteral("SELECT ") + familyColumns().join(QStringLiteral(", ")) +
           QStringLiteral(" FROM family_read_model");
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace

QueryService::QueryService(const StoreLocation& location, const QString& viewsPath)
    : m_familyLayout(familyColumns(), familyJsonColumns)
{
    StoreOptions readOnly;
    readOnly.readOnly = true;
    m_store = openEventStore(location, readOnly);
    m_viewsPath =
        viewsPath.isEmpty() ? viewsfile::pathFor(location, m_store->storeId()) : viewsPath;
    m_views = openViews();
    m_searchPlanner = std::make_unique<SearchPlanner>(*m_views);
}

std::unique_ptr<SqliteConnection> QueryService::openViews() const
{
    auto views = viewsfile::openForReading(m_viewsPath);
    // Temporary b-trees (the top rows of an ORDER BY ... LIMIT, IN lists)
    // stay in memory: in a temporary file, creating and removing the file
    // alone cost ~0.5 ms per search. Reads here hold at most one table's rows.
    views->execute("PRAGMA temp_store = MEMORY");
    // Room for the pages searches and lists come back to (families, search
    // documents); SQLite's default of 2 MiB sends most reads to the OS.
    views->execute("PRAGMA cache_size = -65536");
    return views;
}

void QueryService::followViewsFile()
{
    // Only between reads: a snapshot transaction keeps its connection.
    if (sqlite3_get_autocommit(m_views->handle()) == 0 || !viewsfile::hasMoved(*m_views))
        return;
    std::unique_ptr<SqliteConnection> views;
    try {
        views = openViews();
    } catch (const StorageError&) {
        // None at the path yet (the projector is making it): the old file
        // still answers, as it stood, until then.
        return;
    }
    m_searchPlanner.reset();
    viewsfile::close(m_views);
    m_views = std::move(views);
    m_searchPlanner = std::make_unique<SearchPlanner>(*m_views);
}

QueryService::~QueryService() = default;

const char* QueryService::statement(const QString& text)
{
    auto found = m_sql.find(text);
    if (found == m_sql.end())
        found = m_sql.insert(text, text.toUtf8());
    return found->constData();
}

const QStringList& QueryService::sortableColumns()
{
    static const QStringList columns =
        names({"family_name", "status", "children_count", "total_paid_cents", "balance_cents",
               "last_payment_date", "engagement_score", "risk_score", "risk_tier",
               "assigned_coordinator", "enrollment_date"});
    return columns;
}

const QStringList& QueryService::atRiskColumns()
{
    static const QStringList columns = names(
        {"family_id", "family_name", "risk_score", "risk_tier", "risk_factors",
         "recommended_intervention", "intervention_priority", "days_until_predicted_withdrawal",
         "last_contact_date", "last_contact_method", "days_since_contact",
         "preferred_contact_channel", "assigned_coordinator", "last_updated"});
    return columns;
}

const QStringList& QueryService::tierColumns()
{
    static const QStringList columns = names({"risk_tier", "count", "avg_engagement", "avg_risk"});
    return columns;
}

const QStringList& QueryService::paymentColumns()
{
    static const QStringList columns =
        names({"month", "families_active", "families_paid_on_time", "families_paid_late",
               "families_unsettled", "families_overdue", "revenue_expected_cents",
               "revenue_collected_cents", "revenue_outstanding_cents", "avg_payment_days_late",
               "median_payment_days_late", "payment_method_breakdown"});
    return columns;
}

const QStringList& QueryService::receiptColumns()
{
    static const QStringList columns = names({"month", "payments_count", "families_paying",
                                              "received_cents", "payment_method_breakdown"});
    return columns;
}

const QStringList& QueryService::overdueColumns()
{
    static const QStringList columns = names({"family_id", "family_name", "parent_name", "email",
                                              "phone", "amount_overdue_cents", "oldest_due_date"});
    return columns;
}

const QStringList& QueryService::statusColumns()
{
    static const QStringList columns =
        names({"projection_name", "projection_version", "last_position", "last_event_id",
               "last_event_timestamp", "events_processed", "status", "last_error", "error_position",
               "updated_at", "head_position", "lag_events", "lag_ms"});
    return columns;
}

const QStringList& QueryService::activityColumns()
{
    static const QStringList columns = names({"position", "event_type", "family_id", "family_name",
                                              "user_id", "recorded_at", "event_date"});
    return columns;
}

QJsonObject QueryService::familyRow(const Query& query) const
{
    Q_ASSERT(query.columnCount() == familyColumns().size()); // every family read: familySelect()
    return m_familyLayout.read(query);
}

std::optional<QJsonObject> QueryService::getFamily(const QString& familyId)
{
    followViewsFile();
    // Made once: the most frequent read should not rebuild its SQL.
    static const QByteArray sql =
        (familySelect() + QStringLiteral(" WHERE family_id = ?")).toUtf8();
    Query query = m_views->query(sql.constData());
    query.bind(1, familyId);
    if (!query.next())
        return std::nullopt;
    return familyRow(query);
}

QString QueryService::familyWhere(const FamilyFilter& filter,
                                  const std::optional<SearchMatch>& search) const
{
    QStringList conditions;
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("status = :status");
    if (!filter.tier.isEmpty())
        conditions << QStringLiteral("risk_tier = :tier");
    if (search)
        conditions << QStringLiteral("family_id IN (") + search->sql + u')';
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void QueryService::bindFamilyFilter(Query& query, const FamilyFilter& filter,
                                    const std::optional<SearchMatch>& search) const
{
    sqlite3_stmt* statement = query.statementHandle();
    const auto bind = [&](const char* name, const QString& value) {
        const int index = sqlite3_bind_parameter_index(statement, name);
        if (index > 0)
            query.bind(index, value);
    };
    bind(":status", filter.status);
    bind(":tier", filter.tier);
    if (search)
        bind(":search", search->parameter);
}

QList<QJsonObject> QueryService::listFamilies(const FamilyFilter& filter, const FamilySort& sort,
                                              qint64 offset, qint64 limit)
{
    followViewsFile();
    const QString column =
        sortableColumns().contains(sort.column) ? sort.column : QStringLiteral("family_name");
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    const QString collate =
        column == QLatin1String("family_name") || column == QLatin1String("assigned_coordinator")
            ? QStringLiteral(" COLLATE NOCASE")
            : QString();
    // The search may take several statements: one snapshot for all of them.
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    const std::optional<SearchMatch> search = m_searchPlanner->plan(filter.search);
    const QString sql = familySelect() + familyWhere(filter, search) +
                        QStringLiteral(" ORDER BY ") + column + collate + direction +
                        QStringLiteral(", family_id") + direction +
                        QStringLiteral(" LIMIT :limit OFFSET :offset");
    Query query = m_views->query(statement(sql));
    bindFamilyFilter(query, filter, search);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":limit"), limit);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":offset"), offset);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(familyRow(query));
    return rows;
}

qint64 QueryService::countFamilies(const FamilyFilter& filter)
{
    followViewsFile();
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    const std::optional<SearchMatch> search = m_searchPlanner->plan(filter.search);
    Query query = m_views->query(statement(
        QStringLiteral("SELECT count(*) FROM family_read_model") + familyWhere(filter, search)));
    bindFamilyFilter(query, filter, search);
    return query.next() ? query.integer(0) : 0;
}

QList<QJsonObject> QueryService::familyCharges(const QString& familyId)
{
    followViewsFile();
    Query query = m_views->query(
        "SELECT charge_id, family_id, month, amount_cents, due_date, allocated_cents, "
        "settled_on, days_late FROM family_charges WHERE family_id = ? "
        "ORDER BY due_date, charge_position");
    query.bind(1, familyId);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row());
    return rows;
}

QList<QJsonObject> QueryService::familyPayments(const QString& familyId)
{
    followViewsFile();
    Query query = m_views->query(
        "SELECT payment_id, family_id, amount_cents, date, payment_method, transaction_id, "
        "position FROM family_payments WHERE family_id = ? ORDER BY position");
    query.bind(1, familyId);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row());
    return rows;
}

QList<QJsonObject> QueryService::listAtRiskFamilies(int minRisk, QDate asOf, qint64 limit)
{
    followViewsFile();
    Query query = m_views->query(
        "SELECT family_id, family_name, risk_score, risk_tier, risk_factors, "
        "recommended_intervention, intervention_priority, days_until_predicted_withdrawal, "
        "last_contact_date, last_contact_method, preferred_contact_channel, "
        "assigned_coordinator, last_updated FROM at_risk_families_view WHERE risk_score >= ? "
        "ORDER BY intervention_priority DESC, risk_score DESC, family_name COLLATE NOCASE, "
        "family_id LIMIT ?");
    query.bind(1, std::max(minRisk, 70)).bind(2, limit);
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row = query.row({QStringLiteral("risk_factors")});
        const QJsonValue contact = row.value(QStringLiteral("last_contact_date"));
        row.insert(QStringLiteral("days_since_contact"),
                   contact.isString()
                       ? QJsonValue(std::max<qint64>(
                             0, QDate::fromString(contact.toString(), Qt::ISODate).daysTo(asOf)))
                       : QJsonValue());
        rows.append(row);
    }
    return rows;
}

QList<QJsonObject> QueryService::getFamiliesByRiskTier()
{
    followViewsFile();
    // One statement, so one state of the table: a family moving between
    // tiers while the projector commits is never counted twice or missed.
    Query query = m_views->query("SELECT risk_tier, families, engagement_sum, risk_sum "
                                 "FROM risk_tier_summary WHERE families > 0");
    QHash<QString, QJsonObject> byTier;
    while (query.next()) {
        const qint64 count = query.integer(1);
        byTier.insert(
            query.text(0),
            {{QStringLiteral("risk_tier"), query.text(0)},
             {QStringLiteral("count"), count},
             {QStringLiteral("avg_engagement"), roundedHalfUp(query.integer(2), count, 2)},
             {QStringLiteral("avg_risk"), roundedHalfUp(query.integer(3), count, 2)}});
    }
    QList<QJsonObject> rows;
    for (const char* tier : {"critical", "high", "medium", "low"}) {
        const auto found = byTier.constFind(QString::fromLatin1(tier));
        if (found != byTier.constEnd())
            rows.append(found.value());
    }
    return rows;
}

QList<QJsonObject> QueryService::getPaymentAnalytics(const QString& fromMonth,
                                                     const QString& toMonth, QDate asOf)
{
    followViewsFile();
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    // families_overdue(as_of) (SPEC 4.3): the families with an unsettled charge
    // of the month due before as_of. When every open charge of the month is
    // due before as_of, those are all the month's unsettled families
    // (families_unsettled); when none is, there are none. Both are told by
    // the month's earliest and latest open due date, two index seeks. Only a
    // month whose open charges fall due on both sides of as_of is counted,
    // and then only its charges due before as_of are read.
    Query query = m_views->query(
        "SELECT month, families_active, families_paid_on_time, families_paid_late, "
        "families_unsettled, revenue_expected_cents, revenue_collected_cents, "
        "revenue_outstanding_cents, avg_payment_days_late, median_payment_days_late, "
        "payment_method_breakdown, "
        "(SELECT min(due_date) FROM payment_analytics_open_charges o "
        " WHERE o.month = v.month) < ?3 AS some_open_overdue, "
        "(SELECT max(due_date) FROM payment_analytics_open_charges o "
        " WHERE o.month = v.month) < ?3 AS all_open_overdue "
        "FROM payment_analytics_view v WHERE month >= ?1 AND month <= ?2 ORDER BY month DESC");
    const QString asOfText = text::formatDate(asOf);
    query.bind(1, fromMonth.isEmpty() ? QStringLiteral("0000-00") : fromMonth)
        .bind(2, toMonth.isEmpty() ? QStringLiteral("9999-99") : toMonth)
        .bind(3, asOfText);
    const QString someOverdue = QStringLiteral("some_open_overdue");
    const QString allOverdue = QStringLiteral("all_open_overdue");
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row = query.row({QStringLiteral("payment_method_breakdown")});
        // Null without open charges; 1 or 0 otherwise.
        const qint64 some = row.take(someOverdue).toInteger(0);
        const qint64 all = row.take(allOverdue).toInteger(0);
        qint64 overdue = 0;
        if (all == 1) {
            overdue = row.value(QStringLiteral("families_unsettled")).toInteger();
        } else if (some == 1) {
            Query count = m_views->query(
                "SELECT count(DISTINCT family_id) FROM payment_analytics_open_charges "
                "WHERE month = ? AND due_date < ?");
            count.bind(1, row.value(QStringLiteral("month")).toString()).bind(2, asOfText);
            overdue = count.next() ? count.integer(0) : 0;
        }
        row.insert(QStringLiteral("families_overdue"), overdue);
        rows.append(row);
    }
    return rows;
}

QList<QJsonObject> QueryService::getOverdueFamilies(QDate asOf)
{
    followViewsFile();
    // family_charges holds live charges only; one statement, one state of both tables.
    Query query = m_views->query(
        "SELECT c.family_id, f.family_name, f.parent_name, f.email, f.phone, "
        "sum(c.amount_cents - c.allocated_cents) AS amount_overdue_cents, "
        "min(c.due_date) AS oldest_due_date "
        "FROM family_charges c JOIN family_read_model f ON f.family_id = c.family_id "
        "WHERE c.settled_on IS NULL AND c.due_date < ? GROUP BY c.family_id "
        "ORDER BY oldest_due_date, f.family_name COLLATE NOCASE, c.family_id");
    query.bind(1, text::formatDate(asOf));
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row());
    return rows;
}

QHash<QString, qint64> QueryService::overdueCentsByMonth(const QString& fromMonth,
                                                         const QString& toMonth, QDate asOf)
{
    followViewsFile();
    Query query =
        m_views->query("SELECT month, sum(amount_cents - allocated_cents) FROM family_charges "
                       "WHERE settled_on IS NULL AND due_date < ?1 AND month >= ?2 AND month <= ?3 "
                       "GROUP BY month");
    query.bind(1, text::formatDate(asOf))
        .bind(2, fromMonth.isEmpty() ? QStringLiteral("0000-00") : fromMonth)
        .bind(3, toMonth.isEmpty() ? QStringLiteral("9999-99") : toMonth);
    QHash<QString, qint64> cents;
    while (query.next())
        cents.insert(query.text(0), query.integer(1));
    return cents;
}

QList<QJsonObject> QueryService::chargeAllCandidates(const QString& month, const QString& chargeId)
{
    followViewsFile();
    Query query = m_views->query(
        "SELECT f.family_id, f.family_name, f.parent_name, f.children_count, "
        "EXISTS (SELECT 1 FROM family_charges c WHERE c.family_id = f.family_id "
        " AND c.charge_id = ?2) AS holds_charge, "
        "(SELECT json_group_array(charge_id) FROM (SELECT charge_id FROM family_charges c "
        " WHERE c.family_id = f.family_id AND c.month = ?1 AND c.charge_id <> ?2 "
        " ORDER BY charge_position)) AS other_charges, "
        "(SELECT amount_cents FROM family_charges c WHERE c.family_id = f.family_id "
        " AND c.month < ?1 ORDER BY c.month DESC, c.charge_position DESC LIMIT 1) "
        " AS last_amount_cents "
        "FROM family_read_model f WHERE f.status = 'enrolled' "
        "ORDER BY f.family_name COLLATE NOCASE, f.family_id");
    query.bind(1, month).bind(2, chargeId);
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row = query.row({QStringLiteral("other_charges")});
        row.insert(QStringLiteral("holds_charge"),
                   row.value(QStringLiteral("holds_charge")).toInteger() != 0);
        rows.append(row);
    }
    return rows;
}

QList<QJsonObject> QueryService::getCashReceipts(const QString& fromMonth, const QString& toMonth)
{
    followViewsFile();
    Query query = m_views->query(
        "SELECT month, payments_count, families_paying, received_cents, payment_method_breakdown "
        "FROM cash_receipts_view WHERE month >= ? AND month <= ? ORDER BY month DESC");
    query.bind(1, fromMonth.isEmpty() ? QStringLiteral("0000-00") : fromMonth)
        .bind(2, toMonth.isEmpty() ? QStringLiteral("9999-99") : toMonth);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row({QStringLiteral("payment_method_breakdown")}));
    return rows;
}

QJsonObject QueryService::creditOnAccount()
{
    followViewsFile();
    Query query = m_views->query("SELECT count(*), coalesce(-sum(balance_cents), 0) "
                                 "FROM family_read_model WHERE balance_cents < 0");
    query.next();
    return {{QStringLiteral("families"), query.integer(0)},
            {QStringLiteral("credit_cents"), query.integer(1)}};
}

QList<QJsonObject> QueryService::searchFamilies(const QString& term, int limit)
{
    followViewsFile();
    // The search may take several statements: one snapshot for all of them.
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    const std::optional<SearchMatch> search = m_searchPlanner->plan(term);
    if (!search)
        return {};
    Query query = m_views->query(
        statement(familySelect() + QStringLiteral(" WHERE family_id IN (") + search->sql +
                  QStringLiteral(") ORDER BY family_name COLLATE NOCASE, family_id LIMIT :limit")));
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":search"), search->parameter);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":limit"), qint64{limit});
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(familyRow(query));
    return rows;
}

QList<QJsonObject> QueryService::familyHistory(const QString& familyId)
{
    QList<QJsonObject> rows;
    for (const RecordedEvent& event : m_store->readStream(familyId))
        rows.append(event.toJson());
    return rows;
}

QList<QJsonObject> QueryService::projectionStatus(const QDateTime& now)
{
    followViewsFile();
    const qint64 head = headPosition();
    QDateTime headRecordedAt;
    if (head > 0) {
        const QList<RecordedEvent> last = m_store->readAfter(head - 1, 1);
        if (!last.isEmpty())
            headRecordedAt = QDateTime::fromString(last.first().recordedAt, Qt::ISODateWithMs);
    }
    Query query = m_views->query(
        "SELECT projection_name, projection_version, last_position, last_event_id, "
        "last_event_timestamp, events_processed, status, last_error, error_position, updated_at "
        "FROM projection_checkpoints ORDER BY projection_name");
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row = query.row();
        const qint64 lagEvents = std::max<qint64>(0, head - query.integer(2));
        row.insert(QStringLiteral("head_position"), head);
        row.insert(QStringLiteral("lag_events"), lagEvents);
        row.insert(QStringLiteral("lag_ms"), lagEvents > 0 && headRecordedAt.isValid()
                                                 ? std::max<qint64>(0, headRecordedAt.msecsTo(now))
                                                 : 0);
        rows.append(row);
    }
    return rows;
}

QString QueryService::activityWhere(const ActivityFilter& filter) const
{
    QStringList conditions;
    if (!filter.eventType.isEmpty())
        conditions << QStringLiteral("a.event_type = :type");
    if (!filter.userId.isEmpty())
        conditions << QStringLiteral("a.user_id = :user");
    if (!filter.familyId.isEmpty())
        conditions << QStringLiteral("a.family_id = :family");
    if (filter.from.isValid())
        conditions << QStringLiteral("a.recorded_at >= :from");
    if (filter.to.isValid())
        conditions << QStringLiteral("a.recorded_at < :to");
    if (filter.upToPosition > 0)
        conditions << QStringLiteral("a.position <= :upto");
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void QueryService::bindActivityFilter(Query& query, const ActivityFilter& filter) const
{
    sqlite3_stmt* statement = query.statementHandle();
    const auto bind = [&](const char* name, const QString& value) {
        const int index = sqlite3_bind_parameter_index(statement, name);
        if (index > 0)
            query.bind(index, value);
    };
    bind(":type", filter.eventType);
    bind(":user", filter.userId);
    bind(":family", filter.familyId);
    if (filter.from.isValid())
        bind(":from", text::formatDate(filter.from));
    if (filter.to.isValid())
        bind(":to", text::formatDate(filter.to.addDays(1)));
    if (filter.upToPosition > 0)
        query.bind(sqlite3_bind_parameter_index(statement, ":upto"), filter.upToPosition);
}

QList<QJsonObject> QueryService::activity(const ActivityFilter& filter, qint64 offset, qint64 limit)
{
    followViewsFile();
    const QString sql =
        QStringLiteral("SELECT a.position, a.event_type, a.family_id, f.family_name, a.user_id, "
                       "a.recorded_at, a.event_date FROM activity_log a "
                       "LEFT JOIN family_read_model f ON f.family_id = a.family_id") +
        activityWhere(filter) +
        QStringLiteral(" ORDER BY a.position DESC LIMIT :limit OFFSET :offset");
    Query query = m_views->query(statement(sql));
    bindActivityFilter(query, filter);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":limit"), limit);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":offset"), offset);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row());
    return rows;
}

qint64 QueryService::countActivity(const ActivityFilter& filter)
{
    followViewsFile();
    Query query = m_views->query(
        statement(QStringLiteral("SELECT count(*) FROM activity_log a") + activityWhere(filter)));
    bindActivityFilter(query, filter);
    return query.next() ? query.integer(0) : 0;
}

QStringList QueryService::activityUsers()
{
    followViewsFile();
    Query query = m_views->query("SELECT DISTINCT user_id FROM activity_log ORDER BY user_id");
    QStringList users;
    while (query.next())
        users.append(query.text(0));
    return users;
}

QList<QJsonObject> QueryService::skippedEvents()
{
    followViewsFile();
    // SPEC 6: the store holds the skips; the views file has a copy,
    // which is all there is in a schema-1 file opened read-only.
    QList<SkipRecord> recorded = m_store->skipsAfter(0);
    if (!recorded.isEmpty()) {
        std::stable_sort(recorded.begin(), recorded.end(),
                         [](const SkipRecord& a, const SkipRecord& b) {
                             if (a.skippedAt != b.skippedAt)
                                 return a.skippedAt > b.skippedAt;
                             if (a.position != b.position)
                                 return a.position > b.position;
                             return a.projectionName < b.projectionName;
                         });
        QList<QJsonObject> rows;
        for (const SkipRecord& skip : std::as_const(recorded))
            rows.append(skip.toJson());
        return rows;
    }
    Query query = m_views->query(
        "SELECT projection_name, position, event_id, event_type, error, skipped_by, skipped_at "
        "FROM skipped_events ORDER BY skipped_at DESC, position DESC, projection_name");
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(query.row());
    return rows;
}

qint64 QueryService::headPosition()
{
    return m_store->headPosition();
}

} // namespace coopdesk
