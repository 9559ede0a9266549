#pragma once

#include "command.h"
#include "event.h"

#include <QHash>
#include <QList>
#include <QString>

#include <variant>

namespace coopdesk {

// An id a family holds while what it names is live (SPEC 2.1 and 2.2): a
// charge's id, a payment's id, a payment's transaction id; `kind` is the
// field's name. A void or a cancellation gives the id back.
struct ReservedId
{
    QString kind;
    QString id;

    friend bool operator==(const ReservedId&, const ReservedId&) = default;
};
size_t qHash(const ReservedId& reserved, size_t seed = 0);

// What the command side keeps under a reserved id: the amount of the live
// charge or payment (a void or cancellation records it), and a payment's
// transaction id (its void gives that back too).
struct Reservation
{
    ReservedId reserved;
    qint64 amountCents = 0;
    QString transactionId;
};

// What the command side knows of a family: just enough to check every rule
// of SPEC 2. The store keeps it as a snapshot beside the stream, so loading
// it costs the same for a family with ten events or ten thousand.
//
// `reservations` may hold only the ids a command asks about: the command
// side loads that slice (reservedIdsAskedBy), not the whole of them.
struct FamilyState
{
    QString familyId;
    qint64 version = 0; // 0: no stream yet
    bool withdrawn = false;
    int engagementScore = 0;
    int riskScore = 0;
    QHash<ReservedId, Reservation> reservations;

    bool exists() const { return version > 0; }
    const Reservation* find(const QString& kind, const QString& id) const;
};

// Steps 4 to 6 of SPEC 2.1 and the event a valid command appends.
// Pure: no clock, no ids generated here (the bus fills generated ids in).
std::variant<NewEvent, CommandError> decide(const FamilyState& state, const Command& command);

// The state after one more event of the family's stream.
void evolve(FamilyState& state, const QString& eventType, const QJsonObject& data);

// The reserved ids a command names: what decide() needs of the family's reservations.
QList<ReservedId> reservedIdsAskedBy(const QJsonObject& commandFields);
// What an event takes for its family, and what it gives back (`before` is
// the state the event applies to), kept by the store beside its state.
QList<Reservation> reservationsTakenBy(const QString& eventType, const QJsonObject& data);
QList<ReservedId> reservationsReleasedBy(const FamilyState& before, const QString& eventType,
                                         const QJsonObject& data);
void hold(FamilyState& state, const Reservation& reservation);

// The risk tier of a score: >= 85 critical, >= 70 high, >= 40 medium, else low.
QString riskTierFor(int score);

} // namespace coopdesk
