#pragma once

#include "sqlite_connection.h"

#include <QString>

namespace coopdesk::coopfile {

// Copies the database `source` is connected to into a new file at
// `target` (owner-only; an existing file is never replaced) with SQLite's
// online backup: one consistent snapshot, taken while other connections and
// processes go on appending. A copy that fails half way is removed. Throws
// StorageError.
void backup(SqliteConnection& source, const QString& target);

} // namespace coopdesk::coopfile
