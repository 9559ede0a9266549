#include "entry_removal_form.h"

#include "family_detail/balance_text.h"
#include "queries/query_service.h"
#include "store/storage_error.h"

namespace coopdesk {

EntryRemovalForm::EntryRemovalForm(const QString& idField, const QString& currencyCode)
    : m_idField(idField)
    , m_currencyCode(currencyCode)
{}

std::unique_ptr<FieldEditor> EntryRemovalForm::createEditor(const FieldRule& rule, QWidget* parent)
{
    if (rule.name != m_idField)
        return nullptr;
    auto editor = std::make_unique<EntryChoiceEditor>(rule, parent);
    m_choice = editor.get();
    return editor;
}

QString EntryRemovalForm::fieldLabel(const QString& field) const
{
    return field == m_idField ? choiceLabel() : QString();
}

QJsonObject EntryRemovalForm::setFamily(const QString& familyId,
                                        const std::optional<QJsonObject>& family,
                                        QueryService* queries)
{
    m_familyId = familyId;
    m_family = family;
    m_entries.clear();
    m_readError.clear();
    if (!familyId.isEmpty() && family && queries) {
        try {
            m_entries = readEntries(*queries, familyId);
        } catch (const StorageError& failure) {
            m_readError = failure.message();
        }
    }
    if (m_choice) {
        QList<EntryChoiceEditor::Entry> entries;
        for (const QJsonObject& row : std::as_const(m_entries))
            entries << describeEntry(row);
        m_choice->setEntries(entries, placeholder(),
                             familyId.isEmpty() ? tr("Choose the family first") : noneListed());
    }
    return {};
}

QString EntryRemovalForm::blocker(const QJsonObject&) const
{
    if (m_familyId.isEmpty())
        return {}; // the dialog asks for the family first
    if (!m_readError.isEmpty())
        return tr("The family's entries cannot be read: %1").arg(m_readError);
    if (!m_family)
        return tr("What the family was charged and paid cannot be listed until the read models "
                  "have caught up with it; try again in a moment.");
    if (m_entries.isEmpty())
        return noneToRemove(m_family->value(QStringLiteral("family_name")).toString());
    return {};
}

const QJsonObject* EntryRemovalForm::chosen(const QJsonObject& form) const
{
    const QString id = form.value(m_idField).toString();
    for (const QJsonObject& row : m_entries) {
        if (!id.isEmpty() && row.value(m_idField).toString() == id)
            return &row;
    }
    return nullptr;
}

QString EntryRemovalForm::preview(const QJsonObject& form) const
{
    const QJsonObject* row = chosen(form);
    if (!row || !m_family)
        return {};
    const qint64 before = m_family->value(QStringLiteral("balance_cents")).toInteger();
    const qint64 after =
        balanceWithout(before, row->value(QStringLiteral("amount_cents")).toInteger());
    return describeRemoval(*row, BalanceText::describe(before, m_currencyCode),
                           BalanceText::describe(after, m_currencyCode));
}

QString EntryRemovalForm::firstField() const
{
    // Chosen already (from the family's page): the reason is what is left to give.
    return m_choice && !m_choice->value().isUndefined() ? QStringLiteral("reason") : QString();
}

} // namespace coopdesk
