#pragma once

#include "domain/family_record.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QMap>
#include <QString>

// Projections keep each family's folded state as a blob beside their tables,
// so a restart resumes from the checkpoint without replaying any stream.
// The format is QDataStream's, little-endian (a views file is this
// machine's), with strings as UTF-8 (below); a projection's version changes
// with it.
namespace coopdesk {

// Strings go into the blobs as UTF-8, not QDataStream's UTF-16: they are
// mostly ASCII (ids, dates, names), so a record takes about half the bytes,
// and most fit in their B-tree page without an overflow page. Null and
// empty strings stay apart, as QDataStream keeps them.
struct Utf8Out
{
    const QString& text;
};
struct Utf8In
{
    QString& text;
};
inline Utf8Out utf8(const QString& text)
{
    return {text};
}
inline Utf8In utf8(QString& text)
{
    return {text};
}
QDataStream& operator<<(QDataStream& out, Utf8Out text);
QDataStream& operator>>(QDataStream& in, Utf8In text);

// A map keyed by strings (a method, a month), its keys as UTF-8.
template <typename T> struct Utf8KeysOut
{
    const QMap<QString, T>& map;
};
template <typename T> struct Utf8KeysIn
{
    QMap<QString, T>& map;
};
template <typename T> Utf8KeysOut<T> utf8Keys(const QMap<QString, T>& map)
{
    return {map};
}
template <typename T> Utf8KeysIn<T> utf8Keys(QMap<QString, T>& map)
{
    return {map};
}
template <typename T> QDataStream& operator<<(QDataStream& out, Utf8KeysOut<T> keyed)
{
    out << quint32(keyed.map.size());
    for (auto it = keyed.map.cbegin(); it != keyed.map.cend(); ++it)
        out << utf8(it.key()) << it.value();
    return out;
}
template <typename T> QDataStream& operator>>(QDataStream& in, Utf8KeysIn<T> keyed)
{
    keyed.map.clear();
    quint32 size = 0;
    in >> size;
    for (quint32 i = 0; i < size && in.status() == QDataStream::Ok; ++i) {
        QString key;
        T value{};
        in >> utf8(key) >> value;
        keyed.map.insert(key, value);
    }
    return in;
}

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
