#pragma once

#include "correction_form.h"
#include "entry_choice_editor.h"

#include <QList>

namespace coopdesk {

// What Void Payment and Cancel Charge share: the payment or charge is
// chosen among the family's live ones (read when the family is known),
// and the preview says what goes and how the family's balance moves.
class EntryRemovalForm : public CorrectionForm
{
    Q_DECLARE_TR_FUNCTIONS(EntryRemovalForm)

public:
    std::unique_ptr<FieldEditor> createEditor(const FieldRule& rule, QWidget* parent) override;
    QString fieldLabel(const QString& field) const override;
    QJsonObject setFamily(const QString& familyId, const std::optional<QJsonObject>& family,
                          QueryService* queries) override;
    QString blocker(const QJsonObject& form) const override;
    QString preview(const QJsonObject& form) const override;
    QString firstField() const override;

protected:
    EntryRemovalForm(const QString& idField, const QString& currencyCode);

    const QString& currencyCode() const { return m_currencyCode; }

    // The family's live payments or charges, as the read models list them.
    virtual QList<QJsonObject> readEntries(QueryService& queries,
                                           const QString& familyId) const = 0;
    // How one is listed in the choice.
    virtual EntryChoiceEditor::Entry describeEntry(const QJsonObject& row) const = 0;
    // The choice's label, what it shows while nothing is chosen, what it
    // shows when there is nothing to choose, and what the dialog then says
    // ("Martinez Family has no payment to void.").
    virtual QString choiceLabel() const = 0;
    virtual QString placeholder() const = 0;
    virtual QString noneListed() const = 0;
    virtual QString noneToRemove(const QString& familyName) const = 0;
    // The preview: what goes, the balance before and after (in words).
    virtual QString describeRemoval(const QJsonObject& row, const QString& balanceBefore,
                                    const QString& balanceAfter) const = 0;
    // The family's balance once that amount no longer counts.
    virtual qint64 balanceWithout(qint64 balanceCents, qint64 amountCents) const = 0;

private:
    const QJsonObject* chosen(const QJsonObject& form) const;

    QString m_idField;
    QString m_currencyCode;
    EntryChoiceEditor* m_choice = nullptr;
    QString m_familyId;
    std::optional<QJsonObject> m_family;
    QList<QJsonObject> m_entries;
    QString m_readError;
};

} // namespace coopdesk
