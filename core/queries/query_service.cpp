#include "query_service.h"

#include "domain/family_record.h"
#include "domain/text_rules.h"
#include "projections/search_projection.h"
#include "projections/views_file.h"
#include "store/skip_log.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace coopdesk {

namespace {

const QStringList familyJsonColumns{QStringLiteral("children_names"),
                                    QStringLiteral("risk_factors")};

QString familySelect()
{
    return QStringLiteral("SELECT ") + familyColumns().join(QStringLiteral(", ")) +
           QStringLiteral(" FROM family_read_model");
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

// A trigram is rare when fewer documents than this hold it. A phrase of rare
// trigrams matches fewer documents than this, each then checked in full.
constexpr qint64 rareTrigramDocuments = 1000;
// How many of a term's trigrams are looked up in the index, at most.
constexpr qsizetype trigramProbes = 16;
// Enough rare trigrams in a row to stop looking up more.
constexpr qsizetype rareRunEnough = 3;

using Tokens = std::vector<std::string>;

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace

// The search index's own tokenizer (SearchProjection::tokenizer), from the
// connection's FTS5 module: the tokens of a term and of a document are the
// ones the index holds, and the term's phrase matches a column exactly when
// the column's tokens contain the term's tokens in a row.
class QueryService::SearchTokenizer
{
public:
    explicit SearchTokenizer(sqlite3* db)
    {
        fts5_api* api = nullptr;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(statement);
        }
        sqlite3_finalize(statement);
        void* context = nullptr;
        if (api &&
            api->xFindTokenizer(api, SearchProjection::tokenizer, &context, &m_module) ==
                SQLITE_OK &&
            m_module.xCreate(context, nullptr, 0, &m_tokenizer) != SQLITE_OK)
            m_tokenizer = nullptr;
    }
    ~SearchTokenizer()
    {
        if (m_tokenizer)
            m_module.xDelete(m_tokenizer);
    }
    SearchTokenizer(const SearchTokenizer&) = delete;
    SearchTokenizer& operator=(const SearchTokenizer&) = delete;

    bool isValid() const { return m_tokenizer != nullptr; }

    // False when tokens are not one per position (synonyms), which
    // a plain comparison of sequences would not match as FTS5 does.
    bool tokenize(const QByteArray& utf8, int flags, Tokens& tokens) const
    {
        tokens.clear();
        Collected collected{&tokens, false};
        const int result = m_module.xTokenize(
            m_tokenizer, &collected, flags, utf8.constData(), static_cast<int>(utf8.size()),
            [](void* context, int tokenFlags, const char* token, int size, int, int) {
                auto* into = static_cast<Collected*>(context);
                if (tokenFlags & FTS5_TOKEN_COLOCATED)
                    into->colocated = true;
                into->tokens->emplace_back(token, static_cast<std::size_t>(size));
                return SQLITE_OK;
            });
        return result == SQLITE_OK && !collected.colocated;
    }

private:
    struct Collected
    {
        Tokens* tokens;
        bool colocated;
    };

    fts5_tokenizer m_module{};
    Fts5Tokenizer* m_tokenizer = nullptr;
};

QueryService::QueryService(const QString& coopPath, const QString& viewsPath)
    : m_viewsPath(viewsPath.isEmpty() ? viewsfile::pathFor(coopPath) : viewsPath)
{
    StoreOptions readOnly;
    readOnly.readOnly = true;
    m_store = std::make_unique<SqliteEventStore>(coopPath, readOnly);
    m_views = openViews();
    m_searchTokenizer = std::make_unique<SearchTokenizer>(m_views->handle());
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
    sqlite3_create_function_v2(views->handle(), "coopdesk_fold", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr,
                               nullptr, nullptr);
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
    m_searchTokenizer.reset();
    viewsfile::close(m_views);
    m_views = std::move(views);
    m_searchTokenizer = std::make_unique<SearchTokenizer>(m_views->handle());
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
    return query.row(familyJsonColumns);
}

std::optional<QJsonObject> QueryService::getFamily(const QString& familyId)
{
    followViewsFile();
    Query query =
        m_views->query(statement(familySelect() + QStringLiteral(" WHERE family_id = ?")));
    query.bind(1, familyId);
    if (!query.next())
        return std::nullopt;
    return familyRow(query);
}

// A term of three or more code points is a phrase of the trigram index. FTS5
// finds a phrase by stepping through every one of its trigrams' documents
// together, so a trigram held by most documents (the "Family" of "Family
// 12345") costs a walk through most of the index whatever the term. The
// trigrams held by few documents find the candidates on their own; each
// candidate's columns are then tokenized with the index's tokenizer and
// kept when they hold the whole term's trigrams in a row: the same families
// as the phrase would give. A term with no rare trigram has no cheaper way in
// than its phrase, and one with only rare trigrams is a cheap phrase: both
// use the phrase (nullopt).
std::optional<QStringList> QueryService::searchByRareTrigrams(const QString& term)
{
    if (!m_searchTokenizer->isValid() || term.contains(QChar(u'\0')))
        return std::nullopt;
    const QByteArray utf8 = term.toUtf8();
    Tokens phrase;
    if (!m_searchTokenizer->tokenize(utf8, FTS5_TOKENIZE_QUERY, phrase))
        return std::nullopt;
    // Trigram i covers code points i, i + 1 and i + 2 of the term.
    QList<qsizetype> codePointStarts;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if ((static_cast<uchar>(utf8.at(i)) & 0xC0) != 0x80)
            codePointStarts.append(i);
    }
    codePointStarts.append(utf8.size());
    const auto trigrams = static_cast<qsizetype>(phrase.size());
    if (trigrams == 0 || trigrams != codePointStarts.size() - 1 - 2)
        return std::nullopt;
    const auto piece = [&](qsizetype first, qsizetype last) {
        return ftsPhrase(QString::fromUtf8(utf8.mid(
            codePointStarts.at(first), codePointStarts.at(last + 3) - codePointStarts.at(first))));
    };

    // The candidates: the last run of rare trigrams, as a phrase (a document
    // holding the term holds it). Looked up from the last trigram back, as
    // the end of a term is usually its most specific part (a surname or a
    // number after a common word, the letters just typed), until that run
    // ends or is rareRunEnough long.
    qsizetype runEnd = -1; // the run's last trigram
    qsizetype runStart = -1;
    for (qsizetype i = trigrams - 1; i >= 0; --i) {
        if (i == trigrams - 1 - trigramProbes)
            break;
        Query probe = m_views->query("SELECT count(*) FROM (SELECT 1 FROM family_search "
                                     "WHERE family_search MATCH ? LIMIT ?)");
        probe.bind(1, piece(i, i)).bind(2, rareTrigramDocuments);
        const bool rare = probe.next() && probe.integer(0) < rareTrigramDocuments;
        if (!rare) {
            if (runEnd >= 0)
                break;
            continue;
        }
        if (runEnd < 0)
            runEnd = i;
        runStart = i;
        if (runEnd - runStart + 1 == rareRunEnough)
            break;
    }
    // No rare trigram: many documents match. All of them rare: the phrase is cheap.
    if (runEnd < 0 || (runStart == 0 && runEnd == trigrams - 1))
        return std::nullopt;

    Query candidates =
        m_views->query("SELECT d.family_id, s.family_name, s.parent_name, s.email, s.children "
                       "FROM family_search s JOIN family_search_docs d ON d.doc = s.rowid "
                       "WHERE family_search MATCH ?");
    candidates.bind(1, piece(runStart, runEnd));
    QStringList familyIds;
    Tokens tokens;
    while (candidates.next()) {
        for (int column = 1; column <= 4; ++column) {
            if (candidates.isNull(column))
                continue;
            if (!m_searchTokenizer->tokenize(candidates.bytes(column), FTS5_TOKENIZE_DOCUMENT,
                                             tokens))
                return std::nullopt;
            if (std::search(tokens.cbegin(), tokens.cend(), phrase.cbegin(), phrase.cend()) !=
                tokens.cend()) {
                familyIds.append(candidates.text(0));
                break;
            }
        }
    }
    return familyIds;
}

std::optional<QueryService::SearchMatch> QueryService::searchMatch(const QString& search)
{
    const QString term = text::trimmed(search);
    if (term.isEmpty())
        return std::nullopt;
    if (text::codePointCount(term) >= 3) {
        if (const std::optional<QStringList> ids = searchByRareTrigrams(term)) {
            return SearchMatch{QStringLiteral("SELECT value FROM json_each(:search)"),
                               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids))
                                                     .toJson(QJsonDocument::Compact))};
        }
    }
    return SearchMatch{searchMatchSql(term), searchParameter(term)};
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
    const std::optional<SearchMatch> search = searchMatch(filter.search);
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
    const std::optional<SearchMatch> search = searchMatch(filter.search);
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

QList<QJsonObject> QueryService::searchFamilies(const QString& term, int limit)
{
    followViewsFile();
    // The search may take several statements: one snapshot for all of them.
    Transaction snapshot(*m_views, Transaction::Kind::Deferred);
    const std::optional<SearchMatch> search = searchMatch(term);
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
    // SPEC 6: the co-op file holds the skips; the views file has a copy,
    // which is all there is in a schema-1 file opened read-only.
    QList<SkipRecord> recorded = skiplog::readAfter(m_store->connection(), 0);
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
