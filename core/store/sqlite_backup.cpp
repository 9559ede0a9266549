#include "sqlite_backup.h"

#include "coop_file.h"
#include "storage_error.h"

#include <QFile>

#include <sqlite3.h>

namespace coopdesk::coopfile {

void backup(SqliteConnection& source, const QString& target)
{
    createPrivateFile(target);
    try {
        SqliteConnection copy(target, SqliteConnection::Mode::ReadWrite);
        sqlite3_backup* job = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!job)
            copy.fail(sqlite3_errcode(copy.handle()));
        // Every page in one step: one read transaction on the source, so the
        // copy is one snapshot however fast others append (stepping page by
        // page would start over after each of their commits).
        const int stepped = sqlite3_backup_step(job, -1);
        const int finished = sqlite3_backup_finish(job);
        if (stepped != SQLITE_DONE)
            copy.fail(stepped);
        if (finished != SQLITE_OK)
            copy.fail(finished);
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        throw;
    }
}

} // namespace coopdesk::coopfile
