#pragma once

#include "command_catalog.h"
#include "command_error.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace coopdesk {

// A command read from JSON with its name known and its command_id checked
// (steps 1 and 2 of SPEC 2.1). Its fields are not validated yet: the
// command bus looks up the command_id before that.
struct CommandEnvelope
{
    const CommandSpec* spec = nullptr;
    QJsonObject object;
    QString commandId;      // empty when the command has none
    QByteArray fingerprint; // the content in canonical form, for idempotency
};

// A command whose every field passed validation (step 3): values trimmed
// and normalized, optional fields that were absent or empty left out.
struct Command
{
    const CommandSpec* spec = nullptr;
    QString familyId;   // empty for EnrollFamily without one: the bus generates it
    QJsonObject fields; // every field but family_id; in ChangeContactDetails null clears
    std::optional<qint64> expectedVersion;
    QString commandId;

    CommandType type() const { return spec->type; }
    QString name() const { return spec->name; }
};

std::variant<CommandEnvelope, CommandError> readCommandEnvelope(const QByteArray& jsonLine);
std::variant<CommandEnvelope, CommandError> readCommandEnvelope(const QJsonObject& object);
// `today` is the desk's date (its clock's, in UTC): dates marked (H) may
// not lie after it by more than a day.
std::variant<Command, CommandError> validateCommand(const CommandEnvelope& envelope, QDate today);

// Canonical JSON of a value: keys sorted, no spacing, 5 and 5.0 alike.
QByteArray canonicalJson(const QJsonObject& object);

} // namespace coopdesk
