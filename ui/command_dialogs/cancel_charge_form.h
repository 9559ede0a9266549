#pragma once

#include "entry_removal_form.h"

namespace coopdesk {

// Cancel Charge: one of the family's live charges, listed by month, amount
// and due date; cancelling it takes its amount off what the family owes.
class CancelChargeForm final : public EntryRemovalForm
{
    Q_DECLARE_TR_FUNCTIONS(CancelChargeForm)

public:
    explicit CancelChargeForm(const QString& currencyCode);

protected:
    QList<QJsonObject> readEntries(QueryService& queries, const QString& familyId) const override;
    EntryChoiceEditor::Entry describeEntry(const QJsonObject& row) const override;
    QString choiceLabel() const override;
    QString placeholder() const override;
    QString noneListed() const override;
    QString noneToRemove(const QString& familyName) const override;
    QString describeRemoval(const QJsonObject& row, const QString& balanceBefore,
                            const QString& balanceAfter) const override;
    qint64 balanceWithout(qint64 balanceCents, qint64 amountCents) const override;
};

} // namespace coopdesk
