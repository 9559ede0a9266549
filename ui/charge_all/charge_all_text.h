#pragma once

#include "commands/charge_all.h"
#include "commands/command_result.h"

#include <QCoreApplication>
#include <QString>

namespace coopdesk {

// Charge Tuition to All Families in words: a family as people know it, why
// one is skipped, and why the store refused one of the run's commands.
class ChargeAllText
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::ChargeAllText)

public:
    // "Alvarez Family (Ana Alvarez)", or the name alone without a parent.
    static QString family(const ChargeAllFamily& family);
    // Why the plan leaves the family out, naming the charge id where it matters.
    static QString skipReason(ChargeAllSkip reason, const QString& chargeId);
    // Why a ChargeTuition (charging) or CancelCharge (cancelling the run)
    // of the family was refused since the preview.
    static QString chargeRefused(const CommandResult& result, const QString& chargeId);
    static QString cancelRefused(const CommandResult& result, const QString& chargeId);
};

} // namespace coopdesk
