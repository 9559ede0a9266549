#include "event.h"

#include <QJsonDocument>

namespace coopdesk {

namespace {
QJsonValue nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject EventMetadata::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("command_id"), nullIfEmpty(commandId)},
            {QStringLiteral("correlation_id"), nullIfEmpty(correlationId)},
            {QStringLiteral("causation_id"), nullIfEmpty(causationId)},
            {QStringLiteral("app_version"), appVersion}};
}

const QStringList& RecordedEvent::columns()
{
    // clang-format off
    static const QStringList keys{
        QStringLiteral("position"),       QStringLiteral("event_id"),
        QStringLiteral("stream_id"),      QStringLiteral("stream_type"),
        QStringLiteral("stream_version"), QStringLiteral("event_type"),
        QStringLiteral("schema_version"), QStringLiteral("data"),
        QStringLiteral("metadata"),       QStringLiteral("recorded_at"),
        QStringLiteral("hash")};
    // clang-format on
    return keys;
}

QJsonObject RecordedEvent::toJson() const
{
    return {{QStringLiteral("position"), position},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("stream_id"), streamId},
            {QStringLiteral("stream_type"), streamType},
            {QStringLiteral("stream_version"), streamVersion},
            {QStringLiteral("event_type"), eventType},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("data"), QJsonDocument::fromJson(data).object()},
            {QStringLiteral("metadata"), QJsonDocument::fromJson(metadata).object()},
            {QStringLiteral("recorded_at"), recordedAt},
            {QStringLiteral("hash"), QString::fromLatin1(hash)}};
}

} // namespace coopdesk
