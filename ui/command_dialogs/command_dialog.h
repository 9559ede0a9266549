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
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace coopdesk {

class CommandBus;
class CorrectionForm;
class FieldEditor;
class MessageBar;
class QueryService;

// The dialog of one command of SPEC 2, built from the command catalog: an
// editor per field, validated as the user types with core's own rules
// (message under the field, field highlighted, Save disabled while
// invalid), saved through the command bus. A store error is shown in the
// message bar and on its field, and everything typed stays; on success
// the dialog closes.
//
// With the read models (`queries`), a dialog of a command on a family
// names that family at the top (name, parent, id, and whether it is
// withdrawn); opened with no family, it asks for one there instead: a
// search box whose matches are picked with the mouse or Down and Enter,
// and nothing can be saved until one is picked.
//
// The corrections (SPEC 2.2) add a CorrectionForm: the payment or charge
// is picked from the family's live ones, the name and date being
// corrected start as they are and only changes are sent, and a preview
// under the fields says what saving will change.
class CommandDialog : public QDialog
{
    Q_OBJECT

public:
    // `familyId` fills family_id (read-only) for commands on a family.
    CommandDialog(CommandBus* bus, CommandType type, const QString& familyId,
                  const QString& currencyCode, QWidget* parent = nullptr);
    // `queries` (may be null: the family shows by its id alone) names the
    // family, or finds it when `familyId` is empty.
    CommandDialog(CommandBus* bus, QueryService* queries, CommandType type, const QString& familyId,
                  const QString& currencyCode, QWidget* parent = nullptr);
    ~CommandDialog() override;

    CommandType commandType() const { return m_type; }

    // The family the command acts on (empty until one is chosen, and for
    // EnrollFamily).
    QString familyId() const;
    // True when the dialog asks which family (opened with none).
    bool asksForFamily() const { return m_asksFamily; }
    // The family as the dialog names it: "Martinez Family", then
    // "Parent: Ana Martinez · ID f1"; empty when it names none.
    QString familyHeading() const;
    QString familyDetails() const;
    // What the dialog says about the family's status ("… is withdrawn"),
    // empty when nothing.
    QString familyNotice() const;
    // The family search box and its matches (null unless asksForFamily()).
    QLineEdit* familySearch() const { return m_familySearch; }
    QListWidget* familyMatches() const { return m_familyMatches; }

    // The command as the editors make it now, with this dialog's command_id
    // (for a correction, only what changed).
    QJsonObject commandJson() const;
    // What saving will change, in words (corrections); empty when nothing is said.
    QString previewText() const;
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
    bool eventFilter(QObject* watched, QEvent* event) override;

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
    // Tells the correction form which family it is about, and fills in
    // what it has to show for it.
    void loadCorrectionFamily(const QString& familyId);
    // The editors' values, before the correction form leaves anything out.
    QJsonObject formJson() const;
    void buildFamilyRow(const QString& givenFamily);
    // Names the family (read through the QueryService) and says whether
    // the command can be recorded for it.
    void showFamily(const QString& familyId);
    void searchFamilies(const QString& text);
    void chooseFamily(QListWidgetItem* match);
    bool familyIdRowHidden() const { return m_familyCell != nullptr; }
    void fieldEdited(const QString& field);
    void revalidate();
    void showStoreError(const CommandError& error);
    void showFieldMessage(const QString& field, const QString& message, bool highlight);
    QString describe(const CommandError& error) const;
    QWidget* firstEditableField() const;
    QWidget* firstEditableFormField() const;
    QJsonObject formSnapshot() const;
    const FieldRow* row(const QString& field) const;

    QPointer<CommandBus> m_bus;
    QueryService* m_queries = nullptr;
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
    std::unique_ptr<CorrectionForm> m_correction; // null but for corrections

    MessageBar* m_messageBar = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_save = nullptr;

    // The family row (null for EnrollFamily and without read models).
    bool m_asksFamily = false;
    QWidget* m_familyCell = nullptr;
    QLabel* m_familyName = nullptr;
    QLabel* m_familyDetails = nullptr;
    QLabel* m_familyMessage = nullptr; // family_id's own message
    MessageBar* m_familyNotice = nullptr;
    QLineEdit* m_familySearch = nullptr;
    QListWidget* m_familyMatches = nullptr;
};

} // namespace coopdesk
