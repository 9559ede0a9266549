#include "balance_text.h"

#include "families/family_text.h"

namespace coopdesk {

QString BalanceText::describe(qint64 balanceCents, const QString& currencyCode)
{
    if (balanceCents > 0)
        return tr("%1 owed").arg(FamilyText::money(balanceCents, currencyCode));
    if (balanceCents < 0)
        return tr("%1 in credit").arg(FamilyText::money(-balanceCents, currencyCode));
    return FamilyText::money(balanceCents, currencyCode);
}

} // namespace coopdesk
