#include "field_editor.h"

#include "i18n/code_labels.h"
#include "widgets/date_line_edit.h"
#include "widgets/key_value_editor.h"
#include "widgets/money_edit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace coopdesk {

namespace {

const QDate firstDate(1900, 1, 1);
const QDate lastDate(2100, 12, 31);

class LineFieldEditor final : public FieldEditor
{
public:
    LineFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_edit(new QLineEdit(parent))
    {
        if (rule.max > 0)
            m_edit->setMaxLength(static_cast<int>(std::min<qint64>(rule.max * 2, 32767)));
        if (rule.kind == FieldKind::Email)
            m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        if (m_edit->text().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return m_edit->text();
    }
    void setValue(const QJsonValue& value) override { m_edit->setText(value.toString()); }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QLineEdit* m_edit;
};

class MultilineFieldEditor final : public FieldEditor
{
public:
    MultilineFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setTabChangesFocus(true);
        const int lineHeight = m_edit->fontMetrics().lineSpacing();
        m_edit->setMinimumHeight(lineHeight * 4 + 12);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        const QString text = m_edit->toPlainText();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return text;
    }
    void setValue(const QJsonValue& value) override { m_edit->setPlainText(value.toString()); }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QPlainTextEdit* m_edit;
};

class ChoiceFieldEditor final : public FieldEditor
{
public:
    ChoiceFieldEditor(CommandType type, const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_combo(new QComboBox(parent))
    {
        for (const QString& code : rule.choices)
            m_combo->addItem(CodeLabels::choiceLabel(rule.name, code), code);
        m_combo->setPlaceholderText(FieldEditor::tr("Choose…"));
        // SPEC 2: the preferred channel of a new family defaults to e-mail.
        const bool defaultsToEmail = type == CommandType::EnrollFamily &&
                                     rule.name == QLatin1String("preferred_contact_channel");
        m_combo->setCurrentIndex(defaultsToEmail ? m_combo->findData(QStringLiteral("email")) : -1);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_combo; }
    QJsonValue value() const override
    {
        if (m_combo->currentIndex() < 0)
            return QJsonValue(QJsonValue::Undefined);
        return m_combo->currentData().toString();
    }
    void setValue(const QJsonValue& value) override
    {
        m_combo->setCurrentIndex(m_combo->findData(value.toString()));
    }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }

private:
    QComboBox* m_combo;
};

// A spin box that takes whatever number is typed and leaves the range to
// the field's own rule, so "150" for a score of 0 to 100 stays 150 and the
// form says why it cannot be saved (QSpinBox would drop the last digit).
// The arrows and the wheel stay within the rule's range. Its lowest
// position shows as blank and means "not given", so a required number is
// never guessed.
class RuleSpinBox final : public QSpinBox
{
public:
    RuleSpinBox(const FieldRule& rule, QWidget* parent)
        : QSpinBox(parent)
        , m_min(static_cast<int>(std::clamp<qint64>(rule.min, INT_MIN + 1, INT_MAX)))
        , m_max(static_cast<int>(std::clamp<qint64>(rule.max, m_min, INT_MAX)))
    {
        setRange(INT_MIN, INT_MAX);
        setSpecialValueText(QStringLiteral(" "));
        setValue(minimum());
    }
    bool isBlank() const { return value() == minimum(); }

    void stepBy(int steps) override
    {
        if (isBlank()) {
            setValue(steps > 0 ? m_min : m_max);
            return;
        }
        setValue(static_cast<int>(
            std::clamp<qint64>(qint64{value()} + qint64{steps} * singleStep(), m_min, m_max)));
    }

protected:
    StepEnabled stepEnabled() const override
    {
        if (isReadOnly())
            return StepNone;
        if (isBlank())
            return StepUpEnabled | StepDownEnabled;
        StepEnabled enabled = StepNone;
        if (value() < m_max)
            enabled |= StepUpEnabled;
        if (value() > m_min)
            enabled |= StepDownEnabled;
        return enabled;
    }
    QSize sizeHint() const override
    {
        // As wide as the rule's numbers, not as INT_MIN.
        QSize hint = QSpinBox::sizeHint();
        const QFontMetrics metrics(font());
        const QString widest =
            QString::number(std::abs(qint64{m_max}) > std::abs(qint64{m_min}) ? m_max : m_min);
        hint.setWidth(hint.width() - metrics.horizontalAdvance(QString::number(INT_MIN)) +
                      metrics.horizontalAdvance(widest + QStringLiteral("00")));
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    int m_min;
    int m_max;
};

class IntegerFieldEditor final : public FieldEditor
{
public:
    IntegerFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_spin(new RuleSpinBox(rule, parent))
    {
        m_spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_spin->setAccelerated(true);
        m_spin->setToolTip(FieldEditor::tr("From %1 to %2")
                               .arg(QLocale().toString(rule.min), QLocale().toString(rule.max)));
        connect(m_spin, &QSpinBox::valueChanged, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_spin; }
    QJsonValue value() const override
    {
        if (m_spin->isBlank())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonValue(qint64{m_spin->value()});
    }
    void setValue(const QJsonValue& value) override
    {
        m_spin->setValue(value.isDouble() ? value.toInt() : m_spin->minimum());
    }
    void setReadOnly(bool readOnly) override { m_spin->setReadOnly(readOnly); }

private:
    RuleSpinBox* m_spin;
};

class MoneyFieldEditor final : public FieldEditor
{
public:
    MoneyFieldEditor(const FieldRule& rule, const QString& currencyCode, QWidget* parent)
        : FieldEditor(rule)
        , m_edit(new MoneyEdit(parent))
    {
        m_edit->setCurrencyCode(currencyCode);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        const auto cents = m_edit->cents();
        if (!cents)
            return QJsonValue(QJsonValue::Undefined);
        return QJsonValue(*cents);
    }
    void setValue(const QJsonValue& value) override
    {
        if (value.isDouble())
            m_edit->setCents(static_cast<qint64>(value.toDouble()));
        else
            m_edit->clear();
    }
    QString inputError() const override
    {
        if (m_edit->isEmpty() || m_edit->cents())
            return {};
        return FieldEditor::tr("Enter an amount such as %1, with at most two decimals")
            .arg(m_edit->example());
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    MoneyEdit* m_edit;
};

QString fourDigitYears(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

class DateFieldEditor final : public FieldEditor
{
public:
    DateFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_edit(new QDateEdit(QDate::currentDate(), parent))
    {
        m_edit->setCalendarPopup(true);
        m_edit->setDateRange(firstDate, lastDate);
        const bool month = rule.kind == FieldKind::Month;
        m_edit->setDisplayFormat(month
                                     ? QStringLiteral("MMMM yyyy")
                                     : fourDigitYears(QLocale().dateFormat(QLocale::ShortFormat)));
        connect(m_edit, &QDateEdit::dateChanged, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        const QDate date = m_edit->date();
        if (!date.isValid())
            return QJsonValue(QJsonValue::Undefined);
        return rule().kind == FieldKind::Month ? date.toString(QStringLiteral("yyyy-MM"))
                                               : date.toString(Qt::ISODate);
    }
    void setValue(const QJsonValue& value) override
    {
        const QString text = value.toString();
        const QDate date = rule().kind == FieldKind::Month
                               ? QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate)
                               : QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            m_edit->setDate(date);
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QDateEdit* m_edit;
};

// A date: one field typed in the locale's short format, a calendar on
// demand (DateLineEdit), today to start with.
class DayFieldEditor final : public FieldEditor
{
public:
    DayFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_edit(new DateLineEdit(parent))
    {
        m_edit->setDateRange(firstDate, lastDate);
        m_edit->setDate(QDate::currentDate());
        connect(m_edit, &DateLineEdit::edited, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override
    {
        const QDate date = m_edit->date();
        if (!date.isValid())
            return QJsonValue(QJsonValue::Undefined);
        return date.toString(Qt::ISODate);
    }
    void setValue(const QJsonValue& value) override
    {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            m_edit->setDate(date);
        else if (value.isString() && value.toString().isEmpty())
            m_edit->clear();
    }
    QString inputError() const override { return m_edit->inputError(); }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    DateLineEdit* m_edit;
};

class BooleanFieldEditor final : public FieldEditor
{
public:
    BooleanFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_check(new QCheckBox(FieldEditor::tr("Yes"), parent))
    {
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_check; }
    QJsonValue value() const override { return m_check->isChecked(); }
    void setValue(const QJsonValue& value) override { m_check->setChecked(value.toBool()); }
    void setReadOnly(bool readOnly) override { m_check->setEnabled(!readOnly); }

private:
    QCheckBox* m_check;
};

class ObjectFieldEditor final : public FieldEditor
{
public:
    ObjectFieldEditor(const FieldRule& rule, QWidget* parent)
        : FieldEditor(rule)
        , m_editor(new KeyValueEditor(parent))
    {
        connect(m_editor, &KeyValueEditor::changed, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_editor; }
    QJsonValue value() const override
    {
        const KeyValueEditor::Result result = m_editor->result();
        if (!result.error.isEmpty() || result.object.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return result.object;
    }
    void setValue(const QJsonValue& value) override { m_editor->setObject(value.toObject()); }
    QString inputError() const override { return m_editor->result().error; }
    void setReadOnly(bool readOnly) override { m_editor->setEnabled(!readOnly); }

private:
    KeyValueEditor* m_editor;
};

} // namespace

FieldEditor::FieldEditor(const FieldRule& rule)
    : m_rule(rule)
{}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setReadOnly(bool readOnly)
{
    widget()->setEnabled(!readOnly);
}

void FieldEditor::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    QWidget* target = widget();
    target->setProperty("invalid", highlighted);
    target->style()->unpolish(target);
    target->style()->polish(target);
    target->update();
}

bool isMoneyField(const FieldRule& rule)
{
    return rule.kind == FieldKind::Integer && rule.name == QLatin1String("amount_cents");
}

std::unique_ptr<FieldEditor> createFieldEditor(CommandType type, const FieldRule& rule,
                                               const QString& currencyCode, QWidget* parent)
{
    switch (rule.kind) {
    case FieldKind::Id:
    case FieldKind::Text:
    case FieldKind::Email:
        return std::make_unique<LineFieldEditor>(rule, parent);
    case FieldKind::MultilineText:
        return std::make_unique<MultilineFieldEditor>(rule, parent);
    case FieldKind::Enum:
        return std::make_unique<ChoiceFieldEditor>(type, rule, parent);
    case FieldKind::Integer:
        if (isMoneyField(rule))
            return std::make_unique<MoneyFieldEditor>(rule, currencyCode, parent);
        return std::make_unique<IntegerFieldEditor>(rule, parent);
    case FieldKind::Date:
        return std::make_unique<DayFieldEditor>(rule, parent);
    case FieldKind::Month:
        return std::make_unique<DateFieldEditor>(rule, parent);
    case FieldKind::Boolean:
        return std::make_unique<BooleanFieldEditor>(rule, parent);
    case FieldKind::Object:
        return std::make_unique<ObjectFieldEditor>(rule, parent);
    }
    return std::make_unique<LineFieldEditor>(rule, parent);
}

} // namespace coopdesk
