#pragma once

#include "entry_removal_form.h"

namespace coopdesk {

// Void Payment: one of the family's live payments, listed by date, amount,
// method and transaction id; voiding it adds its amount to what the
// family owes.
class VoidPaymentForm final : public EntryRemovalForm
{
    Q_DECLARE_TR_FUNCTIONS(VoidPaymentForm)

public:
    explicit VoidPaymentForm(const QString& currencyCode);

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
