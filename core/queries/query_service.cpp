#include "query_service.h"

#include "domain/family_record.h"
#include "domain/text_rules.h"
#include "projections/views_file.h"

#include <QJsonArray>

#include <sqlite3.h>

namespace coopdesk {

namespace {

const QStringList familyJsonColumns{QStringLiteral("children_names"),
                                    QStringLiteral("risk_factors")};

QString familySelect()
{
    return QStringLiteral("SELECT ") + familyColumns().join(QStringLiteral(", "))
        + QStringLiteral(" FROM family_read_model");
}

// Search text as an FTS5 phrase: inside double quotes, quotes doubled.
QString ftsPhrase(const QString& term)
{
    QString phrase = term;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + u'"';
}

// coopdesk_fold(text): Unicode case folding, for searching terms shorter
// than a trigram by scanning.
void foldFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded =
        QString::fromUtf8(text, sqlite3_value_bytes(arguments[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()),
                        SQLITE_TRANSIENT);
}

// The family ids whose search document contains the (trimmed) term.
QString searchMatchSql(const QString& term)
{
    if (text::codePointCount(term) >= 3)
        return QStringLiteral("SELECT d.family_id FROM family_search s JOIN family_search_docs d "
                              "ON d.doc = s.rowid WHERE family_search MATCH :search");
    return QStringLiteral(
        "SELECT d.family_id FROM family_search s JOIN family_search_docs d ON d.doc = s.rowid "
        "WHERE instr(coopdesk_fold(s.family_name), :search) > 0 "
        "OR instr(coopdesk_fold(s.parent_name), :search) > 0 "
        "OR instr(coopdesk_fold(s.email), :search) > 0 "
        "OR instr(coopdesk_fold(s.children), :search) > 0");
}

QString searchParameter(const QString& term)
{
    return text::codePointCount(term) >= 3 ? ftsPhrase(term) : term.toCaseFolded();
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace

QueryService::QueryService(const QString& coopPath)
{
    StoreOptions readOnly;
    readOnly.readOnly = true;
    m_store = std::make_unique<SqliteEventStore>(coopPath, readOnly);
    m_views = viewsfile::openForReading(viewsfile::pathFor(coopPath));
    sqlite3_create_function_v2(m_views->handle(), "coopdesk_fold", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr,
                               nullptr, nullptr);
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
    static const QStringList columns = names(
        {"month", "families_active", "families_paid_on_time", "families_paid_late",
         "families_unsettled", "families_overdue", "revenue_expected_cents",
         "revenue_collected_cents", "revenue_outstanding_cents", "avg_payment_days_late",
         "median_payment_days_late", "payment_method_breakdown"});
    return columns;
}

const QStringList& QueryService::statusColumns()
{
    static const QStringList columns = names(
        {"projection_name", "projection_version", "last_position", "last_event_id",
         "last_event_timestamp", "events_processed", "status", "last_error", "error_position",
         "updated_at", "head_position", "lag_events", "lag_ms"});
    return columns;
}

const QStringList& QueryService::activityColumns()
{
    static const QStringList columns = names(
        {"position", "event_type", "family_id", "family_name", "user_id", "recorded_at",
         "event_date"});
    return columns;
}

QJsonObject QueryService::familyRow(const Query& query) const
{
    return query.row(familyJsonColumns);
}

std::optional<QJsonObject> QueryService::getFamily(const QString& familyId)
{
    Query query = m_views->query(statement(familySelect() + QStringLiteral(" WHERE family_id = ?")));
    query.bind(1, familyId);
    if (!query.next())
        return std::nullopt;
    return familyRow(query);
}

QString QueryService::familyWhere(const FamilyFilter& filter) const
{
    QStringList conditions;
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("status = :status");
    if (!filter.tier.isEmpty())
        conditions << QStringLiteral("risk_tier = :tier");
    const QString term = text::trimmed(filter.search);
    if (!term.isEmpty())
        conditions << QStringLiteral("family_id IN (") + searchMatchSql(term) + u')';
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void QueryService::bindFamilyFilter(Query& query, const FamilyFilter& filter) const
{
    sqlite3_stmt* statement = query.statementHandle();
    const auto bind = [&](const char* name, const QString& value) {
        const int index = sqlite3_bind_parameter_index(statement, name);
        if (index > 0)
            query.bind(index, value);
    };
    bind(":status", filter.status);
    bind(":tier", filter.tier);
    const QString term = text::trimmed(filter.search);
    if (!term.isEmpty())
        bind(":search", searchParameter(term));
}

QList<QJsonObject> QueryService::listFamilies(const FamilyFilter& filter, const FamilySort& sort,
                                              qint64 offset, qint64 limit)
{
    const QString column =
        sortableColumns().contains(sort.column) ? sort.column : QStringLiteral("family_name");
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    const QString collate =
        column == QLatin1String("family_name") || column == QLatin1String("assigned_coordinator")
        ? QStringLiteral(" COLLATE NOCASE")
        : QString();
    const QString sql = familySelect() + familyWhere(filter) + QStringLiteral(" ORDER BY ")
        + column + collate + direction + QStringLiteral(", family_id") + direction
        + QStringLiteral(" LIMIT :limit OFFSET :offset");
    Query query = m_views->query(statement(sql));
    bindFamilyFilter(query, filter);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":limit"), limit);
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":offset"), offset);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(familyRow(query));
    return rows;
}

qint64 QueryService::countFamilies(const FamilyFilter& filter)
{
    Query query = m_views->query(
        statement(QStringLiteral("SELECT count(*) FROM family_read_model") + familyWhere(filter)));
    bindFamilyFilter(query, filter);
    return query.next() ? query.integer(0) : 0;
}

QList<QJsonObject> QueryService::familyCharges(const QString& familyId)
{
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

QList<QJsonObject> QueryService::listAtRiskFamilies(int minRisk, QDate asOf, qint64 limit)
{
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
    // One statement, so one state of the table: a family moving between
    // tiers while the projector commits is never counted twice or missed.
    Query query = m_views->query("SELECT risk_tier, families, engagement_sum, risk_sum "
                                 "FROM risk_tier_summary WHERE families > 0");
    QHash<QString, QJsonObject> byTier;
    while (query.next()) {
        const qint64 count = query.integer(1);
        byTier.insert(query.text(0),
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
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    Query query = m_views->query(
        "SELECT month, families_active, families_paid_on_time, families_paid_late, "
        "families_unsettled, revenue_expected_cents, revenue_collected_cents, "
        "revenue_outstanding_cents, avg_payment_days_late, median_payment_days_late, "
        "payment_method_breakdown FROM payment_analytics_view "
        "WHERE month >= ? AND month <= ? ORDER BY month DESC");
    query.bind(1, fromMonth.isEmpty() ? QStringLiteral("0000-00") : fromMonth)
        .bind(2, toMonth.isEmpty() ? QStringLiteral("9999-99") : toMonth);
    const QString asOfText = text::formatDate(asOf);
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row = query.row({QStringLiteral("payment_method_breakdown")});
        Query overdue = m_views->query(
            "SELECT count(DISTINCT family_id) FROM payment_analytics_open_charges "
            "WHERE month = ? AND due_date < ?");
        overdue.bind(1, row.value(QStringLiteral("month")).toString()).bind(2, asOfText);
        row.insert(QStringLiteral("families_overdue"), overdue.next() ? overdue.integer(0) : 0);
        rows.append(row);
    }
    return rows;
}

QList<QJsonObject> QueryService::searchFamilies(const QString& term, int limit)
{
    const QString trimmed = text::trimmed(term);
    if (trimmed.isEmpty())
        return {};
    Query query = m_views->query(statement(
        familySelect() + QStringLiteral(" WHERE family_id IN (") + searchMatchSql(trimmed)
        + QStringLiteral(") ORDER BY family_name COLLATE NOCASE, family_id LIMIT :limit")));
    query.bind(sqlite3_bind_parameter_index(query.statementHandle(), ":search"),
               searchParameter(trimmed));
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
        row.insert(QStringLiteral("lag_ms"),
                   lagEvents > 0 && headRecordedAt.isValid()
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
    return conditions.isEmpty() ? QString()
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

QList<QJsonObject> QueryService::activity(const ActivityFilter& filter, qint64 offset,
                                          qint64 limit)
{
    const QString sql =
        QStringLiteral("SELECT a.position, a.event_type, a.family_id, f.family_name, a.user_id, "
                       "a.recorded_at, a.event_date FROM activity_log a "
                       "LEFT JOIN family_read_model f ON f.family_id = a.family_id")
        + activityWhere(filter)
        + QStringLiteral(" ORDER BY a.position DESC LIMIT :limit OFFSET :offset");
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
    Query query = m_views->query(statement(QStringLiteral("SELECT count(*) FROM activity_log a")
                                           + activityWhere(filter)));
    bindActivityFilter(query, filter);
    return query.next() ? query.integer(0) : 0;
}

QStringList QueryService::activityUsers()
{
    Query query = m_views->query("SELECT DISTINCT user_id FROM activity_log ORDER BY user_id");
    QStringList users;
    while (query.next())
        users.append(query.text(0));
    return users;
}

QList<QJsonObject> QueryService::skippedEvents()
{
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
