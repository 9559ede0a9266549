#include "sqlite_event_store.h"

#include "hash_chain.h"
#include "io/json_output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace coopdesk {

namespace {

// A UUID version 7: the first 48 bits are the time in milliseconds, the
// rest random. Ids that grow with time keep the event_id index's inserts at
// its end instead of scattered over it.
QString newEventId()
{
    QUuid uuid = QUuid::createUuid();
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    uuid.data1 = static_cast<uint>(ms >> 16);
    uuid.data2 = static_cast<ushort>(ms & 0xFFFF);
    uuid.data3 = static_cast<ushort>((uuid.data3 & 0x0FFF) | 0x7000);
    return uuid.toString(QUuid::WithoutBraces);
}

RecordedEvent readEvent(const Query& query)
{
    RecordedEvent event;
    event.position = query.integer(0);
    event.eventId = query.text(1);
    event.streamId = query.text(2);
    event.streamType = query.text(3);
    event.streamVersion = query.integer(4);
    event.eventType = query.text(5);
    event.schemaVersion = static_cast<int>(query.integer(6));
    event.data = query.bytes(7);
    event.metadata = query.bytes(8);
    event.recordedAt = query.text(9);
    event.hash = query.bytes(10);
    return event;
}

QList<RecordedEvent> readAll(Query& query)
{
    QList<RecordedEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

class SqliteWriteSession final : public WriteSession
{
public:
    explicit SqliteWriteSession(SqliteConnection& connection)
        : m_connection(connection)
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

    FamilyState loadFamily(const QString& familyId, const QJsonObject& commandFields) override
    {
        FamilyState state;
        state.familyId = familyId;
        Query query = m_connection.query("SELECT version, withdrawn, engagement_score, risk_score "
                                         "FROM family_state WHERE family_id = ?");
        query.bind(1, familyId);
        if (!query.next())
            return state;
        state.version = query.integer(0);
        state.withdrawn = query.integer(1) != 0;
        state.engagementScore = static_cast<int>(query.integer(2));
        state.riskScore = static_cast<int>(query.integer(3));
        loadReservedId(state, commandFields, fields::chargeId, state.chargeIds);
        loadReservedId(state, commandFields, fields::transactionId, state.transactionIds);
        return state;
    }

    RecordedEvent append(FamilyState& state, const NewEvent& newEvent,
                         const EventMetadata& metadata, const QString& recordedAt) override
    {
        RecordedEvent event;
        event.position = m_head + 1;
        event.eventId = newEventId();
        event.streamId = state.familyId;
        event.streamType = familyStreamType;
        event.streamVersion = state.version + 1;
        event.eventType = newEvent.type;
        event.schemaVersion = newEvent.schemaVersion;
        event.data = json::object(newEvent.data);
        event.metadata = json::object(metadata.toJson());
        event.recordedAt = recordedAt;
        event.hash = eventHash(m_headHash, event);

        coopfile::insertEvent(m_connection, event);
        m_head = event.position;
        m_headHash = event.hash;

        evolve(state, newEvent.type, newEvent.data);
        saveState(state, newEvent);
        return event;
    }

private:
    void loadReservedId(const FamilyState& state, const QJsonObject& commandFields,
                        const QString& kind, QSet<QString>& into)
    {
        const QJsonValue id = commandFields.value(kind);
        if (!id.isString())
            return;
        Query query = m_connection.query("SELECT 1 FROM family_reserved_ids "
                                         "WHERE family_id = ? AND kind = ? AND reserved_id = ?");
        query.bind(1, state.familyId).bind(2, kind).bind(3, id.toString());
        if (query.next())
            into.insert(id.toString());
    }

    void saveState(const FamilyState& state, const NewEvent& event)
    {
        m_connection
            .query("INSERT INTO family_state (family_id, version, withdrawn, engagement_score, "
                   "risk_score) VALUES (?, ?, ?, ?, ?) ON CONFLICT (family_id) DO UPDATE SET "
                   "version = excluded.version, withdrawn = excluded.withdrawn, "
                   "engagement_score = excluded.engagement_score, risk_score = excluded.risk_score")
            .bind(1, state.familyId)
            .bind(2, state.version)
            .bind(3, qint64{state.withdrawn})
            .bind(4, state.engagementScore)
            .bind(5, state.riskScore)
            .run();
        for (const QString& kind : {fields::chargeId, fields::transactionId}) {
            const QJsonValue id = event.data.value(kind);
            if (!id.isString())
                continue;
            m_connection
                .query("INSERT INTO family_reserved_ids (family_id, kind, reserved_id) "
                       "VALUES (?, ?, ?)")
                .bind(1, state.familyId)
                .bind(2, kind)
                .bind(3, id.toString())
                .run();
        }
    }

    SqliteConnection& m_connection;
    qint64 m_head = 0;
    QByteArray m_headHash;
};

} // namespace

SqliteEventStore::SqliteEventStore(const QString& path, const StoreOptions& options)
    : m_connection(coopfile::open(path, options))
{}

SqliteEventStore::~SqliteEventStore() = default;

bool SqliteEventStore::write(const std::function<bool(WriteSession&)>& work)
{
    if (m_connection->isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate(
                               "Storage", "%1 is read-only (on read-only media, or without "
                                          "permission to write it): nothing can be recorded in "
                                          "it; to record, copy it to a writable folder")
                               .arg(m_connection->path()));
    Transaction transaction(*m_connection, Transaction::Kind::Immediate);
    SqliteWriteSession session(*m_connection);
    if (!work(session))
        return false;
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
    Query query = m_connection->query(
        "SELECT position, event_id, stream_id, stream_type, stream_version, event_type, "
        "schema_version, data, metadata, recorded_at, hash FROM events "
        "WHERE stream_id = ? ORDER BY stream_version");
    query.bind(1, streamId);
    return readAll(query);
}

QString SqliteEventStore::path() const
{
    return m_connection->path();
}

QString SqliteEventStore::fileId()
{
    return coopfile::fileId(*m_connection);
}

bool SqliteEventStore::isReadOnly() const
{
    return m_connection->isReadOnly();
}

} // namespace coopdesk
