#pragma once

#include "command.h"
#include "event.h"

#include <QList>
#include <QSet>
#include <QString>

#include <variant>

namespace coopdesk {

// What the command side knows of a family: just enough to check every rule
// of SPEC 2. The store keeps it as a snapshot beside the stream, so loading
// it costs the same for a family with ten events or ten thousand.
//
// chargeIds and transactionIds may hold only the ids a command asks about:
// the command side loads that slice of the sets (reservedIdsAskedBy), not
// the whole of them.
struct FamilyState
{
    QString familyId;
    qint64 version = 0; // 0: no stream yet
    bool withdrawn = false;
    int engagementScore = 0;
    int riskScore = 0;
    QSet<QString> chargeIds;
    QSet<QString> transactionIds;

    bool exists() const { return version > 0; }
};

// Steps 4 to 6 of SPEC 2.1 and the event a valid command appends.
// Pure: no clock, no ids generated here (the bus fills generated ids in).
std::variant<NewEvent, CommandError> decide(const FamilyState& state, const Command& command);

// The state after one more event of the family's stream.
void evolve(FamilyState& state, const QString& eventType, const QJsonObject& data);

// An id a family holds for good once an event took it (SPEC 2.1): a
// charge's id or a payment's transaction id; `kind` is the field's name.
struct ReservedId
{
    QString kind;
    QString id;
};

// The reserved ids a command names: what decide() needs of the family's sets.
QList<ReservedId> reservedIdsAskedBy(const QJsonObject& commandFields);
// The ids an event takes for its family, kept by the store beside its state.
QList<ReservedId> reservedIdsTakenBy(const QString& eventType, const QJsonObject& data);
// Adds `reserved` to the matching set of `state`.
void hold(FamilyState& state, const ReservedId& reserved);

// The risk tier of a score: >= 85 critical, >= 70 high, >= 40 medium, else low.
QString riskTierFor(int score);

} // namespace coopdesk
