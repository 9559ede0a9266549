#include "fold_followers.h"

namespace coopdesk::foldfollowers {

void createTable(SqliteConnection& views)
{
    views.execute("CREATE TABLE IF NOT EXISTS family_fold_followers ("
                  " projection_name TEXT PRIMARY KEY) WITHOUT ROWID");
}

QSet<QString> read(SqliteConnection& views)
{
    QSet<QString> names;
    Query query = views.query("SELECT projection_name FROM family_fold_followers");
    while (query.next())
        names.insert(query.text(0));
    return names;
}

void add(SqliteConnection& views, const QString& projectionName)
{
    views.query("INSERT OR IGNORE INTO family_fold_followers (projection_name) VALUES (?)")
        .bind(1, projectionName)
        .run();
}

void remove(SqliteConnection& views, const QString& projectionName)
{
    views.query("DELETE FROM family_fold_followers WHERE projection_name = ?")
        .bind(1, projectionName)
        .run();
}

} // namespace coopdesk::foldfollowers
