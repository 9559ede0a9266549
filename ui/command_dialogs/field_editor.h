#pragma once

#include "domain/command_catalog.h"

#include <QJsonValue>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace coopdesk {

// The editor of one command field: the widget the user types in, and the
// JSON value it stands for in the command (undefined: leave the key out).
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    explicit FieldEditor(const FieldRule& rule);
    ~FieldEditor() override;

    const FieldRule& rule() const { return m_rule; }
    virtual QWidget* widget() const = 0;

    virtual QJsonValue value() const = 0;
    // Set from a JSON value of the command's shape (prefill, tests).
    virtual void setValue(const QJsonValue& value) = 0;

    // Why what was typed is not a value at all (an amount that does not
    // parse, factors with an empty name); empty when there is nothing wrong.
    virtual QString inputError() const { return {}; }

    virtual void setReadOnly(bool readOnly);

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

signals:
    void edited();

private:
    FieldRule m_rule;
    bool m_highlighted = false;
};

// The right editor for a field of a command: a line edit, a multi-line
// edit for notes and reasons, a combo box with translated choices, a spin
// box, a date typed in one field with a calendar on demand, a month edit,
// a money edit for amounts, a check box,
// or a name/value table for factors. `currencyCode` labels money editors.
std::unique_ptr<FieldEditor> createFieldEditor(CommandType type, const FieldRule& rule,
                                               const QString& currencyCode, QWidget* parent);

// True for fields entered as money (integer cents).
bool isMoneyField(const FieldRule& rule);

} // namespace coopdesk
