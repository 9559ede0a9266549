#include "command_result.h"

#include "io/json_output.h"

#include <QJsonDocument>

namespace coopdesk {

CommandResult CommandResult::accepted(const QString& command, const QString& familyId,
                                      qint64 position, qint64 streamVersion)
{
    CommandResult result;
    result.ok = true;
    result.command = command;
    result.familyId = familyId;
    result.position = position;
    result.streamVersion = streamVersion;
    return result;
}

CommandResult CommandResult::rejected(const CommandError& error, const QString& command)
{
    CommandResult result;
    result.command = command;
    result.error = error;
    return result;
}

QByteArray CommandResult::toJsonLine(std::optional<qint64> line) const
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), ok);
    if (line)
        writer.add(QStringLiteral("line"), *line);
    if (ok) {
        writer.add(QStringLiteral("command"), command)
            .add(QStringLiteral("family_id"), familyId)
            .add(QStringLiteral("position"), position)
            .add(QStringLiteral("stream_version"), streamVersion);
        if (!entryField.isEmpty())
            writer.add(entryField, entryId);
    } else if (error) {
        writer.addRaw(
            QStringLiteral("error"),
            json::object(error->toJson(), {QStringLiteral("code"), QStringLiteral("field"),
                                           QStringLiteral("message")}));
    }
    return writer.finish();
}

CommandResult CommandResult::fromAcceptedJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    CommandResult result = accepted(object.value(QStringLiteral("command")).toString(),
                                    object.value(QStringLiteral("family_id")).toString(),
                                    object.value(QStringLiteral("position")).toInteger(),
                                    object.value(QStringLiteral("stream_version")).toInteger());
    for (const QString& field : {QStringLiteral("payment_id"), QStringLiteral("charge_id")}) {
        if (object.contains(field)) {
            result.entryField = field;
            result.entryId = object.value(field).toString();
        }
    }
    result.replayed = true;
    return result;
}

} // namespace coopdesk
