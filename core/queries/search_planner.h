#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coopdesk {

class SqliteConnection;

// The families a search term matches: a statement selecting family_id
// and the value of its :search parameter.
struct SearchMatch
{
    QString sql;
    QString parameter;
};

// Turns the search box's term into a SearchMatch over the views file's
// search tables (SearchProjection). Lives no longer than its connection,
// on which it registers coopdesk_fold, the function its statements call.
class SearchPlanner
{
public:
    explicit SearchPlanner(SqliteConnection& views);
    ~SearchPlanner();
    SearchPlanner(const SearchPlanner&) = delete;
    SearchPlanner& operator=(const SearchPlanner&) = delete;

    // nullopt for a term that is empty once trimmed (no search).
    std::optional<SearchMatch> plan(const QString& search);

private:
    class Tokenizer;

    std::optional<QStringList> searchByRareTrigrams(const QString& term);

    SqliteConnection& m_views;
    std::unique_ptr<Tokenizer> m_tokenizer;
};

} // namespace coopdesk
