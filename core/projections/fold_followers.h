#pragma once

#include "store/sqlite_connection.h"

#include <QSet>
#include <QString>

// Which projections follow the family read model's fold instead of keeping
// their own (family_fold_projection.h): the views file's
// family_fold_followers table, read and changed inside the Projector's
// transactions so that every process projecting the file agrees.
namespace coopdesk::foldfollowers {

void createTable(SqliteConnection& views);
QSet<QString> read(SqliteConnection& views);
void add(SqliteConnection& views, const QString& projectionName);
void remove(SqliteConnection& views, const QString& projectionName);

} // namespace coopdesk::foldfollowers
