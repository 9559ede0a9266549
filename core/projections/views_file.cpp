#include "views_file.h"

#include "store/coop_file.h"

#include <QFile>

namespace coopdesk::viewsfile {

namespace {

const char* const schemaSql = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection_name TEXT PRIMARY KEY,
    projection_version INTEGER NOT NULL,
    last_position INTEGER NOT NULL,
    last_event_id TEXT,
    last_event_timestamp TEXT,
    events_processed INTEGER NOT NULL,
    status TEXT NOT NULL,
    last_error TEXT,
    error_position INTEGER,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS skipped_events (
    projection_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    error TEXT,
    skipped_by TEXT NOT NULL,
    skipped_at TEXT NOT NULL,
    PRIMARY KEY (projection_name, position)
) WITHOUT ROWID;
)sql";

QString metaValue(SqliteConnection& views, const char* key)
{
    Query query = views.query("SELECT value FROM meta WHERE key = ?");
    query.bind(1, QString::fromLatin1(key));
    return query.next() ? query.text(0) : QString();
}

// True when the file is one of ours, of this schema, for this co-op file.
bool trustworthy(const QString& path, const QString& coopFileId)
{
    try {
        coopfile::checkSqliteHeader(path, QString());
        SqliteConnection probe(path, SqliteConnection::Mode::ReadOnly);
        if (probe.scalar("PRAGMA application_id") != applicationId)
            return false;
        if (!probe.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'meta'"))
            return false;
        return metaValue(probe, "schema_version") == QString::number(schemaVersion)
            && metaValue(probe, "coop_file_id") == coopFileId;
    } catch (const StorageError&) {
        return false;
    }
}

void initialize(SqliteConnection& views, const QString& coopFileId)
{
    views.execute("PRAGMA journal_mode = WAL");
    Transaction transaction(views, Transaction::Kind::Immediate);
    views.execute(("PRAGMA application_id = " + std::to_string(applicationId)).c_str());
    views.execute(schemaSql);
    views.query("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)")
        .bind(1, QString::number(schemaVersion))
        .run();
    views.query("INSERT OR REPLACE INTO meta (key, value) VALUES ('coop_file_id', ?)")
        .bind(1, coopFileId)
        .run();
    transaction.commit();
}

} // namespace

QString pathFor(const QString& coopPath)
{
    return coopPath + QStringLiteral("-views");
}

void remove(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::unique_ptr<SqliteConnection> openForWriting(const QString& path, const QString& coopFileId,
                                                 bool* recreated)
{
    const bool exists = QFile::exists(path);
    const bool keep = exists && trustworthy(path, coopFileId);
    if (!keep) {
        remove(path);
        coopfile::createPrivateFile(path);
    }
    if (recreated)
        *recreated = !keep;
    auto views = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite);
    views->setBusyTimeout(10000);
    // Disposable: a power cut costs at most a rebuild, never an event.
    views->execute("PRAGMA synchronous = NORMAL");
    // Room for a rebuild's working set; SQLite's default is 2 MiB.
    views->execute("PRAGMA cache_size = -131072");
    if (!keep)
        initialize(*views, coopFileId);
    return views;
}

std::unique_ptr<SqliteConnection> openForReading(const QString& path)
{
    auto views = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadOnly);
    views->setBusyTimeout(5000);
    return views;
}

} // namespace coopdesk::viewsfile
