#include "event_log_checks.h"

#include "cli_runner.h"

#include <QHash>
#include <QJsonDocument>

#include <utility>

namespace coopdesk::test {

namespace {

qint64 integer(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QList<QJsonObject> exportedEvents(const QString& db)
{
    const CliRun exported = runCli({QStringLiteral("--db"), db, QStringLiteral("export-events")});
    return exported.exitCode == 0 ? exported.jsonLines() : QList<QJsonObject>{};
}

QString gaplessProblem(const QList<QJsonObject>& events)
{
    QHash<QString, qint64> lastVersion;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject& event = events.at(i);
        if (integer(event, "position") != i + 1)
            return QStringLiteral("event %1 has position %2")
                .arg(i + 1)
                .arg(integer(event, "position"));
        const QString stream = text(event, "stream_id");
        const qint64 version = integer(event, "stream_version");
        if (version != lastVersion.value(stream) + 1)
            return QStringLiteral("stream %1: version %2 after %3 (position %4)")
                .arg(stream)
                .arg(version)
                .arg(lastVersion.value(stream))
                .arg(i + 1);
        lastVersion[stream] = version;
    }
    return {};
}

QString lostResultProblem(const QList<QJsonObject>& events, const QList<QJsonObject>& results)
{
    for (const QJsonObject& result : results) {
        if (!result.value(QStringLiteral("ok")).toBool())
            continue;
        const qint64 position = integer(result, "position");
        const bool stored =
            position >= 1 && position <= events.size() &&
            text(events.at(position - 1), "stream_id") == text(result, "family_id") &&
            integer(events.at(position - 1), "stream_version") == integer(result, "stream_version");
        if (!stored)
            return QStringLiteral("not stored as acknowledged: ") +
                   QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString foldReadProblem(EventStore& store, const QString& streamId)
{
    const QList<RecordedEvent> whole = store.readStream(streamId);
    const QList<RecordedEvent> forFold = store.readStreamForFold(streamId);
    if (whole.isEmpty() || forFold.size() != whole.size())
        return QStringLiteral("%1 events read for a fold, %2 in the stream")
            .arg(forFold.size())
            .arg(whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const RecordedEvent& w = whole.at(i);
        const RecordedEvent& f = forFold.at(i);
        const std::pair<const char*, bool> checks[] = {
            {"position", f.position == w.position},
            {"event_id", f.eventId == w.eventId},
            {"stream_id", f.streamId == w.streamId},
            {"stream_type", f.streamType == w.streamType},
            {"stream_version", f.streamVersion == w.streamVersion},
            {"event_type", f.eventType == w.eventType},
            {"schema_version", f.schemaVersion == w.schemaVersion},
            {"data", f.data == w.data},
            {"recorded_at", f.recordedAt == w.recordedAt},
            {"metadata (left empty)", f.metadata.isEmpty()},
            {"hash (left empty)", f.hash.isEmpty()}};
        for (const auto& [field, good] : checks) {
            if (!good)
                return QStringLiteral("the event at position %1 differs in %2")
                    .arg(w.position)
                    .arg(QLatin1String(field));
        }
    }
    return {};
}

} // namespace coopdesk::test
