#include "charge_all_text.h"

#include "domain/command_error.h"

namespace coopdesk {

QString ChargeAllText::family(const ChargeAllFamily& family)
{
    if (family.parentName.isEmpty())
        return family.familyName;
    return tr("%1 (%2)", "family name (parent name)").arg(family.familyName, family.parentName);
}

QString ChargeAllText::skipReason(ChargeAllSkip reason, const QString& chargeId)
{
    switch (reason) {
    case ChargeAllSkip::AlreadyCharged:
        return tr("Already holds %1").arg(chargeId);
    case ChargeAllSkip::NoChild:
        return tr("No child recorded");
    case ChargeAllSkip::NoEarlierTuition:
        return tr("No tuition charged before this month");
    }
    Q_UNREACHABLE();
}

QString ChargeAllText::chargeRefused(const CommandResult& result, const QString& chargeId)
{
    if (!result.error)
        return {};
    const QString& code = result.error->code;
    if (code == errors::duplicate)
        return tr("was charged %1 since the preview").arg(chargeId);
    if (code == errors::withdrawn)
        return tr("was withdrawn since the preview");
    if (code == errors::notFound)
        return tr("is no longer in the co-op file");
    return result.error->message;
}

QString ChargeAllText::cancelRefused(const CommandResult& result, const QString& chargeId)
{
    if (!result.error)
        return {};
    if (result.error->code == errors::notFound)
        return tr("no longer holds %1: it was cancelled since the run").arg(chargeId);
    return result.error->message;
}

} // namespace coopdesk
