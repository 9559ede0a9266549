#include "cancel_charge_form.h"

#include "families/family_text.h"
#include "queries/query_service.h"

namespace coopdesk {

namespace {

QString text(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

} // namespace

CancelChargeForm::CancelChargeForm(const QString& currencyCode)
    : EntryRemovalForm(fields::chargeId, currencyCode)
{}

QList<QJsonObject> CancelChargeForm::readEntries(QueryService& queries,
                                                 const QString& familyId) const
{
    return queries.familyCharges(familyId);
}

EntryChoiceEditor::Entry CancelChargeForm::describeEntry(const QJsonObject& row) const
{
    const QString shown =
        tr("%1 · %2 · due %3", "charge: month · amount · due date")
            .arg(FamilyText::month(text(row, "month")),
                 FamilyText::money(row.value(QStringLiteral("amount_cents")), currencyCode()),
                 dateText(text(row, "due_date")));
    return {text(row, "charge_id"), shown, tr("Charge %1").arg(text(row, "charge_id"))};
}

QString CancelChargeForm::choiceLabel() const
{
    return tr("Charge");
}

QString CancelChargeForm::placeholder() const
{
    return tr("Choose the charge to cancel…");
}

QString CancelChargeForm::noneListed() const
{
    return tr("No charges");
}

QString CancelChargeForm::noneToRemove(const QString& familyName) const
{
    return tr("%1 has no charge to cancel: none is recorded, or every one is cancelled already.")
        .arg(familyName);
}

QString CancelChargeForm::describeRemoval(const QJsonObject& row, const QString& balanceBefore,
                                          const QString& balanceAfter) const
{
    return tr("Cancels the charge of %1 for %2, due %3; the family's balance goes from %4 to %5.")
        .arg(FamilyText::money(row.value(QStringLiteral("amount_cents")), currencyCode()),
             FamilyText::month(text(row, "month")), dateText(text(row, "due_date")), balanceBefore,
             balanceAfter);
}

qint64 CancelChargeForm::balanceWithout(qint64 balanceCents, qint64 amountCents) const
{
    return balanceCents - amountCents;
}

} // namespace coopdesk
