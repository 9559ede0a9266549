#pragma once

#include "commands/command_result.h"
#include "domain/command_catalog.h"
#include "form_validation.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class QAbstractButton;
class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace coopdesk {

class CommandBus;
class FieldEditor;
class MessageBar;

// The dialog of one command of SPEC 2, built from the command catalog: an
// editor per field, validated as the user types with core's own rules
// (message under the field, field highlighted, Save disabled while
// invalid), saved through the command bus. A store error is shown in the
// message bar and on its field, and everything typed stays; on success
// the dialog closes.
class CommandDialog : public QDialog
{
    Q_OBJECT

public:
    // `familyId` fills family_id (read-only) for commands on a family.
    CommandDialog(CommandBus* bus, CommandType type, const QString& familyId,
                  const QString& currencyCode, QWidget* parent = nullptr);
    ~CommandDialog() override;

    CommandType commandType() const { return m_type; }

    // The command as the editors make it now, with this dialog's command_id.
    QJsonObject commandJson() const;
    const FormProblems& problems() const { return m_problems; }

    // Fills a field as if typed (prefill, tests).
    void setFieldValue(const QString& field, const QJsonValue& value);
    FieldEditor* editor(const QString& field) const;
    QWidget* fieldWidget(const QString& field) const;
    // The message shown under the field; empty when none is shown.
    QString fieldMessage(const QString& field) const;
    bool isFieldHighlighted(const QString& field) const;
    // The message bar's heading and text ("Already exists: A family…"),
    // empty when it shows nothing.
    QString messageBarText() const;
    QPushButton* saveButton() const { return m_save; }

    // The answer of the last save, accepted or not.
    const CommandResult& lastResult() const { return m_lastResult; }

    // True when the form differs from what it showed when it opened
    // (typed, ticked or chosen by the user): closing then asks first.
    bool hasUserInput() const;
    // Closes without asking (the co-op file closed under the dialog).
    void discard();

public slots:
    // Saves through the command bus; closes only when it was accepted.
    void accept() override;
    // Escape, Cancel, the window's close button: asks "Discard what you
    // typed?" when there is user input; an untouched dialog closes at once.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void commandAccepted(const coopdesk::CommandResult& result);

private:
    struct FieldRow
    {
        std::unique_ptr<FieldEditor> editor;
        QLabel* message = nullptr;
        QCheckBox* include = nullptr; // ChangeContactDetails: change this field
    };

    void buildForm(const QString& familyId, const QString& currencyCode);
    void fieldEdited(const QString& field);
    void revalidate();
    void showStoreError(const CommandError& error);
    void showFieldMessage(const QString& field, const QString& message, bool highlight);
    QString describe(const CommandError& error) const;
    QWidget* firstEditableField() const;
    QJsonObject formSnapshot() const;
    const FieldRow* row(const QString& field) const;

    QPointer<CommandBus> m_bus;
    CommandType m_type;
    QString m_commandId;
    QString m_currencyCode;
    std::vector<std::pair<QString, FieldRow>> m_rows; // in the catalog's order
    QSet<QString> m_touched;
    FormProblems m_problems;
    std::optional<CommandError> m_storeError;
    CommandResult m_lastResult;
    std::optional<QJsonObject> m_openedWith; // the form when first shown
    bool m_snapshotPending = false;

    MessageBar* m_messageBar = nullptr;
    QFormLayout* m_form = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace coopdesk
