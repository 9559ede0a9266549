#include "skip_log.h"

namespace coopdesk {

namespace {

const char* const tableSql = R"sql(
CREATE TABLE IF NOT EXISTS projection_skips (
    skip_id INTEGER PRIMARY KEY,
    projection_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    error TEXT,
    skipped_by TEXT NOT NULL,
    skipped_at TEXT NOT NULL,
    UNIQUE (projection_name, position)
);

CREATE TRIGGER IF NOT EXISTS projection_skips_are_append_only_update
BEFORE UPDATE ON projection_skips
BEGIN SELECT RAISE(ABORT, 'skips are append-only: UPDATE is not allowed'); END;

CREATE TRIGGER IF NOT EXISTS projection_skips_are_append_only_delete
BEFORE DELETE ON projection_skips
BEGIN SELECT RAISE(ABORT, 'skips are append-only: DELETE is not allowed'); END;

-- As for events: INSERT OR REPLACE would delete the row it collides with.
CREATE TRIGGER IF NOT EXISTS projection_skips_are_append_only_replace
BEFORE INSERT ON projection_skips
WHEN EXISTS (SELECT 1 FROM projection_skips WHERE skip_id = NEW.skip_id
             OR (projection_name = NEW.projection_name AND position = NEW.position))
BEGIN SELECT RAISE(ABORT, 'skips are append-only: REPLACE is not allowed'); END;
)sql";

bool hasTable(SqliteConnection& coop)
{
    return coop.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                       "AND name = 'projection_skips'") != 0;
}

} // namespace

namespace skiplog {

void createTable(SqliteConnection& coop)
{
    coop.execute(tableSql);
}

Query& bindColumns(Query& query, const SkipRecord& skip)
{
    return query.bind(1, skip.projectionName)
        .bind(2, skip.position)
        .bind(3, skip.eventId)
        .bind(4, skip.eventType)
        .bind(5, skip.error.isEmpty() ? std::nullopt : std::optional(skip.error))
        .bind(6, skip.skippedBy)
        .bind(7, skip.skippedAt);
}

void record(SqliteConnection& coop, const SkipRecord& skip)
{
    Transaction transaction(coop, Transaction::Kind::Immediate);
    insert(coop, skip);
    transaction.commit();
}

void insert(SqliteConnection& coop, const SkipRecord& skip)
{
    Query statement =
        coop.query("INSERT INTO projection_skips (projection_name, position, event_id, event_type, "
                   "error, skipped_by, skipped_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                   "(SELECT 1 FROM projection_skips WHERE projection_name = ?1 AND position = ?2)");
    bindColumns(statement, skip).run();
}

QList<SkipRecord> readAfter(SqliteConnection& coop, qint64 afterId)
{
    QList<SkipRecord> skips;
    if (!hasTable(coop))
        return skips;
    Query query = coop.query("SELECT skip_id, projection_name, position, event_id, event_type, "
                             "error, skipped_by, skipped_at FROM projection_skips "
                             "WHERE skip_id > ? ORDER BY skip_id");
    query.bind(1, afterId);
    while (query.next())
        skips.append({query.integer(0), query.text(1), query.integer(2), query.text(3),
                      query.text(4), query.text(5), query.text(6), query.text(7)});
    return skips;
}

} // namespace skiplog
} // namespace coopdesk
