#include "command_dialog.h"

#include "commands/command_bus.h"
#include "field_editor.h"
#include "i18n/code_labels.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

const char* const dialogStyle = "*[invalid=\"true\"] { border: 2px solid #d93025; "
                                "border-radius: 3px; padding: 1px; } "
                                "QLabel#fieldMessage { color: #c5221f; } "
                                "QLineEdit[readOnly=\"true\"] { background: palette(window); }";

// Restores the cursor however the save ends.
struct WaitCursor
{
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

CommandDialog::CommandDialog(CommandBus* bus, CommandType type, const QString& familyId,
                             const QString& currencyCode, QWidget* parent)
    : QDialog(parent)
    , m_bus(bus)
    , m_type(type)
    , m_commandId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_currencyCode(currencyCode)
{
    setWindowTitle(CodeLabels::commandTitle(type));
    setObjectName(QStringLiteral("commandDialog_") + commandSpec(type).name);
    setStyleSheet(QString::fromLatin1(dialogStyle));
    setMinimumWidth(480);

    auto* description = new QLabel(CodeLabels::commandDescription(type), this);
    description->setWordWrap(true);
    m_messageBar = new MessageBar(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CommandDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommandDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(description);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(buttons);

    buildForm(familyId, currencyCode);
    // The fields first, then Save and Cancel (the buttons were made first).
    QWidget* previous = nullptr;
    for (const auto& [name, row] : m_rows) {
        for (QWidget* widget : {static_cast<QWidget*>(row.include), row.editor->widget()}) {
            if (!widget)
                continue;
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    for (QAbstractButton* button : buttons->buttons()) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    // Typing goes into the first field, not to Cancel.
    if (QWidget* first = firstEditableField())
        first->setFocus(Qt::OtherFocusReason);
    revalidate();
}

CommandDialog::~CommandDialog() = default;

QWidget* CommandDialog::firstEditableField() const
{
    for (const auto& [name, row] : m_rows) {
        QWidget* widget = row.include ? row.include : row.editor->widget();
        if (widget->isEnabled() && !widget->property("readOnly").toBool() &&
            widget->focusPolicy() != Qt::NoFocus)
            return widget;
    }
    return nullptr;
}

QJsonObject CommandDialog::formSnapshot() const
{
    // The command, and what does not parse yet (an amount such as "12,3,4"
    // has no value but was typed all the same).
    QJsonObject snapshot = commandJson();
    for (const auto& [name, row] : m_rows) {
        const QString error = row.editor->inputError();
        if (!error.isEmpty())
            snapshot.insert(QStringLiteral("input error: ") + name, error);
    }
    return snapshot;
}

void CommandDialog::showEvent(QShowEvent* event)
{
    // Values the app fills in (the family, today's date, the channel: also
    // just after open(), as the At-risk screen does) are not the user's:
    // the form is taken as it stands once the event loop runs, before any
    // key can reach it.
    if (!m_snapshotPending && !m_openedWith) {
        m_snapshotPending = true;
        QTimer::singleShot(0, this, [this] { m_openedWith = formSnapshot(); });
    }
    QDialog::showEvent(event);
}

bool CommandDialog::hasUserInput() const
{
    return m_openedWith && formSnapshot() != *m_openedWith;
}

void CommandDialog::discard()
{
    QDialog::reject();
}

void CommandDialog::reject()
{
    if (hasUserInput()) {
        MessageBox::Request request;
        request.kind = MessageBox::Kind::Question;
        request.title = windowTitle();
        request.text = tr("Discard what you typed?");
        request.details = tr("Nothing of this form has been saved.");
        request.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        request.defaultButton = QMessageBox::Cancel;
        if (MessageBox::show(this, request) != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CommandDialog::buildForm(const QString& familyId, const QString& currencyCode)
{
    const bool choosesFields = m_type == CommandType::ChangeContactDetails;
    for (const FieldRule& rule : commandSpec(m_type).fields) {
        FieldRow row;
        row.editor = createFieldEditor(m_type, rule, currencyCode, this);
        QWidget* editorWidget = row.editor->widget();
        editorWidget->setObjectName(QStringLiteral("field_") + rule.name);

        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editorWidget);
        row.message = new QLabel(cell);
        row.message->setObjectName(QStringLiteral("fieldMessage"));
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        row.message->hide();
        cellLayout->addWidget(row.message);

        QString label = CodeLabels::fieldLabel(m_type, rule.name);
        if (isMoneyField(rule))
            label = tr("%1 (%2)").arg(label, currencyCode);
        if (rule.required)
            label = tr("%1 *").arg(label);

        const bool isFamilyId = rule.name == fields::familyId;
        if (isFamilyId && m_type != CommandType::EnrollFamily) {
            row.editor->setValue(familyId);
            row.editor->setReadOnly(!familyId.isEmpty());
        }
        if (auto* line = qobject_cast<QLineEdit*>(editorWidget);
            line && rule.kind == FieldKind::Id && !rule.required)
            line->setPlaceholderText(tr("Leave empty to have one generated"));

        const QString name = rule.name;
        if (choosesFields && !isFamilyId) {
            row.include = new QCheckBox(label, this);
            row.include->setObjectName(QStringLiteral("include_") + rule.name);
            row.include->setToolTip(tr("Tick to change this detail; left empty, it is cleared."));
            editorWidget->setEnabled(false);
            connect(row.include, &QCheckBox::toggled, this, [this, name, editorWidget](bool on) {
                editorWidget->setEnabled(on);
                fieldEdited(name);
            });
            m_form->addRow(row.include, cell);
        } else {
            auto* labelWidget = new QLabel(label, this);
            labelWidget->setBuddy(editorWidget);
            m_form->addRow(labelWidget, cell);
        }
        connect(row.editor.get(), &FieldEditor::edited, this, [this, name] { fieldEdited(name); });
        m_rows.emplace_back(rule.name, std::move(row));
    }
}

QJsonObject CommandDialog::commandJson() const
{
    QJsonObject command;
    command.insert(fields::command, commandSpec(m_type).name);
    command.insert(fields::commandId, m_commandId);
    for (const auto& [name, row] : m_rows) {
        if (row.include && !row.include->isChecked())
            continue;
        QJsonValue value = row.editor->value();
        // A detail ticked but left empty is cleared (SPEC 2.1).
        if (row.include && value.isUndefined() && row.editor->inputError().isEmpty())
            value = QString();
        if (!value.isUndefined())
            command.insert(name, value);
    }
    return command;
}

const CommandDialog::FieldRow* CommandDialog::row(const QString& field) const
{
    for (const auto& [name, row] : m_rows) {
        if (name == field)
            return &row;
    }
    return nullptr;
}

FieldEditor* CommandDialog::editor(const QString& field) const
{
    const FieldRow* found = row(field);
    return found ? found->editor.get() : nullptr;
}

QWidget* CommandDialog::fieldWidget(const QString& field) const
{
    const FieldRow* found = row(field);
    return found ? found->editor->widget() : nullptr;
}

QString CommandDialog::fieldMessage(const QString& field) const
{
    const FieldRow* found = row(field);
    return found && !found->message->isHidden() ? found->message->text() : QString();
}

bool CommandDialog::isFieldHighlighted(const QString& field) const
{
    const FieldRow* found = row(field);
    return found && found->editor->isHighlighted();
}

QString CommandDialog::messageBarText() const
{
    if (!m_messageBar->hasMessage())
        return {};
    if (m_messageBar->heading().isEmpty())
        return m_messageBar->text();
    return tr("%1: %2").arg(m_messageBar->heading(), m_messageBar->text());
}

void CommandDialog::setFieldValue(const QString& field, const QJsonValue& value)
{
    const FieldRow* found = row(field);
    if (!found)
        return;
    if (found->include)
        found->include->setChecked(true);
    found->editor->setValue(value);
    fieldEdited(field);
}

void CommandDialog::fieldEdited(const QString& field)
{
    m_touched.insert(field);
    if (m_storeError) {
        const FieldRow* errorRow = m_storeError->field ? row(*m_storeError->field) : nullptr;
        const bool errorFieldEditable = errorRow && errorRow->editor->widget()->isEnabled() &&
                                        !errorRow->editor->widget()->property("readOnly").toBool();
        if (!errorFieldEditable || *m_storeError->field == field)
            m_storeError.reset();
    }
    revalidate();
}

QString CommandDialog::describe(const CommandError& error) const
{
    return FieldMessages::describe(m_type, error, locale(), m_currencyCode);
}

void CommandDialog::showFieldMessage(const QString& field, const QString& message, bool highlight)
{
    const FieldRow* found = row(field);
    if (!found)
        return;
    found->message->setText(message);
    found->message->setVisible(!message.isEmpty());
    found->editor->setHighlighted(highlight);
}

void CommandDialog::revalidate()
{
    m_problems = findProblems(commandJson());
    bool inputValid = true;
    QString hint;
    for (const auto& [name, row] : m_rows) {
        QString message;
        const QString inputError = row.editor->inputError();
        const bool storeErrorHere = m_storeError && m_storeError->field == name;
        if (storeErrorHere)
            message = describe(*m_storeError);
        else if (!inputError.isEmpty())
            message = inputError;
        else if (m_problems.byField.contains(name))
            message = describe(m_problems.byField.value(name));
        inputValid = inputValid && inputError.isEmpty();
        const bool shown = storeErrorHere || m_touched.contains(name);
        showFieldMessage(name, shown ? message : QString(), shown && !message.isEmpty());
        if (!shown && !message.isEmpty() && hint.isEmpty())
            hint = message;
    }
    // ChangeContactDetails changes the ticked details; with none, there is
    // nothing to save (the store would refuse it).
    bool nothingChosen = false;
    if (m_type == CommandType::ChangeContactDetails) {
        nothingChosen = true;
        for (const auto& [name, row] : m_rows)
            nothingChosen = nothingChosen && !(row.include && row.include->isChecked());
        if (nothingChosen && hint.isEmpty())
            hint = tr("tick at least one detail to change.");
    }
    const bool valid = inputValid && m_problems.isValid() && !nothingChosen;
    m_save->setEnabled(valid && m_bus);

    if (m_storeError) {
        m_messageBar->showMessage(MessageBar::Level::Error, describe(*m_storeError),
                                  CodeLabels::errorCode(m_storeError->code));
    } else if (m_problems.general) {
        m_messageBar->showMessage(MessageBar::Level::Error, describe(*m_problems.general));
    } else if (!m_bus) {
        m_messageBar->showMessage(MessageBar::Level::Error,
                                  tr("No co-op file is open: nothing can be saved."));
    } else if (!hint.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Level::Hint, tr("To save: %1").arg(hint));
    } else {
        m_messageBar->clear();
    }
}

void CommandDialog::accept()
{
    for (const auto& [name, row] : m_rows)
        m_touched.insert(name);
    revalidate();
    if (!m_save->isEnabled())
        return;

    CommandResult result;
    {
        const WaitCursor wait;
        result = m_bus->dispatch(commandJson());
    }
    m_lastResult = result;
    if (result.ok) {
        emit commandAccepted(result);
        QDialog::accept();
        return;
    }
    showStoreError(result.error.value_or(
        CommandError{errors::storage, std::nullopt, tr("The command was not saved.")}));
}

void CommandDialog::showStoreError(const CommandError& error)
{
    m_storeError = error;
    revalidate();
    if (error.field) {
        if (QWidget* widget = fieldWidget(*error.field); widget && widget->isEnabled())
            widget->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace coopdesk
