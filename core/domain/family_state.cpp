#include "family_state.h"

#include "event_upcasting.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time (a free tr() helper would be filed under the namespace by lupdate).
struct CommandErrors
{
    Q_DECLARE_TR_FUNCTIONS(CommandErrors)
};

std::optional<CommandError> checkExistence(const FamilyState& state, const Command& command)
{
    if (command.type() == CommandType::EnrollFamily) {
        if (state.exists())
            return CommandError{
                errors::alreadyExists, fields::familyId,
                CommandErrors::tr("A family with id “%1” already exists").arg(command.familyId)};
        return std::nullopt;
    }
    if (!state.exists())
        return CommandError{errors::notFound, fields::familyId,
                            CommandErrors::tr("No family has the id “%1”").arg(command.familyId)};
    return std::nullopt;
}

std::optional<CommandError> checkVersion(const FamilyState& state, const Command& command)
{
    if (command.expectedVersion && *command.expectedVersion != state.version)
        return CommandError{
            errors::conflict, fields::expectedVersion,
            CommandErrors::tr("The family was changed meanwhile: it is at version %1, "
                              "the command expected version %2")
                .arg(state.version)
                .arg(*command.expectedVersion)};
    return std::nullopt;
}

std::optional<CommandError> checkStateRules(const FamilyState& state, const Command& command)
{
    const CommandType type = command.type();
    if (command.spec->rejectsWithdrawn && state.withdrawn)
        return CommandError{
            errors::withdrawn, fields::familyId,
            CommandErrors::tr("The family “%1” is withdrawn").arg(command.familyId)};
    if (type == CommandType::WithdrawFamily && state.withdrawn)
        return CommandError{
            errors::withdrawn, fields::familyId,
            CommandErrors::tr("The family “%1” is already withdrawn").arg(command.familyId)};
    if (type == CommandType::ReenrollFamily && !state.withdrawn)
        return CommandError{errors::validation, fields::familyId,
                            CommandErrors::tr("Only a withdrawn family can be re-enrolled")};
    if (type == CommandType::ChangeContactDetails && command.fields.isEmpty())
        return CommandError{errors::validation, std::nullopt,
                            CommandErrors::tr("Give at least one contact detail to change")};
    if (type == CommandType::ChargeTuition) {
        const QString chargeId = command.fields.value(fields::chargeId).toString();
        if (state.chargeIds.contains(chargeId))
            return CommandError{
                errors::duplicate, fields::chargeId,
                CommandErrors::tr("The family already has a charge “%1”").arg(chargeId)};
    }
    if (type == CommandType::ReceivePayment) {
        const QJsonValue transactionId = command.fields.value(fields::transactionId);
        if (transactionId.isString() && state.transactionIds.contains(transactionId.toString()))
            return CommandError{
                errors::duplicate, fields::transactionId,
                CommandErrors::tr("The payment “%1” was already recorded for this family")
                    .arg(transactionId.toString())};
    }
    return std::nullopt;
}

QJsonObject eventData(const FamilyState& state, const Command& command)
{
    QJsonObject data = command.fields;
    switch (command.type()) {
    case CommandType::EnrollFamily:
        if (!data.contains(QStringLiteral("preferred_contact_channel")))
            data.insert(QStringLiteral("preferred_contact_channel"), QStringLiteral("email"));
        break;
    case CommandType::UpdateEngagementScore:
        data.insert(QStringLiteral("old_score"), state.engagementScore);
        break;
    case CommandType::UpdateRiskScore:
        data.insert(QStringLiteral("old_score"), state.riskScore);
        data.insert(QStringLiteral("risk_tier"),
                    riskTierFor(data.value(QStringLiteral("new_score")).toInt()));
        break;
    default:
        break;
    }
    return data;
}

} // namespace

QString riskTierFor(int score)
{
    if (score >= 85)
        return QStringLiteral("critical");
    if (score >= 70)
        return QStringLiteral("high");
    if (score >= 40)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

std::variant<NewEvent, CommandError> decide(const FamilyState& state, const Command& command)
{
    for (const auto& check : {checkExistence, checkVersion, checkStateRules}) {
        if (auto error = check(state, command))
            return *error;
    }
    const QString& type = command.spec->eventType;
    return NewEvent{type, currentSchemaVersion(type), eventData(state, command)};
}

void evolve(FamilyState& state, const QString& eventType, const QJsonObject& data)
{
    ++state.version;
    if (eventType == QLatin1String("FamilyWithdrawn"))
        state.withdrawn = true;
    else if (eventType == QLatin1String("FamilyReenrolled"))
        state.withdrawn = false;
    else if (eventType == QLatin1String("EngagementScoreUpdated"))
        state.engagementScore = data.value(QStringLiteral("new_score")).toInt();
    else if (eventType == QLatin1String("RiskScoreUpdated"))
        state.riskScore = data.value(QStringLiteral("new_score")).toInt();
    for (const ReservedId& reserved : reservedIdsTakenBy(eventType, data))
        hold(state, reserved);
}

QList<ReservedId> reservedIdsAskedBy(const QJsonObject& commandFields)
{
    QList<ReservedId> asked;
    for (const QString& kind : {fields::chargeId, fields::transactionId}) {
        const QJsonValue id = commandFields.value(kind);
        if (id.isString())
            asked.append({kind, id.toString()});
    }
    return asked;
}

QList<ReservedId> reservedIdsTakenBy(const QString& eventType, const QJsonObject& data)
{
    const QString* kind = nullptr;
    if (eventType == QLatin1String("TuitionCharged"))
        kind = &fields::chargeId;
    else if (eventType == QLatin1String("PaymentReceived"))
        kind = &fields::transactionId;
    if (!kind)
        return {};
    const QJsonValue id = data.value(*kind);
    if (!id.isString())
        return {};
    return {{*kind, id.toString()}};
}

void hold(FamilyState& state, const ReservedId& reserved)
{
    (reserved.kind == fields::chargeId ? state.chargeIds : state.transactionIds)
        .insert(reserved.id);
}

} // namespace coopdesk
