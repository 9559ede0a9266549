#pragma once

#include "domain/command_error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coopdesk {

// The answer to one command (docs/ARCHITECTURE.md rule 9): accepted with
// the position and stream version of its event, or rejected with an error.
struct CommandResult
{
    bool ok = false;
    QString command;
    QString familyId;
    qint64 position = 0;
    qint64 streamVersion = 0;
    std::optional<CommandError> error;
    bool replayed = false; // a repeated command_id: the first result again
    // What a ReceivePayment or ChargeTuition entered, the generated id too
    // (SPEC 8): its field (payment_id, charge_id) and id; empty otherwise.
    QString entryField;
    QString entryId;

    static CommandResult accepted(const QString& command, const QString& familyId, qint64 position,
                                  qint64 streamVersion);
    static CommandResult rejected(const CommandError& error, const QString& command = {});

    // {"ok":true,"command":…,"family_id":…,"position":…,"stream_version":…}
    // (then payment_id or charge_id when there is one)
    // or {"ok":false,"error":{…}}; `line` is added when given (exec).
    QByteArray toJsonLine(std::optional<qint64> line = std::nullopt) const;
    static CommandResult fromAcceptedJson(const QByteArray& json);
};

} // namespace coopdesk
