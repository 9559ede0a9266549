#include "import_scratch.h"

#include "domain/command.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace coopdesk {

namespace {

constexpr qint64 errorChunk = 1000;

} // namespace

ImportScratch::ImportScratch()
    : m_db(QString(), SqliteConnection::Mode::Create)
{
    // Scratch only: nothing here must survive a crash.
    m_db.execute("PRAGMA journal_mode = OFF");
    m_db.execute("PRAGMA synchronous = OFF");
    m_db.execute("PRAGMA temp_store = FILE");
    m_db.execute("PRAGMA cache_size = -4096"); // KiB
    m_db.execute("CREATE TABLE commands (seq INTEGER PRIMARY KEY, line INTEGER NOT NULL, "
                 "command BLOB NOT NULL)");
    m_db.execute("CREATE TABLE row_errors (line INTEGER NOT NULL, source INTEGER NOT NULL, "
                 "code TEXT NOT NULL, field TEXT, message TEXT NOT NULL)");
    m_db.execute("CREATE INDEX row_errors_by_line ON row_errors (line, source)");
    m_db.execute("CREATE TABLE occurrences (hash BLOB PRIMARY KEY, count INTEGER NOT NULL) "
                 "WITHOUT ROWID");
    m_db.execute("CREATE TABLE family_lines (family_id TEXT PRIMARY KEY, line INTEGER NOT NULL) "
                 "WITHOUT ROWID");
}

void ImportScratch::clear()
{
    // A step that failed half way may have left its transaction open.
    if (!sqlite3_get_autocommit(m_db.handle()))
        m_db.execute("ROLLBACK");
    m_db.execute("DELETE FROM commands");
    m_db.execute("DELETE FROM row_errors");
    m_db.execute("DELETE FROM occurrences");
    m_db.execute("DELETE FROM family_lines");
}

void ImportScratch::begin()
{
    m_db.execute("BEGIN");
}

void ImportScratch::commit()
{
    m_db.execute("COMMIT");
}

qint64 ImportScratch::countOccurrence(const QByteArray& hash)
{
    Query query = m_db.query("INSERT INTO occurrences (hash, count) VALUES (?, 1) "
                             "ON CONFLICT (hash) DO UPDATE SET count = count + 1 RETURNING count");
    query.bindBlob(1, hash);
    query.next();
    const qint64 count = query.integer(0);
    while (query.next()) {
    }
    return count;
}

std::optional<qint64> ImportScratch::firstLineOf(const QString& familyId, qint64 line)
{
    {
        Query known = m_db.query("SELECT line FROM family_lines WHERE family_id = ?");
        known.bind(1, familyId);
        if (known.next())
            return known.integer(0);
    }
    m_db.query("INSERT INTO family_lines (family_id, line) VALUES (?, ?)")
        .bind(1, familyId)
        .bind(2, line)
        .run();
    return std::nullopt;
}

void ImportScratch::addCommand(qint64 line, const QJsonObject& command)
{
    m_db.query("INSERT INTO commands (line, command) VALUES (?, ?)")
        .bind(1, line)
        .bindBlob(2, canonicalJson(command))
        .run();
}

QList<ScratchCommand> ImportScratch::commands(qint64 from, qint64 count)
{
    QList<ScratchCommand> chunk;
    chunk.reserve(count);
    // seq runs 1, 2, … in insertion order (no deletes between a parse and its runs).
    Query query =
        m_db.query("SELECT line, command FROM commands WHERE seq > ? ORDER BY seq LIMIT ?");
    query.bind(1, from).bind(2, count);
    while (query.next())
        chunk.append({query.integer(0), QJsonDocument::fromJson(query.blob(1)).object()});
    return chunk;
}

void ImportScratch::addError(Source source, const ImportError& error)
{
    m_db.query("INSERT INTO row_errors (line, source, code, field, message) VALUES (?, ?, ?, ?, ?)")
        .bind(1, error.line)
        .bind(2, qint64(source))
        .bind(3, error.error.code)
        .bind(4, error.error.field)
        .bind(5, error.error.message)
        .run();
}

void ImportScratch::clearErrors(Source source)
{
    m_db.query("DELETE FROM row_errors WHERE source = ?").bind(1, qint64(source)).run();
}

void ImportScratch::forEachError(const std::function<void(const ImportError&)>& visit)
{
    // A chunk at a time, resuming after the last one seen: no read stays
    // open while `visit` runs, and memory holds one chunk.
    qint64 line = -1;
    qint64 source = -1;
    qint64 row = -1;
    for (;;) {
        QList<ImportError> chunk;
        {
            Query query = m_db.query(
                "SELECT line, source, rowid, code, field, message FROM row_errors "
                "WHERE (line, source, rowid) > (?, ?, ?) ORDER BY line, source, rowid LIMIT ?");
            query.bind(1, line).bind(2, source).bind(3, row).bind(4, errorChunk);
            while (query.next()) {
                line = query.integer(0);
                source = query.integer(1);
                row = query.integer(2);
                chunk.append({line, {query.text(3), query.optionalText(4), query.text(5)}});
            }
        }
        for (const ImportError& error : std::as_const(chunk))
            visit(error);
        if (chunk.size() < errorChunk)
            return;
    }
}

} // namespace coopdesk
