#include "state_serialization.h"

#include <QCborValue>

namespace coopdesk {

namespace {

// QDataStream has no std::optional; write a flag, then the value.
template <typename T> void write(QDataStream& out, const std::optional<T>& value)
{
    out << value.has_value();
    if (value)
        out << *value;
}

template <typename T> void read(QDataStream& in, std::optional<T>& value)
{
    bool present = false;
    in >> present;
    if (present) {
        T inner{};
        in >> inner;
        value = inner;
    } else {
        value.reset();
    }
}

// Most factors objects are empty: an empty array stands for them, without
// a CBOR round trip.
void write(QDataStream& out, const QJsonObject& object)
{
    out << (object.isEmpty() ? QByteArray() : QCborValue::fromJsonValue(object).toCbor());
}

void read(QDataStream& in, QJsonObject& object)
{
    QByteArray cbor;
    in >> cbor;
    object = cbor.isEmpty() ? QJsonObject() : QCborValue::fromCbor(cbor).toJsonValue().toObject();
}

} // namespace

QDataStream& operator<<(QDataStream& out, const Charge& c)
{
    out << c.chargeId << c.month << c.amountCents << c.dueDate << c.position << c.allocatedCents;
    write(out, c.settledOn);
    write(out, c.daysLate);
    return out << c.allocatedByMethod;
}

QDataStream& operator>>(QDataStream& in, Charge& c)
{
    in >> c.chargeId >> c.month >> c.amountCents >> c.dueDate >> c.position >> c.allocatedCents;
    read(in, c.settledOn);
    read(in, c.daysLate);
    return in >> c.allocatedByMethod;
}

QDataStream& operator<<(QDataStream& out, const CreditChunk& c)
{
    return out << c.position << c.remainingCents << c.date << c.method;
}

QDataStream& operator>>(QDataStream& in, CreditChunk& c)
{
    return in >> c.position >> c.remainingCents >> c.date >> c.method;
}

QDataStream& operator<<(QDataStream& out, const LiveCharge& c)
{
    return out << c.chargeId << c.month << c.amountCents << c.dueDate << c.position;
}

QDataStream& operator>>(QDataStream& in, LiveCharge& c)
{
    return in >> c.chargeId >> c.month >> c.amountCents >> c.dueDate >> c.position;
}

QDataStream& operator<<(QDataStream& out, const LivePayment& p)
{
    out << p.paymentId << p.amountCents << p.date << p.method;
    write(out, p.transactionId);
    return out << p.position;
}

QDataStream& operator>>(QDataStream& in, LivePayment& p)
{
    in >> p.paymentId >> p.amountCents >> p.date >> p.method;
    read(in, p.transactionId);
    return in >> p.position;
}

QDataStream& operator<<(QDataStream& out, const Settlement& s)
{
    return out << s.openCharges << s.credits << s.charges << s.payments << s.chargedCents
               << s.paidCents << s.settledChargeCount << s.settledDaysLateSum;
}

QDataStream& operator>>(QDataStream& in, Settlement& s)
{
    return in >> s.openCharges >> s.credits >> s.charges >> s.payments >> s.chargedCents >>
           s.paidCents >> s.settledChargeCount >> s.settledDaysLateSum;
}

QDataStream& operator<<(QDataStream& out, const Child& c)
{
    return out << c.name << c.age;
}

QDataStream& operator>>(QDataStream& in, Child& c)
{
    return in >> c.name >> c.age;
}

QDataStream& operator<<(QDataStream& out, const FamilyRecord& r)
{
    out << r.familyId << r.familyName;
    write(out, r.parentName);
    write(out, r.email);
    write(out, r.phone);
    out << r.enrollmentDate << r.status;
    write(out, r.withdrawalDate);
    out << r.children << r.paymentCount;
    write(out, r.lastPaymentDate);
    out << r.settlement << r.engagementScore;
    write(out, r.engagementFactors);
    write(out, r.lastLoginDate);
    out << r.volunteerHours << r.attendanceRecorded << r.attendanceAttended << r.riskScore
        << r.riskTier;
    write(out, r.riskFactors);
    write(out, r.assignedCoordinator);
    out << r.preferredContactChannel;
    write(out, r.lastContactDate);
    write(out, r.lastContactMethod);
    return out << r.lastUpdated << r.eventVersion;
}

QDataStream& operator>>(QDataStream& in, FamilyRecord& r)
{
    in >> r.familyId >> r.familyName;
    read(in, r.parentName);
    read(in, r.email);
    read(in, r.phone);
    in >> r.enrollmentDate >> r.status;
    read(in, r.withdrawalDate);
    in >> r.children >> r.paymentCount;
    read(in, r.lastPaymentDate);
    in >> r.settlement >> r.engagementScore;
    read(in, r.engagementFactors);
    read(in, r.lastLoginDate);
    in >> r.volunteerHours >> r.attendanceRecorded >> r.attendanceAttended >> r.riskScore >>
        r.riskTier;
    read(in, r.riskFactors);
    read(in, r.assignedCoordinator);
    in >> r.preferredContactChannel;
    read(in, r.lastContactDate);
    read(in, r.lastContactMethod);
    return in >> r.lastUpdated >> r.eventVersion;
}

} // namespace coopdesk
