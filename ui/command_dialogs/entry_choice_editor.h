#pragma once

#include "field_editor.h"

#include <QList>

class QComboBox;

namespace coopdesk {

// The editor of a payment_id or charge_id to correct: a choice among the
// family's live payments or charges, each shown as people know it (date,
// amount, method…), never an id to type. Nothing is chosen to start with
// unless setValue() picks one.
class EntryChoiceEditor final : public FieldEditor
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString text;
        QString toolTip;
    };

    EntryChoiceEditor(const FieldRule& rule, QWidget* parent);

    QWidget* widget() const override;
    QJsonValue value() const override;
    // Picks the entry with that id; none when it is not listed.
    void setValue(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

    // The entries to choose from; the one chosen stays chosen when it is
    // still among them. `placeholder` shows while none is chosen; with no
    // entries the choice is disabled and shows `emptyText`.
    void setEntries(const QList<Entry>& entries, const QString& placeholder,
                    const QString& emptyText);
    int entryCount() const;

private:
    void updateEnabled();

    QComboBox* m_combo;
    QString m_placeholder;
    QString m_emptyText;
    bool m_readOnly = false;
};

} // namespace coopdesk
