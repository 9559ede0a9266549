#pragma once

#include "event.h"
#include "event_fields.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The whole picture of one family, folded from its events: every column of
// family_read_model (SPEC 4.1) and the first-in first-out settlement of its
// charges by its payments (SPEC 4.2). Pure: the same events give the same
// record, whoever folds them (replay, the read-model projection, verify).
namespace coopdesk {

struct Child
{
    QString name;
    int age = 0;
};

struct Charge
{
    QString chargeId;
    QString month;
    qint64 amountCents = 0;
    QString dueDate;
    qint64 position = 0; // of its TuitionCharged event: the tie-break after due_date
    qint64 allocatedCents = 0;
    std::optional<QString> settledOn;
    std::optional<int> daysLate;
    QMap<QString, qint64> allocatedByMethod;

    qint64 remainingCents() const { return amountCents - allocatedCents; }
    bool isSettled() const { return settledOn.has_value(); }

    // The family_charges row (SPEC 4.2).
    QJsonObject toJson(const QString& familyId) const;
};

// What is left of one payment, waiting for charges to settle.
struct CreditChunk
{
    qint64 position = 0;
    qint64 remainingCents = 0;
    QString date;
    QString method;
};

// A live charge or payment as its event recorded it: what a correction
// settles again from the start (SPEC 2.2).
struct LiveCharge
{
    QString chargeId;
    QString month;
    qint64 amountCents = 0;
    QString dueDate;
    qint64 position = 0;
};

struct LivePayment
{
    QString paymentId;
    qint64 amountCents = 0;
    QString date;
    QString method;
    std::optional<QString> transactionId;
    qint64 position = 0;

    // The family_payments row (SPEC 4.2).
    QJsonObject toJson(const QString& familyId) const;
};

// Cents moved from a payment to a charge.
struct Allocation
{
    QString chargeId;
    QString month;
    QString method;
    qint64 cents = 0;
};

} // namespace coopdesk

// Moved as bytes when a list grows or makes room (a charge inserted before
// hundreds of open ones): each member is a Qt handle or a plain value.
Q_DECLARE_TYPEINFO(coopdesk::Child, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coopdesk::Charge, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coopdesk::CreditChunk, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coopdesk::LiveCharge, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coopdesk::LivePayment, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coopdesk::Allocation, Q_RELOCATABLE_TYPE);

namespace coopdesk {

// What one event changed in the settlement: the charges touched (new,
// allocated to or settled) as they are now, and the cents moved. After a
// correction the family is settled again from the start: `charges` then
// holds every live charge and replaces what was there before.
struct SettlementChange
{
    QList<Charge> charges;
    QList<Allocation> allocations;
    bool replacesAll = false;
};

// A family's live charges settled by its live payments, first in first out
// (SPEC 4.2).
struct Settlement
{
    QList<Charge> openCharges;   // ordered by (due_date, position)
    QList<CreditChunk> credits;  // ordered by position
    QList<LiveCharge> charges;   // every live charge, in position order
    QList<LivePayment> payments; // every live payment, in position order
    qint64 chargedCents = 0;
    qint64 paidCents = 0;
    qint64 settledChargeCount = 0;
    qint64 settledDaysLateSum = 0;

    SettlementChange addCharge(const RecordedEvent& event, const QJsonObject& data);
    SettlementChange addCharge(const RecordedEvent& event, const EventFields& data);
    SettlementChange addPayment(const RecordedEvent& event, const QJsonObject& data);
    SettlementChange addPayment(const RecordedEvent& event, const EventFields& data);
    // SPEC 2.2: the payment or charge counts nowhere any more, and the rest
    // is settled again from the start in position order. Unknown ids change
    // nothing.
    SettlementChange voidPayment(const QString& paymentId);
    SettlementChange cancelCharge(const QString& chargeId);

    // Every live charge as it stands, with its allocations (settles a copy
    // from the start: for a correction's before and after).
    QList<Charge> allCharges() const;
    const LivePayment* findPayment(const QString& paymentId) const;

private:
    SettlementChange settle(const LiveCharge& charge);
    SettlementChange settle(const LivePayment& payment);
    SettlementChange settleFromStart();
    void allocate(SettlementChange& change);
};

struct FamilyRecord
{
    QString familyId;
    QString familyName;
    std::optional<QString> parentName;
    std::optional<QString> email;
    std::optional<QString> phone;
    QString enrollmentDate;
    QString status = QStringLiteral("enrolled");
    std::optional<QString> withdrawalDate;
    QList<Child> children;
    qint64 paymentCount = 0;
    std::optional<QString> lastPaymentDate;
    Settlement settlement;
    int engagementScore = 0;
    QJsonObject engagementFactors;
    std::optional<QString> lastLoginDate;
    qint64 volunteerHours = 0;
    qint64 attendanceRecorded = 0;
    qint64 attendanceAttended = 0;
    int riskScore = 0;
    QString riskTier = QStringLiteral("low");
    QJsonObject riskFactors;
    std::optional<QString> assignedCoordinator;
    QString preferredContactChannel = QStringLiteral("email");
    std::optional<QString> lastContactDate;
    std::optional<QString> lastContactMethod;
    QString lastUpdated;
    qint64 eventVersion = 0;

    qint64 totalPaidCents() const { return settlement.paidCents; }
    qint64 balanceCents() const { return settlement.chargedCents - settlement.paidCents; }
    std::optional<qint64> avgPaymentDaysLate() const;
    std::optional<double> eventAttendanceRate() const;

    // The family_read_model row, column names as keys, JSON columns as JSON.
    QJsonObject toJson() const;
};

// Column names in the order of SPEC 4.1 and 4.2 (for output and tables).
const QStringList& familyColumns();
const QStringList& chargeColumns();
const QStringList& paymentColumns();

// Folds one more event (data already decoded and upcast) into the record.
// The same fold for data read either way (EventFields: the replay's faster
// read of the stored text).
SettlementChange applyFamilyEvent(FamilyRecord& record, const RecordedEvent& event,
                                  const QJsonObject& data);
SettlementChange applyFamilyEvent(FamilyRecord& record, const RecordedEvent& event,
                                  const EventFields& data);

// n / d rounded half up to `decimals` places, computed on integers (n, d >= 0, d > 0).
double roundedHalfUp(qint64 numerator, qint64 denominator, int decimals);

// Whole days from one ISO date to another (negative when `to` is earlier).
qint64 daysBetween(const QString& from, const QString& to);

} // namespace coopdesk
