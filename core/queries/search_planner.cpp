#include "search_planner.h"

#include "domain/text_rules.h"
#include "projections/search_projection.h"
#include "store/sqlite_connection.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace coopdesk {

namespace {

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

} // namespace

// The search index's own tokenizer (SearchProjection::tokenizer), from the
// connection's FTS5 module: the tokens of a term and of a document are the
// ones the index holds, and the term's phrase matches a column exactly when
// the column's tokens contain the term's tokens in a row.
class SearchPlanner::Tokenizer
{
public:
    explicit Tokenizer(sqlite3* db)
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
    ~Tokenizer()
    {
        if (m_tokenizer)
            m_module.xDelete(m_tokenizer);
    }
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

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

SearchPlanner::SearchPlanner(SqliteConnection& views)
    : m_views(views)
{
    sqlite3_create_function_v2(views.handle(), "coopdesk_fold", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr,
                               nullptr, nullptr);
    m_tokenizer = std::make_unique<Tokenizer>(views.handle());
}

SearchPlanner::~SearchPlanner() = default;

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
std::optional<QStringList> SearchPlanner::searchByRareTrigrams(const QString& term)
{
    if (!m_tokenizer->isValid() || term.contains(QChar(u'\0')))
        return std::nullopt;
    const QByteArray utf8 = term.toUtf8();
    Tokens phrase;
    if (!m_tokenizer->tokenize(utf8, FTS5_TOKENIZE_QUERY, phrase))
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
        Query probe = m_views.query("SELECT count(*) FROM (SELECT 1 FROM family_search "
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
        m_views.query("SELECT d.family_id, s.family_name, s.parent_name, s.email, s.children "
                      "FROM family_search s JOIN family_search_docs d ON d.doc = s.rowid "
                      "WHERE family_search MATCH ?");
    candidates.bind(1, piece(runStart, runEnd));
    QStringList familyIds;
    Tokens tokens;
    while (candidates.next()) {
        for (int column = 1; column <= 4; ++column) {
            if (candidates.isNull(column))
                continue;
            if (!m_tokenizer->tokenize(candidates.bytes(column), FTS5_TOKENIZE_DOCUMENT, tokens))
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

std::optional<SearchMatch> SearchPlanner::plan(const QString& search)
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

} // namespace coopdesk
