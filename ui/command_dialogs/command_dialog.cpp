#include "command_dialog.h"

#include "commands/command_bus.h"
#include "correction_form.h"
#include "field_editor.h"
#include "i18n/code_labels.h"
#include "queries/query_service.h"
#include "store/storage_error.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace coopdesk {

namespace {

const char* const dialogStyle = "*[invalid=\"true\"] { border: 2px solid #d93025; "
                                "border-radius: 3px; padding: 1px; } "
                                "QLabel#fieldMessage, QLabel#familyMessage { color: #c5221f; } "
                                "QLabel#commandPreview { background: palette(alternate-base); "
                                "border: 1px solid palette(mid); border-radius: 3px; "
                                "padding: 6px; } "
                                "QLineEdit[readOnly=\"true\"] { background: palette(window); }";

// Restores the cursor however the save ends.
struct WaitCursor
{
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

// The family's row of the read models, or nullopt when it cannot be read
// (not projected yet, the views file unavailable).
std::optional<QJsonObject> readFamily(QueryService* queries, const QString& familyId)
{
    if (!queries || familyId.isEmpty())
        return std::nullopt;
    try {
        return queries->getFamily(familyId);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

QString jsonText(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

} // namespace

CommandDialog::CommandDialog(CommandBus* bus, CommandType type, const QString& familyId,
                             const QString& currencyCode, QWidget* parent)
    : CommandDialog(bus, nullptr, type, familyId, currencyCode, parent)
{}

CommandDialog::CommandDialog(CommandBus* bus, QueryService* queries, CommandType type,
                             const QString& familyId, const QString& currencyCode, QWidget* parent)
    : QDialog(parent)
    , m_bus(bus)
    , m_queries(queries)
    , m_type(type)
    , m_commandId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_currencyCode(currencyCode)
    , m_correction(createCorrectionForm(type, currencyCode))
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
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("commandPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->hide();

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
    layout->addWidget(m_preview);
    layout->addStretch();
    layout->addWidget(buttons);

    if (m_queries && type != CommandType::EnrollFamily)
        buildFamilyRow(familyId);
    buildForm(familyId, currencyCode);
    loadCorrectionFamily(familyId);
    // The family, the fields, then Save and Cancel (the buttons were made first).
    QWidget* previous = nullptr;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_familySearch), static_cast<QWidget*>(m_familyMatches)}) {
        if (!widget)
            continue;
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
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
    if (m_familySearch && familyId().isEmpty())
        return m_familySearch;
    return firstEditableFormField();
}

QWidget* CommandDialog::firstEditableFormField() const
{
    if (const QString first = m_correction ? m_correction->firstField() : QString();
        !first.isEmpty()) {
        if (QWidget* widget = fieldWidget(first); widget && widget->isEnabled())
            return widget;
    }
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
    if (m_familySearch && !m_familySearch->text().isEmpty())
        snapshot.insert(QStringLiteral("family search"), m_familySearch->text());
    return snapshot;
}

void CommandDialog::showEvent(QShowEvent* event)
{
    // Values the app fills in (the family, today's date, the channel: also
    // just after open(), as the At-risk screen does) are not the user's:
    // the form is taken as it stands once the event loop runs, before any
    // key can reach it.
    if (!m_snapshotPending && !m_openedWith) {
        // A correction opened on a payment or charge chosen already
        // (after the constructor): the cursor goes to what is left to give.
        if (m_correction) {
            if (QWidget* first = firstEditableField())
                first->setFocus(Qt::OtherFocusReason);
        }
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
    // The session (and its QueryService) is going.
    m_queries = nullptr;
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
        if (m_correction)
            row.editor = m_correction->createEditor(rule, this);
        if (!row.editor)
            row.editor = createFieldEditor(m_type, rule, currencyCode, this);
        // Dates start on the desk's today (its clock's, as the bus checks them).
        if (m_bus && rule.required && rule.kind == FieldKind::Date)
            row.editor->setValue(m_bus->localDate().toString(Qt::ISODate));
        else if (m_bus && rule.required && rule.kind == FieldKind::Month)
            row.editor->setValue(m_bus->localDate().toString(QStringLiteral("yyyy-MM")));
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
        if (const QString own = m_correction ? m_correction->fieldLabel(rule.name) : QString();
            !own.isEmpty())
            label = own;
        if (isMoneyField(rule))
            label = tr("%1 (%2)").arg(label, currencyCode);
        if (rule.required)
            label = tr("%1 *").arg(label);

        const bool isFamilyId = rule.name == fields::familyId;
        if (isFamilyId && m_type != CommandType::EnrollFamily) {
            row.editor->setValue(familyId);
            // With a family row, the family is chosen there, never typed.
            row.editor->setReadOnly(!familyId.isEmpty() || m_familyCell);
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
            // The family row shows the id (under the family's name).
            if (isFamilyId && m_familyCell)
                m_form->setRowVisible(m_form->rowCount() - 1, false);
        }
        connect(row.editor.get(), &FieldEditor::edited, this, [this, name] { fieldEdited(name); });
        m_rows.emplace_back(rule.name, std::move(row));
    }
}

void CommandDialog::buildFamilyRow(const QString& givenFamily)
{
    m_asksFamily = givenFamily.isEmpty();
    m_familyCell = new QWidget(this);
    m_familyCell->setObjectName(QStringLiteral("familyRow"));
    auto* layout = new QVBoxLayout(m_familyCell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* label = new QLabel(m_asksFamily ? tr("%1 *").arg(tr("Family")) : tr("Family"), this);
    if (m_asksFamily) {
        m_familySearch = new QLineEdit(m_familyCell);
        m_familySearch->setObjectName(QStringLiteral("familySearch"));
        m_familySearch->setPlaceholderText(tr("Type part of the family's or parent's name"));
        m_familySearch->setClearButtonEnabled(true);
        m_familySearch->installEventFilter(this);
        label->setBuddy(m_familySearch);
        m_familyMatches = new QListWidget(m_familyCell);
        m_familyMatches->setObjectName(QStringLiteral("familyMatches"));
        m_familyMatches->setMaximumHeight(m_familyMatches->fontMetrics().lineSpacing() * 7 + 8);
        m_familyMatches->setUniformItemSizes(true);
        m_familyMatches->hide();
        layout->addWidget(m_familySearch);
        layout->addWidget(m_familyMatches);
        connect(m_familySearch, &QLineEdit::textEdited, this, [this](const QString& text) {
            // Typing again drops the family picked before.
            if (!familyId().isEmpty()) {
                setFieldValue(fields::familyId, QString());
                loadCorrectionFamily({});
            }
            showFamily({});
            searchFamilies(text);
        });
        connect(m_familyMatches, &QListWidget::itemActivated, this, &CommandDialog::chooseFamily);
        connect(m_familyMatches, &QListWidget::itemClicked, this, &CommandDialog::chooseFamily);
    }

    m_familyName = new QLabel(m_familyCell);
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_familyName->setTextFormat(Qt::PlainText);
    m_familyName->setWordWrap(true);
    m_familyName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_familyName->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_familyName->setFont(bold);
    m_familyDetails = new QLabel(m_familyCell);
    m_familyDetails->setObjectName(QStringLiteral("familyDetails"));
    m_familyDetails->setTextFormat(Qt::PlainText);
    m_familyDetails->setWordWrap(true);
    m_familyDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_familyDetails->setForegroundRole(QPalette::PlaceholderText);
    m_familyMessage = new QLabel(m_familyCell);
    m_familyMessage->setObjectName(QStringLiteral("familyMessage"));
    m_familyMessage->setTextFormat(Qt::PlainText);
    m_familyMessage->setWordWrap(true);
    m_familyMessage->hide();
    m_familyNotice = new MessageBar(m_familyCell);
    m_familyNotice->setObjectName(QStringLiteral("familyNotice"));
    layout->addWidget(m_familyName);
    layout->addWidget(m_familyDetails);
    layout->addWidget(m_familyMessage);
    layout->addWidget(m_familyNotice);
    m_form->addRow(label, m_familyCell);
    showFamily(givenFamily);
}

void CommandDialog::showFamily(const QString& familyId)
{
    if (!m_familyCell)
        return;
    const QString title = CodeLabels::commandTitle(m_type);
    m_familyNotice->clear();
    if (familyId.isEmpty()) {
        m_familyName->clear();
        m_familyName->hide();
        m_familyDetails->setText(m_asksFamily ? tr("No family chosen yet.") : QString());
        m_familyDetails->setVisible(m_asksFamily);
        setWindowTitle(title);
        return;
    }
    m_familyName->show();
    m_familyDetails->show();
    const std::optional<QJsonObject> family = readFamily(m_queries, familyId);
    if (!family) {
        m_familyName->setText(familyId);
        m_familyDetails->setText(
            tr("ID %1 · its name is not known yet (the read models are catching up)")
                .arg(familyId));
        setWindowTitle(tr("%1 — %2").arg(title, familyId));
        return;
    }
    const QString name = jsonText(*family, "family_name");
    const QString parent = jsonText(*family, "parent_name");
    m_familyName->setText(name);
    m_familyDetails->setText(parent.isEmpty() ? tr("ID %1").arg(familyId)
                                              : tr("Parent: %1 · ID %2").arg(parent, familyId));
    setWindowTitle(tr("%1 — %2").arg(title, name));

    const bool withdrawn = jsonText(*family, "status") == QLatin1String("withdrawn");
    const QDate since = QDate::fromString(jsonText(*family, "withdrawal_date"), Qt::ISODate);
    const QString withdrawnText =
        since.isValid() ? tr("%1 is withdrawn (since %2).")
                              .arg(name, locale().toString(since, QLocale::ShortFormat))
                        : tr("%1 is withdrawn.").arg(name);
    if (withdrawn &&
        (commandSpec(m_type).rejectsWithdrawn || m_type == CommandType::WithdrawFamily)) {
        m_familyNotice->showMessage(
            MessageBar::Level::Error,
            m_type == CommandType::WithdrawFamily
                ? tr("It cannot be withdrawn again.")
                : tr("This cannot be recorded for a withdrawn family: re-enroll it first."),
            withdrawnText);
    } else if (withdrawn && m_type != CommandType::ReenrollFamily) {
        m_familyNotice->showMessage(MessageBar::Level::Hint,
                                    tr("This is recorded for it all the same."), withdrawnText);
    } else if (withdrawn) {
        m_familyNotice->showMessage(MessageBar::Level::Hint, withdrawnText);
    } else if (m_type == CommandType::ReenrollFamily) {
        m_familyNotice->showMessage(MessageBar::Level::Error,
                                    tr("Only a withdrawn family can be re-enrolled."),
                                    tr("%1 is enrolled.").arg(name));
    }
}

void CommandDialog::searchFamilies(const QString& term)
{
    m_familyMatches->clear();
    if (term.trimmed().isEmpty() || !m_queries) {
        m_familyMatches->hide();
        return;
    }
    QList<QJsonObject> rows;
    try {
        rows = m_queries->searchFamilies(term, 20);
    } catch (const StorageError&) {
        rows.clear();
    }
    for (const QJsonObject& row : rows) {
        const QString name = jsonText(row, "family_name");
        const QString parent = jsonText(row, "parent_name");
        QString label = parent.isEmpty() ? name : tr("%1 — %2").arg(name, parent);
        if (jsonText(row, "status") == QLatin1String("withdrawn"))
            label = tr("%1 (withdrawn)").arg(label);
        auto* item = new QListWidgetItem(label, m_familyMatches);
        item->setData(Qt::UserRole, jsonText(row, "family_id"));
        item->setData(Qt::UserRole + 1, name);
        item->setToolTip(tr("ID %1").arg(jsonText(row, "family_id")));
    }
    if (rows.isEmpty()) {
        auto* none =
            new QListWidgetItem(tr("No family matches “%1”.").arg(term.trimmed()), m_familyMatches);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_familyMatches->setCurrentRow(0);
    }
    m_familyMatches->show();
}

void CommandDialog::chooseFamily(QListWidgetItem* match)
{
    if (!match || !(match->flags() & Qt::ItemIsEnabled))
        return;
    const QString id = match->data(Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    m_familySearch->setText(match->data(Qt::UserRole + 1).toString());
    m_familyMatches->clear();
    m_familyMatches->hide();
    showFamily(id);
    setFieldValue(fields::familyId, id);
    loadCorrectionFamily(id);
    if (QWidget* next = firstEditableFormField())
        next->setFocus(Qt::OtherFocusReason);
}

bool CommandDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_familySearch && event->type() == QEvent::KeyPress &&
        m_familyMatches->isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_familyMatches->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_familyMatches->currentRow() + step, 0, count - 1);
            m_familyMatches->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Picks the match, never saves the form.
            chooseFamily(m_familyMatches->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CommandDialog::familyId() const
{
    if (m_type == CommandType::EnrollFamily)
        return {};
    const FieldEditor* family = editor(fields::familyId);
    return family ? family->value().toString() : QString();
}

QString CommandDialog::familyHeading() const
{
    return m_familyName && !m_familyName->isHidden() ? m_familyName->text() : QString();
}

QString CommandDialog::familyDetails() const
{
    return m_familyDetails && !m_familyDetails->isHidden() ? m_familyDetails->text() : QString();
}

QString CommandDialog::familyNotice() const
{
    if (!m_familyNotice || !m_familyNotice->hasMessage())
        return {};
    if (m_familyNotice->heading().isEmpty())
        return m_familyNotice->text();
    return m_familyNotice->heading() + QLatin1Char(' ') + m_familyNotice->text();
}

void CommandDialog::loadCorrectionFamily(const QString& familyId)
{
    if (!m_correction)
        return;
    const QJsonObject values = m_correction->setFamily(
        familyId, familyId.isEmpty() ? std::nullopt : readFamily(m_queries, familyId), m_queries);
    // What is being corrected, as it stands: not typed by the user.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (FieldEditor* found = editor(it.key()))
            found->setValue(it.value());
    }
    revalidate();
}

QString CommandDialog::previewText() const
{
    return m_preview->isHidden() ? QString() : m_preview->text();
}

QJsonObject CommandDialog::commandJson() const
{
    const QJsonObject form = formJson();
    return m_correction ? m_correction->leaveOutUnchanged(form) : form;
}

QJsonObject CommandDialog::formJson() const
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
    if (!found)
        return {};
    const QLabel* label =
        field == fields::familyId && familyIdRowHidden() ? m_familyMessage : found->message;
    return label->isHidden() ? QString() : label->text();
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
    QString text = FieldMessages::describe(m_type, error, locale(), m_currencyCode);
    // A field the correction form labels its own way ("Payment", chosen
    // from a list, not "Payment ID") is named so in its messages too.
    if (m_correction && error.field) {
        const QString own = m_correction->fieldLabel(*error.field);
        const QString usual = CodeLabels::fieldLabel(m_type, *error.field);
        if (!own.isEmpty() && text.startsWith(usual))
            text = own + text.mid(usual.size());
    }
    return text;
}

void CommandDialog::showFieldMessage(const QString& field, const QString& message, bool highlight)
{
    const FieldRow* found = row(field);
    if (!found)
        return;
    // The family's id is hidden under its name: its message shows there.
    QLabel* label =
        field == fields::familyId && familyIdRowHidden() ? m_familyMessage : found->message;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    found->editor->setHighlighted(highlight);
}

void CommandDialog::revalidate()
{
    const QDate today = m_bus ? m_bus->today() : QDateTime::currentDateTimeUtc().date();
    const QJsonObject form = formJson();
    m_problems = findProblems(m_correction ? m_correction->leaveOutUnchanged(form) : form, today);
    bool inputValid = true;
    QString hint;
    const bool noFamilyYet = m_asksFamily && familyId().isEmpty();
    if (noFamilyYet)
        hint = tr("choose the family: type part of its name and pick it from the list.");
    for (const auto& [name, row] : m_rows) {
        QString message;
        const QString inputError = row.editor->inputError();
        const bool storeErrorHere = m_storeError && m_storeError->field == name;
        if (storeErrorHere)
            message = describe(*m_storeError);
        else if (!inputError.isEmpty())
            message = inputError;
        else if (noFamilyYet && name == fields::familyId)
            message = tr("Choose the family: type part of its name and pick it from the list.");
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
    // A correction with nothing to correct (no payment left to void, the
    // name and date as they were): said as a whole, instead of the fields'.
    const QString blocker = m_correction && !noFamilyYet ? m_correction->blocker(form) : QString();
    const bool valid = inputValid && m_problems.isValid() && !nothingChosen && blocker.isEmpty();
    m_save->setEnabled(valid && m_bus);
    const QString preview = m_correction ? m_correction->preview(form) : QString();
    m_preview->setText(preview);
    m_preview->setVisible(!preview.isEmpty());

    if (m_storeError) {
        m_messageBar->showMessage(MessageBar::Level::Error, describe(*m_storeError),
                                  CodeLabels::errorCode(m_storeError->code));
    } else if (!blocker.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Level::Hint, blocker);
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
