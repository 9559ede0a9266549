#pragma once

#include <QLineEdit>

#include <optional>

namespace coopdesk {

// A line edit for an amount of money in the widget's locale, read as
// integer cents (see money::parseCents). When editing ends on a valid
// amount the text is rewritten in the locale's own form ("1234.5" →
// "1,234.50").
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // The amount typed, or nullopt when the text is empty or not an amount.
    std::optional<qint64> cents() const;
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    void setCents(qint64 cents);

    QString currencyCode() const { return m_currencyCode; }
    void setCurrencyCode(const QString& code);

    // An example amount in this locale, for hints: "1,234.56".
    QString example() const;

signals:
    void centsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void normalize();
    void updatePlaceholder();

    QString m_currencyCode;
};

} // namespace coopdesk
