#include "raw_floor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

#include <sqlite3.h>

#include <stdexcept>

namespace coopdesk::bench {

namespace {

const char* const schema = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE events (
    position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
    stream_type TEXT NOT NULL, stream_version INTEGER NOT NULL, event_type TEXT NOT NULL,
    schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, stream_version));
CREATE TRIGGER no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'no'); END;
CREATE TRIGGER no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'no'); END;
)sql";

// The co-op file's third guard (core/store/coop_file.cpp): every insert into
// its events table runs it, so a floor of the same inserts runs it too.
const char* const replaceGuard = R"sql(
CREATE TRIGGER no_replace BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE position = NEW.position OR event_id = NEW.event_id
             OR (stream_id = NEW.stream_id AND stream_version = NEW.stream_version))
BEGIN SELECT RAISE(ABORT, 'no'); END;
)sql";

void check(sqlite3* db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

class RawFile
{
public:
    RawFile(const QString& path, bool durable)
    {
        check(m_db, sqlite3_open(path.toUtf8().constData(), &m_db));
        exec(durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    }
    ~RawFile()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void exec(const char* sql) { check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr)); }

    void insert(const RecordedEvent& e)
    {
        if (!m_insert)
            check(m_db, sqlite3_prepare_v2(
                            m_db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1,
                            &m_insert, nullptr));
        const QByteArray id = e.eventId.toUtf8();
        const QByteArray stream = e.streamId.toUtf8();
        const QByteArray type = e.eventType.toUtf8();
        const QByteArray at = e.recordedAt.toUtf8();
        sqlite3_bind_int64(m_insert, 1, e.position);
        sqlite3_bind_text(m_insert, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 3, stream.constData(), int(stream.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, "Family", 6, SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 5, e.streamVersion);
        sqlite3_bind_text(m_insert, 6, type.constData(), int(type.size()), SQLITE_STATIC);
        sqlite3_bind_int(m_insert, 7, e.schemaVersion);
        sqlite3_bind_text(m_insert, 8, e.data.constData(), int(e.data.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 9, e.metadata.constData(), int(e.metadata.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 10, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 11, e.hash.constData(), int(e.hash.size()), SQLITE_STATIC);
        check(m_db, sqlite3_step(m_insert));
        sqlite3_reset(m_insert);
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};

} // namespace

QString createFloorFile(const QString& directory, bool durable, FloorGuards guards)
{
    const QString path = QDir(directory).filePath(
        QStringLiteral("floor-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    RawFile file(path, durable);
    file.exec(schema);
    if (guards == FloorGuards::AllOfTheCoopFiles)
        file.exec(replaceGuard);
    return path;
}

Samples rawSingleInserts(const QString& path, const QList<RecordedEvent>& events, bool durable)
{
    RawFile file(path, durable);
    Samples samples;
    for (const RecordedEvent& event : events) {
        QElapsedTimer timer;
        timer.start();
        file.exec("BEGIN IMMEDIATE");
        file.insert(event);
        file.exec("COMMIT");
        samples.add(micros(timer));
    }
    return samples;
}

double rawBatchedInserts(const QString& path, const QList<RecordedEvent>& events, bool durable,
                         int batchSize)
{
    RawFile file(path, durable);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < events.size(); i += batchSize) {
        file.exec("BEGIN IMMEDIATE");
        for (qsizetype j = i; j < std::min(events.size(), i + batchSize); ++j)
            file.insert(events.at(j));
        file.exec("COMMIT");
    }
    return double(events.size()) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace coopdesk::bench
