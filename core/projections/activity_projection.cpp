#include "activity_projection.h"

#include <QJsonDocument>

namespace coopdesk {

ActivityProjection::ActivityProjection(SqliteConnection& views, const QString& suffix)
    : Projection(views, suffix)
    , m_insert(sql("INSERT INTO activity_log{s} (position, event_type, family_id, "
                   "user_id, recorded_at, event_date) VALUES (?, ?, ?, ?, ?, ?)"))
{}

void ActivityProjection::createTables()
{
    execute("CREATE TABLE IF NOT EXISTS activity_log{s} ("
            " position INTEGER PRIMARY KEY, event_type TEXT NOT NULL, family_id TEXT NOT NULL,"
            " user_id TEXT NOT NULL, recorded_at TEXT NOT NULL, event_date TEXT)");
}

void ActivityProjection::createIndexes()
{
    // Dates need no index: recorded_at grows with position, so a newest-first
    // scan stops early. Each index costs every event a B-tree insert.
    m_views.execute(
        "CREATE INDEX IF NOT EXISTS activity_log_type ON activity_log (event_type, position);"
        "CREATE INDEX IF NOT EXISTS activity_log_user ON activity_log (user_id, position);"
        "CREATE INDEX IF NOT EXISTS activity_log_family ON activity_log (family_id, position);");
}

namespace {

// The user_id of an event's metadata. The store writes metadata as compact
// JSON, so the value is found without parsing the whole object; anything
// unusual (an escape in the name) takes the full parser.
QString userIdOf(const QByteArray& metadata)
{
    static const QByteArray key = QByteArrayLiteral("\"user_id\":\"");
    const qsizetype start = metadata.lastIndexOf(key);
    const qsizetype valueStart = start + key.size();
    const qsizetype end = start >= 0 ? metadata.indexOf('"', valueStart) : -1;
    if (end > valueStart) {
        const QByteArrayView value = QByteArrayView(metadata).sliced(valueStart, end - valueStart);
        if (!value.contains('\\'))
            return QString::fromUtf8(value);
    }
    return QJsonDocument::fromJson(metadata).object().value(QStringLiteral("user_id")).toString();
}

} // namespace

void ActivityProjection::apply(const RecordedEvent& event, const QJsonObject& data)
{
    // The date the event is about (a payment's, a contact's), when it has one.
    QJsonValue date = data.value(QStringLiteral("date"));
    for (const char* key : {"enrollment_date", "due_date"}) {
        if (date.isUndefined())
            date = data.value(QLatin1String(key));
    }
    Query query = m_views.query(m_insert.constData());
    query.bind(1, event.position)
        .bind(2, event.eventType)
        .bind(3, event.streamId)
        .bind(4, userIdOf(event.metadata))
        .bind(5, event.recordedAt);
    date.isString() ? query.bind(6, date.toString()) : query.bindNull(6);
    query.run();
    m_changes.families.insert(event.streamId);
}

} // namespace coopdesk
