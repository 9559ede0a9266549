#include "state_serialization.h"

#include <QCborValue>
#include <QVarLengthArray>

namespace coopdesk {

namespace {

constexpr quint32 nullText = 0xffffffff; // as QDataStream marks a null QString

} // namespace

QDataStream& operator<<(QDataStream& out, Utf8Out text)
{
    if (text.text.isNull())
        return out << nullText;
    const QByteArray bytes = text.text.toUtf8();
    out << quint32(bytes.size());
    out.writeRawData(bytes.constData(), int(bytes.size()));
    return out;
}

QDataStream& operator>>(QDataStream& in, Utf8In text)
{
    quint32 size = 0;
    in >> size;
    if (size == nullText || in.status() != QDataStream::Ok) {
        text.text = QString();
        return in;
    }
    if (size == 0) {
        text.text = QStringLiteral("");
        return in;
    }
    QVarLengthArray<char, 256> bytes(size);
    if (in.readRawData(bytes.data(), int(size)) != int(size)) {
        in.setStatus(QDataStream::ReadPastEnd);
        text.text = QString();
        return in;
    }
    text.text = QString::fromUtf8(bytes.constData(), size);
    return in;
}

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

void write(QDataStream& out, const std::optional<QString>& value)
{
    out << value.has_value();
    if (value)
        out << utf8(*value);
}

void read(QDataStream& in, std::optional<QString>& value)
{
    bool present = false;
    in >> present;
    if (present) {
        QString inner;
        in >> utf8(inner);
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
    out << utf8(c.chargeId) << utf8(c.month) << c.amountCents << utf8(c.dueDate) << c.position
        << c.allocatedCents;
    write(out, c.settledOn);
    write(out, c.daysLate);
    return out << utf8Keys(c.allocatedByMethod);
}

QDataStream& operator>>(QDataStream& in, Charge& c)
{
    in >> utf8(c.chargeId) >> utf8(c.month) >> c.amountCents >> utf8(c.dueDate) >> c.position >>
        c.allocatedCents;
    read(in, c.settledOn);
    read(in, c.daysLate);
    return in >> utf8Keys(c.allocatedByMethod);
}

QDataStream& operator<<(QDataStream& out, const CreditChunk& c)
{
    return out << c.position << c.remainingCents << utf8(c.date) << utf8(c.method);
}

QDataStream& operator>>(QDataStream& in, CreditChunk& c)
{
    return in >> c.position >> c.remainingCents >> utf8(c.date) >> utf8(c.method);
}

QDataStream& operator<<(QDataStream& out, const LiveCharge& c)
{
    return out << utf8(c.chargeId) << utf8(c.month) << c.amountCents << utf8(c.dueDate)
               << c.position;
}

QDataStream& operator>>(QDataStream& in, LiveCharge& c)
{
    return in >> utf8(c.chargeId) >> utf8(c.month) >> c.amountCents >> utf8(c.dueDate) >>
           c.position;
}

QDataStream& operator<<(QDataStream& out, const LivePayment& p)
{
    out << utf8(p.paymentId) << p.amountCents << utf8(p.date) << utf8(p.method);
    write(out, p.transactionId);
    return out << p.position;
}

QDataStream& operator>>(QDataStream& in, LivePayment& p)
{
    in >> utf8(p.paymentId) >> p.amountCents >> utf8(p.date) >> utf8(p.method);
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
    return out << utf8(c.name) << c.age;
}

QDataStream& operator>>(QDataStream& in, Child& c)
{
    return in >> utf8(c.name) >> c.age;
}

QDataStream& operator<<(QDataStream& out, const FamilyRecord& r)
{
    out << utf8(r.familyId) << utf8(r.familyName);
    write(out, r.parentName);
    write(out, r.email);
    write(out, r.phone);
    out << utf8(r.enrollmentDate) << utf8(r.status);
    write(out, r.withdrawalDate);
    out << r.children << r.paymentCount;
    write(out, r.lastPaymentDate);
    out << r.settlement << r.engagementScore;
    write(out, r.engagementFactors);
    write(out, r.lastLoginDate);
    out << r.volunteerHours << r.attendanceRecorded << r.attendanceAttended << r.riskScore
        << utf8(r.riskTier);
    write(out, r.riskFactors);
    write(out, r.assignedCoordinator);
    out << utf8(r.preferredContactChannel);
    write(out, r.lastContactDate);
    write(out, r.lastContactMethod);
    return out << utf8(r.lastUpdated) << r.eventVersion;
}

QDataStream& operator>>(QDataStream& in, FamilyRecord& r)
{
    in >> utf8(r.familyId) >> utf8(r.familyName);
    read(in, r.parentName);
    read(in, r.email);
    read(in, r.phone);
    in >> utf8(r.enrollmentDate) >> utf8(r.status);
    read(in, r.withdrawalDate);
    in >> r.children >> r.paymentCount;
    read(in, r.lastPaymentDate);
    in >> r.settlement >> r.engagementScore;
    read(in, r.engagementFactors);
    read(in, r.lastLoginDate);
    in >> r.volunteerHours >> r.attendanceRecorded >> r.attendanceAttended >> r.riskScore >>
        utf8(r.riskTier);
    read(in, r.riskFactors);
    read(in, r.assignedCoordinator);
    in >> utf8(r.preferredContactChannel);
    read(in, r.lastContactDate);
    read(in, r.lastContactMethod);
    return in >> utf8(r.lastUpdated) >> r.eventVersion;
}

} // namespace coopdesk
