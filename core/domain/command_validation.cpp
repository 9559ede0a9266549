// Steps 1 to 3 of SPEC 2.1: the JSON line, the command name, the command_id,
// then each field in the order of the spec's table, then expected_version.

#include "command.h"
#include "text_rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace coopdesk {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time (a free tr() helper would be filed under the namespace by lupdate).
struct CommandErrors
{
    Q_DECLARE_TR_FUNCTIONS(CommandErrors)
};

CommandError invalid(const std::optional<QString>& field, const QString& message)
{
    return {errors::validation, field, message};
}

// The outcome of checking one field: an error, or the value to keep
// (undefined when an optional field is absent), and whether that differs
// from the command's own value.
struct FieldCheck
{
    std::optional<CommandError> error;
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    bool changed = false;
};

FieldCheck fail(const FieldRule& rule, const QString& message)
{
    return {invalid(rule.name, message), {}};
}

// The command's value, as it is.
FieldCheck keep(const QJsonValue& raw)
{
    return {std::nullopt, raw, false};
}

// A value other than the command's: trimmed text, a cleared or absent field.
FieldCheck replace(const QJsonValue& value)
{
    return {std::nullopt, value, true};
}

// SPEC 2.1: a JSON object field nests at most 8 levels (the object itself
// is 1) and takes at most 4 096 bytes written as compact UTF-8 JSON.
constexpr int maxObjectDepth = 8;
constexpr qsizetype maxObjectBytes = 4096;

// Levels of objects and arrays in `value` (a scalar is 0), counted no
// further than `limit`.
int nestingDepth(const QJsonValue& value, int limit)
{
    if (limit <= 0 || (!value.isObject() && !value.isArray()))
        return 0;
    int deepest = 0;
    const auto visit = [&](const QJsonValue& child) {
        deepest = std::max(deepest, nestingDepth(child, limit - 1));
        return deepest + 1 >= limit;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (visit(it.value()))
                break;
        }
    } else {
        for (const QJsonValue& child : value.toArray()) {
            if (visit(child))
                break;
        }
    }
    return deepest + 1;
}

FieldCheck checkText(const FieldRule& rule, const QJsonValue& raw, bool emptyClears)
{
    if (!raw.isString())
        return fail(rule, CommandErrors::tr("%1 must be text").arg(rule.name));
    const QString value = text::trimmed(raw.toString());
    if (text::hasUnpairedSurrogates(value))
        return fail(rule, CommandErrors::tr("%1 contains invalid characters").arg(rule.name));
    if (text::hasControlCharacters(value, rule.kind == FieldKind::MultilineText))
        return fail(rule,
                    CommandErrors::tr("%1 must not contain control characters").arg(rule.name));
    const qsizetype length = text::codePointCount(value);
    if (length == 0 && !rule.required)
        return replace(emptyClears ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonValue::Undefined));
    if (length < rule.min || length > rule.max) {
        if (rule.min > 0)
            return fail(rule, CommandErrors::tr("%1 must be %2 to %3 characters long")
                                  .arg(rule.name)
                                  .arg(rule.min)
                                  .arg(rule.max));
        return fail(rule, CommandErrors::tr("%1 must be at most %2 characters long")
                              .arg(rule.name)
                              .arg(rule.max));
    }
    if (rule.kind == FieldKind::Email && !text::isValidEmail(value))
        return fail(rule, CommandErrors::tr("%1 is not a valid e-mail address").arg(rule.name));
    return value.size() == raw.toString().size() ? keep(raw) : replace(value);
}

FieldCheck checkInteger(const FieldRule& rule, const QJsonValue& raw)
{
    if (!raw.isDouble())
        return fail(rule, CommandErrors::tr("%1 must be a whole number").arg(rule.name));
    const double number = raw.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return fail(rule, CommandErrors::tr("%1 must be a whole number").arg(rule.name));
    if (number < static_cast<double>(rule.min) || number > static_cast<double>(rule.max))
        return fail(rule, CommandErrors::tr("%1 must be between %2 and %3")
                              .arg(rule.name)
                              .arg(rule.min)
                              .arg(rule.max));
    return keep(raw);
}

// SPEC 2: a date marked (H) may lie at most one day after the desk's today
// (its clock's UTC date), for time zones ahead of UTC.
FieldCheck checkDate(const FieldRule& rule, const QJsonValue& raw, QDate today)
{
    const std::optional<QDate> date =
        raw.isString() ? text::parseDate(raw.toString()) : std::nullopt;
    if (!date)
        return fail(rule,
                    CommandErrors::tr("%1 must be a date YYYY-MM-DD from 1900-01-01 to 2100-12-31")
                        .arg(rule.name));
    if (rule.happened && *date > today.addDays(1))
        return fail(rule, CommandErrors::tr("%1 cannot be in the future (today is %2)")
                              .arg(rule.name, today.toString(Qt::ISODate)));
    return keep(raw);
}

FieldCheck checkField(const FieldRule& rule, const QJsonValue& raw, bool emptyClears, QDate today)
{
    if (raw.isUndefined() || raw.isNull()) {
        if (rule.required)
            return fail(rule, CommandErrors::tr("%1 is required").arg(rule.name));
        if (rule.kind == FieldKind::Object)
            return replace(QJsonObject());
        return replace(QJsonValue(QJsonValue::Undefined));
    }
    switch (rule.kind) {
    case FieldKind::Id:
        if (!raw.isString() || !text::isValidId(raw.toString()))
            return fail(
                rule,
                CommandErrors::tr("%1 must be 1 to 64 letters, digits, '_' or '-'").arg(rule.name));
        return keep(raw);
    case FieldKind::Text:
    case FieldKind::MultilineText:
    case FieldKind::Email:
        return checkText(rule, raw, emptyClears);
    case FieldKind::Date:
        return checkDate(rule, raw, today);
    case FieldKind::Month:
        if (!raw.isString() || !text::isValidMonth(raw.toString()))
            return fail(rule,
                        CommandErrors::tr("%1 must be a month YYYY-MM from 1900-01 to 2100-12")
                            .arg(rule.name));
        return keep(raw);
    case FieldKind::Integer:
        return checkInteger(rule, raw);
    case FieldKind::Enum:
        if (!raw.isString() || !rule.choices.contains(raw.toString()))
            return fail(rule, CommandErrors::tr("%1 must be one of: %2")
                                  .arg(rule.name, rule.choices.join(QStringLiteral(", "))));
        return keep(raw);
    case FieldKind::Boolean:
        if (!raw.isBool())
            return fail(rule, CommandErrors::tr("%1 must be true or false").arg(rule.name));
        return keep(raw);
    case FieldKind::Object:
        if (!raw.isObject())
            return fail(rule, CommandErrors::tr("%1 must be a JSON object").arg(rule.name));
        if (nestingDepth(raw, maxObjectDepth + 1) > maxObjectDepth)
            return fail(rule, CommandErrors::tr("%1 must not nest objects and arrays more than "
                                                "%2 levels deep")
                                  .arg(rule.name)
                                  .arg(maxObjectDepth));
        if (QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact).size() > maxObjectBytes)
            return fail(rule, CommandErrors::tr("%1 must be at most %2 bytes as compact JSON")
                                  .arg(rule.name)
                                  .arg(maxObjectBytes));
        return keep(raw);
    }
    return keep(raw);
}

bool isEnvelopeKey(const QString& key)
{
    return key == fields::command || key == fields::commandId || key == fields::expectedVersion;
}

// Whether every key of `object` is the envelope's or a field of the spec:
// a look-up per known key, without listing and sorting the object's keys.
bool hasOnlyKnownKeys(const CommandSpec& spec, const QJsonObject& object)
{
    qsizetype known = 0;
    for (const QString& key : {fields::command, fields::commandId, fields::expectedVersion})
        known += object.contains(key) ? 1 : 0;
    for (const FieldRule& rule : spec.fields)
        known += object.contains(rule.name) ? 1 : 0;
    return known == object.size();
}

// The first unknown key in sorted order, so the error names the same one
// whatever order the line gave them in.
std::optional<QString> firstUnknownKey(const CommandSpec& spec, const QJsonObject& object)
{
    if (hasOnlyKnownKeys(spec, object))
        return std::nullopt;
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& key : keys) {
        if (isEnvelopeKey(key))
            continue;
        const bool known = std::any_of(spec.fields.begin(), spec.fields.end(),
                                       [&](const FieldRule& rule) { return rule.name == key; });
        if (!known)
            return key;
    }
    return std::nullopt;
}

// Whether the text is one JSON value other than an object or array, which
// QJsonDocument (Qt 6.4) refuses at the top level: inside brackets it is
// an array of exactly that one value.
bool isJsonScalar(const QByteArray& text)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']');
    return wrapped.isArray() && wrapped.array().size() == 1 && !wrapped.array().at(0).isArray() &&
           !wrapped.array().at(0).isObject();
}

} // namespace

QByteArray canonicalJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::variant<CommandEnvelope, CommandError> readCommandEnvelope(const QByteArray& jsonLine)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonLine, &parseError);
    // SPEC 2.1: JSON that is not an object (an array, a number, a string,
    // true, null) is about `command`; only what is not JSON has no field.
    if (parseError.error != QJsonParseError::NoError && !isJsonScalar(jsonLine))
        return invalid(std::nullopt,
                       CommandErrors::tr("The line is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(fields::command,
                       CommandErrors::tr("The line must be a JSON object with a command, not "
                                         "an array, a number, a string, true, false or null"));
    return readCommandEnvelope(document.object());
}

std::variant<CommandEnvelope, CommandError> readCommandEnvelope(const QJsonObject& object)
{
    const QJsonValue name = object.value(fields::command);
    if (!name.isString())
        return invalid(fields::command,
                       CommandErrors::tr("command must name a command, such as EnrollFamily"));
    const CommandSpec* spec = findCommandSpec(name.toString());
    if (!spec)
        return invalid(fields::command,
                       CommandErrors::tr("Unknown command “%1”").arg(name.toString()));

    CommandEnvelope envelope;
    envelope.spec = spec;
    envelope.object = object;
    const QJsonValue commandId = object.value(fields::commandId);
    // null means absent for command_id too, as for every optional field (SPEC 2.1).
    if (!commandId.isUndefined() && !commandId.isNull()) {
        const QString id = commandId.toString();
        const qsizetype length = text::codePointCount(id);
        if (!commandId.isString() || length < 1 || length > 100 || !text::isPrintable(id))
            return invalid(
                fields::commandId,
                CommandErrors::tr("command_id must be text of 1 to 100 printable characters"));
        envelope.commandId = id;
        envelope.fingerprint = canonicalJson(object);
    }
    return envelope;
}

std::variant<Command, CommandError> validateCommand(const CommandEnvelope& envelope, QDate today)
{
    const CommandSpec& spec = *envelope.spec;
    const QJsonObject& object = envelope.object;
    if (const auto unknown = firstUnknownKey(spec, object))
        return invalid(*unknown,
                       CommandErrors::tr("%1 is not a field of %2").arg(*unknown, spec.name));

    Command command;
    command.spec = &spec;
    command.commandId = envelope.commandId;
    const bool emptyClears = spec.type == CommandType::ChangeContactDetails;
    // The fields start as the command's own object (no key outside the spec
    // is left in it by now) and change only where a check changed a value:
    // one copy and a few edits, rather than an insert per field.
    QJsonObject& kept = command.fields;
    kept = object;
    kept.remove(fields::command);
    kept.remove(fields::commandId);
    kept.remove(fields::expectedVersion);
    for (const FieldRule& rule : spec.fields) {
        const QJsonValue raw = object.value(rule.name);
        const FieldCheck check = checkField(rule, raw, emptyClears, today);
        if (check.error)
            return *check.error;
        if (rule.name == fields::familyId) {
            command.familyId = check.value.toString();
            kept.remove(rule.name);
        } else if (check.value.isUndefined()) {
            kept.remove(rule.name);
        } else if (check.changed) {
            kept.insert(rule.name, check.value);
        }
    }

    const QJsonValue expected = object.value(fields::expectedVersion);
    if (!expected.isUndefined() && !expected.isNull()) {
        const double number = expected.toDouble();
        if (!expected.isDouble() || !std::isfinite(number) || std::trunc(number) != number)
            return invalid(fields::expectedVersion,
                           CommandErrors::tr("expected_version must be a whole number"));
        // Beyond any real stream version: it can only conflict.
        const bool representable = std::fabs(number) < 9.0e18;
        command.expectedVersion = representable ? static_cast<qint64>(number) : qint64{-1};
    }
    return command;
}

QJsonObject CommandError::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("field"), field ? QJsonValue(*field) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), message}};
}

} // namespace coopdesk
