#include "sqlite_event_store.h"

#include "audit_check.h"
#include "command_side_fold.h"
#include "command_side_session.h"
#include "command_side_tables.h"
#include "event_record.h"
#include "skip_log.h"
#include "sqlite_backup.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace coopdesk {

namespace {

// A column whose text repeats from row to row (a stream's id, its type,
// the event types: a handful of values in a read): each value is converted
// once and the rows share it.
class RepeatedText
{
public:
    explicit RepeatedText(qsizetype capacity)
        : m_capacity(capacity)
    {}

    QString text(const Query& query, int column)
    {
        sqlite3_stmt* statement = query.statementHandle();
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        const QUtf8StringView bytes(data, sqlite3_column_bytes(statement, column));
        for (const QString& seen : std::as_const(m_seen)) {
            if (QAnyStringView::equal(seen, bytes))
                return seen;
        }
        QString text = bytes.toString();
        if (m_seen.size() == m_capacity)
            m_seen.removeFirst();
        m_seen.append(text);
        return text;
    }

private:
    qsizetype m_capacity;
    QList<QString> m_seen;
};

struct RepeatedColumns
{
    RepeatedText streamId{1};
    RepeatedText streamType{4};
    RepeatedText eventType{32};
};

RecordedEvent readEvent(const Query& query, RepeatedColumns& repeated)
{
    RecordedEvent event;
    event.position = query.integer(0);
    event.eventId = query.text(1);
    event.streamId = repeated.streamId.text(query, 2);
    event.streamType = repeated.streamType.text(query, 3);
    event.streamVersion = query.integer(4);
    event.eventType = repeated.eventType.text(query, 5);
    event.schemaVersion = static_cast<int>(query.integer(6));
    event.data = query.bytes(7);
    event.metadata = query.bytes(8);
    event.recordedAt = query.text(9);
    event.hash = query.bytes(10);
    return event;
}

QList<RecordedEvent> readAll(Query& query, qint64 expected = 0)
{
    RepeatedColumns repeated;
    QList<RecordedEvent> events;
    events.reserve(expected);
    while (query.next())
        events.append(readEvent(query, repeated));
    return events;
}

// Every event of a stream, in order, as `query` selects them (readEvent's columns).
QList<RecordedEvent> readWholeStream(SqliteConnection& connection, Query query,
                                     const QString& streamId)
{
    query.bind(1, streamId);
    // A stream's versions run from 1 without gaps, so its last one is its
    // length: the list is made that size once instead of growing (and
    // copying what it holds) through a long history.
    Query length =
        connection.query("SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = ?");
    length.bind(1, streamId);
    return readAll(query, length.next() ? length.integer(0) : 0);
}

bool triggerGuards(SqliteConnection& connection, const char* name, const char* operation)
{
    Query query = connection.query("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = ? AND tbl_name = 'events'");
    query.bind(1, QString::fromLatin1(name));
    if (!query.next())
        return false;
    const QString sql = query.text(0).simplified();
    return sql.contains(QStringLiteral("BEFORE %1 ON events").arg(QLatin1String(operation))) &&
           sql.contains(QStringLiteral("RAISE(ABORT"));
}

bool appendOnlyGuardsInPlace(SqliteConnection& connection)
{
    return triggerGuards(connection, "events_are_append_only_update", "UPDATE") &&
           triggerGuards(connection, "events_are_append_only_delete", "DELETE") &&
           triggerGuards(connection, "events_are_append_only_replace", "INSERT");
}

class SqliteWriteSession final : public WriteSession
{
public:
    explicit SqliteWriteSession(SqliteConnection& connection)
        : m_connection(connection)
        , m_tables(connection)
    {
        Query last =
            m_connection.query("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
        if (last.next()) {
            m_head = last.integer(0);
            m_headHash = last.bytes(1);
        }
    }

    std::optional<AcceptedCommand> findAcceptedCommand(const QString& commandId) override
    {
        Query query = m_connection.query(
            "SELECT fingerprint, result FROM accepted_commands WHERE command_id = ?");
        query.bind(1, commandId);
        if (!query.next())
            return std::nullopt;
        return AcceptedCommand{query.bytes(0), query.bytes(1)};
    }

    void rememberCommand(const QString& commandId, const AcceptedCommand& accepted) override
    {
        m_connection
            .query(
                "INSERT INTO accepted_commands (command_id, fingerprint, result) VALUES (?, ?, ?)")
            .bind(1, commandId)
            .bind(2, accepted.fingerprint)
            .bind(3, accepted.result)
            .run();
    }

    FamilyState loadFamily(const QString& familyId) override
    {
        return m_tables.loadFamily(familyId);
    }

    std::optional<Reservation> reservation(const QString& familyId,
                                           const ReservedId& reserved) override
    {
        return m_tables.reservation(familyId, reserved);
    }

    RecordedEvent append(const FamilyChange& change) override
    {
        const RecordedEvent event = recordChange(change, m_head + 1, m_headHash);
        coopfile::insertEvent(m_connection, event);
        m_head = event.position;
        m_headHash = event.hash;
        m_tables.record(change.after, change.newlyTaken, change.released);
        return event;
    }

    // Before the commit: the command side's rows, once per family.
    void finish() { m_tables.flush(); }

private:
    SqliteConnection& m_connection;
    commandside::SessionTables m_tables;
    qint64 m_head = 0;
    QByteArray m_headHash;
};

// A copy's rows, as given; the command side's tables are folded from the
// events and written once, at the end.
class SqliteVerbatimSession final : public VerbatimSession
{
public:
    explicit SqliteVerbatimSession(SqliteConnection& connection)
        : m_connection(connection)
    {}

    void insertEvent(const RecordedEvent& event) override
    {
        if (event.position != m_head + 1)
            throw StorageError(StorageError::Kind::Other,
                               QCoreApplication::translate(
                                   "Storage", "Position %1 cannot follow position %2 in %3")
                                   .arg(event.position)
                                   .arg(m_head)
                                   .arg(m_connection.path()));
        coopfile::insertEvent(m_connection, event);
        m_head = event.position;
        m_fold.add(event);
    }

    void rememberCommand(const AcceptedCommandRow& row) override
    {
        m_connection
            .query(
                "INSERT INTO accepted_commands (command_id, fingerprint, result) VALUES (?, ?, ?)")
            .bind(1, row.commandId)
            .bind(2, row.accepted.fingerprint)
            .bind(3, row.accepted.result)
            .run();
    }

    void insertSkip(const SkipRecord& skip) override { skiplog::insert(m_connection, skip); }

    void finish() { commandside::saveFold(m_connection, m_fold); }

private:
    SqliteConnection& m_connection;
    qint64 m_head = 0;
    commandside::Fold m_fold;
};

} // namespace

SqliteEventStore::SqliteEventStore(const QString& path, const StoreOptions& options)
    : m_connection(coopfile::open(path, options))
    , m_readOnly(options.readOnly || m_connection->isReadOnly())
    , m_dataVersion(m_connection->scalar("PRAGMA data_version"))
{}

SqliteEventStore::~SqliteEventStore() = default;

StoreLocation SqliteEventStore::location() const
{
    return StoreLocation::fromText(m_connection->path());
}

QString SqliteEventStore::storeId()
{
    return coopfile::fileId(*m_connection);
}

bool SqliteEventStore::isReadOnly() const
{
    return m_readOnly;
}

QString SqliteEventStore::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    return QCoreApplication::translate("Storage",
                                       "%1 is read-only (on read-only media, or without "
                                       "permission to write it): nothing can be recorded in "
                                       "it; to record, copy it to a writable folder")
        .arg(m_connection->path());
}

bool SqliteEventStore::write(const std::function<bool(WriteSession&)>& work)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly, readOnlyReason());
    Transaction transaction(*m_connection, Transaction::Kind::Immediate);
    SqliteWriteSession session(*m_connection);
    if (!work(session))
        return false;
    session.finish();
    transaction.commit();
    return true;
}

qint64 SqliteEventStore::headPosition()
{
    return m_connection->scalar("SELECT coalesce(max(position), 0) FROM events");
}

QList<RecordedEvent> SqliteEventStore::readAfter(qint64 position, int limit)
{
    Query query = m_connection->query(
        "SELECT position, event_id, stream_id, stream_type, stream_version, event_type, "
        "schema_version, data, metadata, recorded_at, hash FROM events "
        "WHERE position > ? ORDER BY position LIMIT ?");
    query.bind(1, position).bind(2, qint64{limit});
    return readAll(query);
}

QList<RecordedEvent> SqliteEventStore::readStream(const QString& streamId)
{
    return readWholeStream(
        *m_connection,
        m_connection->query("SELECT position, event_id, stream_id, stream_type, stream_version, "
                            "event_type, schema_version, data, metadata, recorded_at, hash "
                            "FROM events WHERE stream_id = ? ORDER BY stream_version"),
        streamId);
}

QList<RecordedEvent> SqliteEventStore::readStreamForFold(const QString& streamId)
{
    return readWholeStream(
        *m_connection,
        m_connection->query("SELECT position, event_id, stream_id, stream_type, stream_version, "
                            "event_type, schema_version, data, NULL, recorded_at, NULL "
                            "FROM events WHERE stream_id = ? ORDER BY stream_version"),
        streamId);
}

bool SqliteEventStore::hasNewCommits()
{
    const qint64 version = m_connection->scalar("PRAGMA data_version");
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

// The chain is walked first: whoever dropped the triggers did so to edit
// events, and the position they edited is what the user needs to know.
AuditReport SqliteEventStore::checkIntegrity(const AuditProgress& progress)
{
    // Damaged pages first: SQLite's own check of every page and index,
    // which the chain walk alone would not read.
    {
        Query check = m_connection->query("PRAGMA quick_check(1)");
        const QString result = check.next() ? check.text(0) : QString();
        if (result != QLatin1String("ok"))
            throw StorageError(StorageError::Kind::Corrupt,
                               AuditTrail::tr("%1 is damaged (%2); restore it from a backup")
                                   .arg(m_connection->path(), result));
    }
    AuditReport report = walkHashChain(*this, progress);
    if (!report.ok && !report.firstBadPosition)
        return report; // cancelled
    if (!appendOnlyGuardsInPlace(*m_connection)) {
        const QString missing =
            AuditTrail::tr("The append-only protection of the events table is missing or altered");
        report.ok = false;
        report.problem = report.problem.isEmpty() ? missing : report.problem + u' ' + missing;
    }
    return report;
}

AuditReport SqliteEventStore::backupTo(const QString& filePath, const AuditProgress& progress)
{
    coopfile::backup(*m_connection, filePath);
    AuditReport report;
    try {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        report = SqliteEventStore(filePath, readOnly).checkIntegrity(progress);
    } catch (...) {
        QFile::remove(filePath);
        throw;
    }
    if (report.ok)
        return report;
    QFile::remove(filePath);
    if (!report.firstBadPosition)
        return report; // cancelled
    throw StorageError(StorageError::Kind::Corrupt,
                       AuditTrail::tr("The copy %1 does not match its source (%2); it was removed")
                           .arg(filePath, report.problem));
}

void SqliteEventStore::readInOneSnapshot(const std::function<void()>& work)
{
    // Deferred: the snapshot is taken by the first read inside.
    Transaction snapshot(*m_connection, Transaction::Kind::Deferred);
    work();
    snapshot.commit();
}

QList<AcceptedCommandRow> SqliteEventStore::acceptedCommandsAfter(const QString& afterCommandId,
                                                                  int limit)
{
    Query query = m_connection->query("SELECT command_id, fingerprint, result FROM "
                                      "accepted_commands WHERE command_id > ? "
                                      "ORDER BY command_id LIMIT ?");
    query.bind(1, afterCommandId).bind(2, qint64{limit});
    QList<AcceptedCommandRow> rows;
    while (query.next())
        rows.append({query.text(0), {query.bytes(1), query.bytes(2)}});
    return rows;
}

bool SqliteEventStore::writeVerbatim(const std::function<bool(VerbatimSession&)>& work)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Storage",
                                                       "%1 is read-only: nothing can be copied "
                                                       "into it")
                               .arg(m_connection->path()));
    Transaction transaction(*m_connection, Transaction::Kind::Immediate);
    if (m_connection->scalar("SELECT EXISTS (SELECT 1 FROM events) OR "
                             "EXISTS (SELECT 1 FROM accepted_commands)") != 0)
        throw StorageError(StorageError::Kind::Other,
                           QCoreApplication::translate("Storage",
                                                       "%1 already holds events: a copy goes "
                                                       "only into an empty co-op; it was left "
                                                       "as it was")
                               .arg(m_connection->path()));
    SqliteVerbatimSession session(*m_connection);
    if (!work(session))
        return false;
    session.finish();
    transaction.commit();
    return true;
}

void SqliteEventStore::recordSkip(const SkipRecord& skip)
{
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Projector",
                                                       "%1 is read-only: the skip cannot be "
                                                       "recorded")
                               .arg(m_connection->path()));
    skiplog::record(*m_connection, skip);
}

QList<SkipRecord> SqliteEventStore::skipsAfter(qint64 afterId)
{
    return skiplog::readAfter(*m_connection, afterId);
}

} // namespace coopdesk
