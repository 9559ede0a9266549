#include "command_catalog.h"

#include <QHash>

namespace coopdesk {

namespace {

using K = FieldKind;

FieldRule id(const QString& name, bool required)
{
    return {name, K::Id, required, 1, 64, {}};
}
FieldRule text(const QString& name, bool required, qint64 min, qint64 max)
{
    return {name, K::Text, required, min, max, {}};
}
FieldRule notes(const QString& name)
{
    return {name, K::MultilineText, false, 0, 2000, {}};
}
FieldRule integer(const QString& name, qint64 min, qint64 max)
{
    return {name, K::Integer, true, min, max, {}};
}
FieldRule date(const QString& name)
{
    return {name, K::Date, true, 0, 0, {}};
}
// A date marked (H) in SPEC 2: it may not lie after the desk's today + 1.
FieldRule happenedDate(const QString& name)
{
    return {name, K::Date, true, 0, 0, {}, true};
}
FieldRule reason()
{
    return {QStringLiteral("reason"), K::MultilineText, true, 1, 2000, {}};
}
FieldRule choice(const QString& name, bool required, const QStringList& choices)
{
    return {name, K::Enum, required, 0, 0, choices};
}
FieldRule object(const QString& name)
{
    return {name, K::Object, false, 0, 0, {}};
}

QList<CommandSpec> buildSpecs()
{
    const auto s = [](const char* latin1) { return QString::fromLatin1(latin1); };
    const FieldRule familyId = id(fields::familyId, true);
    const FieldRule email{s("email"), K::Email, false, 0, 254, {}};
    const qint64 maxCents = 100'000'000;
    // One command per entry, not one field per line.
    // clang-format off
    return {
        {CommandType::EnrollFamily, s("EnrollFamily"), s("FamilyEnrolled"), false,
         {id(fields::familyId, false), text(s("family_name"), true, 1, 200),
          date(s("enrollment_date")), text(s("parent_name"), false, 0, 200), email,
          text(s("phone"), false, 0, 40),
          choice(s("preferred_contact_channel"), false, contactChannels()),
          text(s("assigned_coordinator"), false, 0, 100)}},
        {CommandType::ChangeContactDetails, s("ChangeContactDetails"), s("ContactDetailsChanged"),
         false,
         {familyId, text(s("parent_name"), false, 0, 200), email, text(s("phone"), false, 0, 40),
          choice(s("preferred_contact_channel"), false, contactChannels())}},
        {CommandType::AddChild, s("AddChild"), s("ChildAdded"), true,
         {familyId, text(s("child_name"), true, 1, 200), integer(s("child_age"), 0, 25)}},
        {CommandType::ChargeTuition, s("ChargeTuition"), s("TuitionCharged"), true,
         {familyId, id(fields::chargeId, false), {s("month"), K::Month, true, 0, 0, {}},
          integer(s("amount_cents"), 1, maxCents), date(s("due_date"))}},
        {CommandType::ReceivePayment, s("ReceivePayment"), s("PaymentReceived"), false,
         {familyId, id(fields::paymentId, false), integer(s("amount_cents"), 1, maxCents),
          happenedDate(s("date")),
          choice(s("payment_method"), true, paymentMethods()),
          text(fields::transactionId, false, 0, 100)}},
        {CommandType::UpdateEngagementScore, s("UpdateEngagementScore"),
         s("EngagementScoreUpdated"), true,
         {familyId, integer(s("new_score"), 0, 100), object(s("factors"))}},
        {CommandType::UpdateRiskScore, s("UpdateRiskScore"), s("RiskScoreUpdated"), true,
         {familyId, integer(s("new_score"), 0, 100), object(s("risk_factors"))}},
        {CommandType::RecordContact, s("RecordContact"), s("ContactRecorded"), false,
         {familyId, happenedDate(s("date")), choice(s("method"), true, contactChannels()),
          notes(s("notes"))}},
        {CommandType::AssignCoordinator, s("AssignCoordinator"), s("CoordinatorAssigned"), true,
         {familyId, text(s("coordinator"), true, 1, 100)}},
        {CommandType::LogVolunteerHours, s("LogVolunteerHours"), s("VolunteerHoursLogged"), true,
         {familyId, integer(s("hours"), 1, 24), happenedDate(s("date"))}},
        {CommandType::RecordAttendance, s("RecordAttendance"), s("AttendanceRecorded"), true,
         {familyId, text(s("event_name"), true, 1, 200), happenedDate(s("date")),
          {s("attended"), K::Boolean, true, 0, 0, {}}}},
        {CommandType::RecordLogin, s("RecordLogin"), s("LoginRecorded"), true,
         {familyId, happenedDate(s("date"))}},
        {CommandType::WithdrawFamily, s("WithdrawFamily"), s("FamilyWithdrawn"), false,
         {familyId, happenedDate(s("date")), notes(s("reason"))}},
        {CommandType::ReenrollFamily, s("ReenrollFamily"), s("FamilyReenrolled"), false,
         {familyId, happenedDate(s("date"))}},
        {CommandType::VoidPayment, s("VoidPayment"), s("PaymentVoided"), false,
         {familyId, id(fields::paymentId, true), reason()}},
        {CommandType::CancelCharge, s("CancelCharge"), s("ChargeCancelled"), false,
         {familyId, id(fields::chargeId, true), reason()}},
        {CommandType::CorrectEnrollment, s("CorrectEnrollment"), s("EnrollmentCorrected"), false,
         {familyId, text(s("family_name"), false, 1, 200),
          {s("enrollment_date"), K::Date, false, 0, 0, {}}}},
    };
    // clang-format on
}

} // namespace

const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs = buildSpecs();
    return specs;
}

const CommandSpec* findCommandSpec(const QString& name)
{
    static const QHash<QString, const CommandSpec*> byName = [] {
        QHash<QString, const CommandSpec*> map;
        for (const CommandSpec& spec : commandSpecs())
            map.insert(spec.name, &spec);
        return map;
    }();
    return byName.value(name, nullptr);
}

const CommandSpec& commandSpec(CommandType type)
{
    return commandSpecs().at(static_cast<qsizetype>(type));
}

const QStringList& contactChannels()
{
    static const QStringList channels{QStringLiteral("email"), QStringLiteral("phone"),
                                      QStringLiteral("sms"), QStringLiteral("in_person")};
    return channels;
}

const QStringList& paymentMethods()
{
    static const QStringList methods{QStringLiteral("card"), QStringLiteral("check"),
                                     QStringLiteral("cash"), QStringLiteral("ach"),
                                     QStringLiteral("other")};
    return methods;
}

const QStringList& eventTypes()
{
    static const QStringList types = [] {
        QStringList list;
        for (const CommandSpec& spec : commandSpecs())
            list << spec.eventType;
        return list;
    }();
    return types;
}

} // namespace coopdesk
