#include "money_edit.h"

#include "money_text.h"

#include <QEvent>

namespace coopdesk {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(this, &QLineEdit::textChanged, this, &MoneyEdit::centsChanged);
    connect(this, &QLineEdit::editingFinished, this, &MoneyEdit::normalize);
    updatePlaceholder();
}

std::optional<qint64> MoneyEdit::cents() const
{
    return money::parseCents(text(), locale(), m_currencyCode);
}

void MoneyEdit::setCents(qint64 cents)
{
    setText(money::formatCents(cents, locale()));
}

void MoneyEdit::setCurrencyCode(const QString& code)
{
    m_currencyCode = code;
}

QString MoneyEdit::example() const
{
    return money::formatCents(123456, locale());
}

void MoneyEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange)
        updatePlaceholder();
    QLineEdit::changeEvent(event);
}

void MoneyEdit::normalize()
{
    if (const auto value = cents()) {
        const QString canonical = money::formatCents(*value, locale());
        if (canonical != text())
            setText(canonical);
    }
}

void MoneyEdit::updatePlaceholder()
{
    setPlaceholderText(money::formatCents(0, locale()));
}

} // namespace coopdesk
