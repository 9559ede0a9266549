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

// SPEC 2.1 step 6: duplicates (charge_id, payment_id, transaction_id, in
// that order), then what a void or cancellation names must be live.
std::optional<CommandError> checkReservations(const FamilyState& state, const Command& command)
{
    const auto named = [&](const QString& field) {
        const QJsonValue id = command.fields.value(field);
        return id.isString() ? state.find(field, id.toString()) : nullptr;
    };
    const auto id = [&](const QString& field) { return command.fields.value(field).toString(); };
    switch (command.type()) {
    case CommandType::ChargeTuition:
        if (named(fields::chargeId))
            return CommandError{errors::duplicate, fields::chargeId,
                                CommandErrors::tr("The family already has a charge “%1”")
                                    .arg(id(fields::chargeId))};
        break;
    case CommandType::ReceivePayment:
        if (named(fields::paymentId))
            return CommandError{errors::duplicate, fields::paymentId,
                                CommandErrors::tr("The family already has a payment “%1”")
                                    .arg(id(fields::paymentId))};
        if (named(fields::transactionId))
            return CommandError{
                errors::duplicate, fields::transactionId,
                CommandErrors::tr("The payment “%1” was already recorded for this family")
                    .arg(id(fields::transactionId))};
        break;
    case CommandType::VoidPayment:
        if (!named(fields::paymentId))
            return CommandError{errors::notFound, fields::paymentId,
                                CommandErrors::tr("The family has no payment “%1” to void "
                                                  "(or it was voided already)")
                                    .arg(id(fields::paymentId))};
        break;
    case CommandType::CancelCharge:
        if (!named(fields::chargeId))
            return CommandError{errors::notFound, fields::chargeId,
                                CommandErrors::tr("The family has no charge “%1” to cancel "
                                                  "(or it was cancelled already)")
                                    .arg(id(fields::chargeId))};
        break;
    default:
        break;
    }
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
    if (type == CommandType::CorrectEnrollment && command.fields.isEmpty())
        return CommandError{errors::validation, std::nullopt,
                            CommandErrors::tr("Give the family name or the enrollment date to "
                                              "correct")};
    return checkReservations(state, command);
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
    case CommandType::VoidPayment:
        data.insert(
            fields::amountCents,
            state.find(fields::paymentId, data.value(fields::paymentId).toString())->amountCents);
        break;
    case CommandType::CancelCharge:
        data.insert(
            fields::amountCents,
            state.find(fields::chargeId, data.value(fields::chargeId).toString())->amountCents);
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

size_t qHash(const ReservedId& reserved, size_t seed)
{
    return qHashMulti(seed, reserved.kind, reserved.id);
}

const Reservation* FamilyState::find(const QString& kind, const QString& id) const
{
    const auto it = reservations.constFind(ReservedId{kind, id});
    return it == reservations.constEnd() ? nullptr : &it.value();
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
    for (const ReservedId& released : reservationsReleasedBy(state, eventType, data))
        state.reservations.remove(released);
    for (const Reservation& taken : reservationsTakenBy(eventType, data))
        hold(state, taken);
}

QList<ReservedId> reservedIdsAskedBy(const QJsonObject& commandFields)
{
    QList<ReservedId> asked;
    for (const QString& kind : {fields::chargeId, fields::paymentId, fields::transactionId}) {
        const QJsonValue id = commandFields.value(kind);
        if (id.isString())
            asked.append({kind, id.toString()});
    }
    return asked;
}

QList<Reservation> reservationsTakenBy(const QString& eventType, const QJsonObject& data)
{
    const qint64 cents = data.value(fields::amountCents).toInteger();
    if (eventType == QLatin1String("TuitionCharged"))
        return {{{fields::chargeId, data.value(fields::chargeId).toString()}, cents, {}}};
    if (eventType != QLatin1String("PaymentReceived"))
        return {};
    const QString transactionId = data.value(fields::transactionId).toString();
    QList<Reservation> taken{
        {{fields::paymentId, data.value(fields::paymentId).toString()}, cents, transactionId}};
    if (!transactionId.isEmpty())
        taken.append({{fields::transactionId, transactionId}, cents, {}});
    return taken;
}

QList<ReservedId> reservationsReleasedBy(const FamilyState& before, const QString& eventType,
                                         const QJsonObject& data)
{
    if (eventType == QLatin1String("ChargeCancelled"))
        return {{fields::chargeId, data.value(fields::chargeId).toString()}};
    if (eventType != QLatin1String("PaymentVoided"))
        return {};
    const QString paymentId = data.value(fields::paymentId).toString();
    QList<ReservedId> released{{fields::paymentId, paymentId}};
    const Reservation* payment = before.find(fields::paymentId, paymentId);
    if (payment && !payment->transactionId.isEmpty())
        released.append({fields::transactionId, payment->transactionId});
    return released;
}

void hold(FamilyState& state, const Reservation& reservation)
{
    state.reservations.insert(reservation.reserved, reservation);
}

} // namespace coopdesk
