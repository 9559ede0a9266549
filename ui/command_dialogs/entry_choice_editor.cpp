#include "entry_choice_editor.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace coopdesk {

EntryChoiceEditor::EntryChoiceEditor(const FieldRule& rule, QWidget* parent)
    : FieldEditor(rule)
    , m_combo(new QComboBox(parent))
{
    // Long enough for a date, an amount, a method and a check number.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(28);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
    updateEnabled();
}

QWidget* EntryChoiceEditor::widget() const
{
    return m_combo;
}

QJsonValue EntryChoiceEditor::value() const
{
    if (m_combo->currentIndex() < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m_combo->currentData().toString();
}

void EntryChoiceEditor::setValue(const QJsonValue& value)
{
    const QSignalBlocker quiet(m_combo);
    m_combo->setCurrentIndex(value.isString() ? m_combo->findData(value.toString()) : -1);
}

void EntryChoiceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void EntryChoiceEditor::setEntries(const QList<Entry>& entries, const QString& placeholder,
                                   const QString& emptyText)
{
    const QJsonValue chosen = value();
    m_placeholder = placeholder;
    m_emptyText = emptyText;
    {
        const QSignalBlocker quiet(m_combo);
        m_combo->clear();
        for (const Entry& entry : entries) {
            m_combo->addItem(entry.text, entry.id);
            m_combo->setItemData(m_combo->count() - 1, entry.toolTip, Qt::ToolTipRole);
        }
    }
    setValue(chosen);
    updateEnabled();
}

int EntryChoiceEditor::entryCount() const
{
    return m_combo->count();
}

void EntryChoiceEditor::updateEnabled()
{
    const bool empty = m_combo->count() == 0;
    m_combo->setPlaceholderText(empty ? m_emptyText : m_placeholder);
    m_combo->setEnabled(!m_readOnly && !empty);
}

} // namespace coopdesk
