#include "views_mark.h"

#include "store/sqlite_connection.h"

namespace coopdesk::test {

const char* const markViewsSql =
    "INSERT OR REPLACE INTO meta (key, value) VALUES ('test_mark', 'marked')";

void markViewsFile(const QString& viewsPath)
{
    SqliteConnection connection(viewsPath, SqliteConnection::Mode::ReadWrite);
    connection.setBusyTimeout(10000);
    connection.execute(markViewsSql);
}

bool viewsFileIsMarked(const QString& viewsPath)
{
    SqliteConnection connection(viewsPath, SqliteConnection::Mode::ReadOnly);
    connection.setBusyTimeout(10000);
    return connection.scalar("SELECT count(*) FROM meta WHERE key = 'test_mark'") != 0;
}

} // namespace coopdesk::test
