#pragma once

#include "command.h"
#include "event.h"

#include <QSet>
#include <QString>

#include <variant>

namespace coopdesk {

// What the command side knows of a family: just enough to check every rule
// of SPEC 2. The store keeps it as a snapshot beside the stream, so loading
// it costs the same for a family with ten events or ten thousand.
//
// chargeIds and transactionIds may hold only the ids a command asks about:
// the store loads that slice of the set, not the whole of it.
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

// The risk tier of a score: >= 85 critical, >= 70 high, >= 40 medium, else low.
QString riskTierFor(int score);

} // namespace coopdesk
