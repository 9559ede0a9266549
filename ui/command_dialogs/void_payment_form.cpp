#include "void_payment_form.h"

#include "families/family_text.h"
#include "i18n/code_labels.h"
#include "queries/query_service.h"

namespace coopdesk {

namespace {

QString text(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

} // namespace

VoidPaymentForm::VoidPaymentForm(const QString& currencyCode)
    : EntryRemovalForm(fields::paymentId, currencyCode)
{}

QList<QJsonObject> VoidPaymentForm::readEntries(QueryService& queries,
                                                const QString& familyId) const
{
    return queries.familyPayments(familyId);
}

EntryChoiceEditor::Entry VoidPaymentForm::describeEntry(const QJsonObject& row) const
{
    QString shown =
        tr("%1 · %2 · %3", "payment: date · amount · method")
            .arg(dateText(text(row, "date")),
                 FamilyText::money(row.value(QStringLiteral("amount_cents")), currencyCode()),
                 CodeLabels::paymentMethod(text(row, "payment_method")));
    const QString transaction = text(row, "transaction_id");
    if (!transaction.isEmpty())
        shown = tr("%1 · transaction %2").arg(shown, transaction);
    return {text(row, "payment_id"), shown, tr("Payment %1").arg(text(row, "payment_id"))};
}

QString VoidPaymentForm::choiceLabel() const
{
    return tr("Payment");
}

QString VoidPaymentForm::placeholder() const
{
    return tr("Choose the payment to void…");
}

QString VoidPaymentForm::noneListed() const
{
    return tr("No payments");
}

QString VoidPaymentForm::noneToRemove(const QString& familyName) const
{
    return tr("%1 has no payment to void: none is recorded, or every one is voided already.")
        .arg(familyName);
}

QString VoidPaymentForm::describeRemoval(const QJsonObject& row, const QString& balanceBefore,
                                         const QString& balanceAfter) const
{
    return tr("Voids %1 received on %2 by %3; the family's balance goes from %4 to %5.")
        .arg(FamilyText::money(row.value(QStringLiteral("amount_cents")), currencyCode()),
             dateText(text(row, "date")), CodeLabels::paymentMethod(text(row, "payment_method")),
             balanceBefore, balanceAfter);
}

qint64 VoidPaymentForm::balanceWithout(qint64 balanceCents, qint64 amountCents) const
{
    return balanceCents + amountCents;
}

} // namespace coopdesk
