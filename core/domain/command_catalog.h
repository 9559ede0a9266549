#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The commands of SPEC section 2 as data: their fields in the order they are
// checked, each field's kind and bounds, and the event each one appends.
namespace coopdesk {

enum class CommandType {
    EnrollFamily,
    ChangeContactDetails,
    AddChild,
    ChargeTuition,
    ReceivePayment,
    UpdateEngagementScore,
    UpdateRiskScore,
    RecordContact,
    AssignCoordinator,
    LogVolunteerHours,
    RecordAttendance,
    RecordLogin,
    WithdrawFamily,
    ReenrollFamily,
    VoidPayment,
    CancelCharge,
    CorrectEnrollment,
};

enum class FieldKind {
    Id,            // [A-Za-z0-9_-]{1,64}, not trimmed
    Text,          // trimmed, no control characters, min..max code points
    MultilineText, // as Text, but line feed and tab are allowed
    Email,         // as Text, then the address shape
    Date,          // YYYY-MM-DD
    Month,         // YYYY-MM
    Integer,       // a JSON number without fractional part, min..max
    Enum,          // one of `choices`, matched exactly
    Boolean,       // a JSON boolean
    Object,        // a JSON object; absent means {}
};

struct FieldRule
{
    QString name;
    FieldKind kind;
    bool required = false;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    bool happened = false; // the (H) mark: a date of something that has happened
};

struct CommandSpec
{
    CommandType type;
    QString name;
    QString eventType;
    bool rejectsWithdrawn;   // the (E) mark of the spec
    QList<FieldRule> fields; // family_id first
};

namespace fields {
inline const QString familyId = QStringLiteral("family_id");
inline const QString chargeId = QStringLiteral("charge_id");
inline const QString paymentId = QStringLiteral("payment_id");
inline const QString transactionId = QStringLiteral("transaction_id");
inline const QString amountCents = QStringLiteral("amount_cents");
inline const QString command = QStringLiteral("command");
inline const QString commandId = QStringLiteral("command_id");
inline const QString expectedVersion = QStringLiteral("expected_version");
} // namespace fields

const QList<CommandSpec>& commandSpecs();
const CommandSpec* findCommandSpec(const QString& name);
const CommandSpec& commandSpec(CommandType type);

const QStringList& contactChannels(); // email phone sms in_person
const QStringList& paymentMethods();  // card check cash ach other
const QStringList& eventTypes();      // every event type, in the order of the spec

} // namespace coopdesk
