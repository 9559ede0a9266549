#pragma once

#include "domain/family_record.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

// Projections keep each family's folded state as a blob beside their tables,
// so a restart resumes from the checkpoint without replaying any stream.
// The format is QDataStream's, little-endian (a views file is this
// machine's: strings are copied, not byte-swapped); a projection's version
// changes with it.
namespace coopdesk {

QDataStream& operator<<(QDataStream& out, const Charge& charge);
QDataStream& operator>>(QDataStream& in, Charge& charge);
QDataStream& operator<<(QDataStream& out, const CreditChunk& chunk);
QDataStream& operator>>(QDataStream& in, CreditChunk& chunk);
QDataStream& operator<<(QDataStream& out, const LiveCharge& charge);
QDataStream& operator>>(QDataStream& in, LiveCharge& charge);
QDataStream& operator<<(QDataStream& out, const LivePayment& payment);
QDataStream& operator>>(QDataStream& in, LivePayment& payment);
QDataStream& operator<<(QDataStream& out, const Settlement& settlement);
QDataStream& operator>>(QDataStream& in, Settlement& settlement);
QDataStream& operator<<(QDataStream& out, const Child& child);
QDataStream& operator>>(QDataStream& in, Child& child);
QDataStream& operator<<(QDataStream& out, const FamilyRecord& record);
QDataStream& operator>>(QDataStream& in, FamilyRecord& record);

template <typename T> QByteArray serialize(const T& value)
{
    QByteArray bytes;
    bytes.reserve(1024); // most records: no reallocation while writing
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << value;
    return bytes;
}

template <typename T> T deserialize(const QByteArray& bytes)
{
    T value{};
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    in >> value;
    return value;
}

} // namespace coopdesk
