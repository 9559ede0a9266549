#pragma once

#include "domain/command_catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace coopdesk {

class FieldEditor;
class QueryService;

// What the dialog of a correction (SPEC 2.2: Void Payment, Cancel Charge,
// Correct Enrollment) adds to the catalog's form: the payment or charge
// picked from the family's live ones instead of an id typed, the values
// being corrected shown to start with and only the changed ones sent, and
// in words what saving will change (the amount, the new balance).
// CommandDialog asks its form at each step; the form keeps what it read
// about the family.
class CorrectionForm
{
public:
    virtual ~CorrectionForm();

    // The editor of `rule`, or null for the catalog's usual one.
    virtual std::unique_ptr<FieldEditor> createEditor(const FieldRule& rule, QWidget* parent);
    // The label of a field's row; empty for the usual one.
    virtual QString fieldLabel(const QString& field) const;

    // The family the dialog now acts on (empty: none chosen yet), its row
    // of the read models when known, and where to read more (may be null).
    // Returns values for the other editors to start with (the name and
    // date being corrected).
    virtual QJsonObject setFamily(const QString& familyId, const std::optional<QJsonObject>& family,
                                  QueryService* queries) = 0;

    // The command without what the user left as it was. `form` is what
    // the editors hold, as CommandDialog makes it.
    virtual QJsonObject leaveOutUnchanged(const QJsonObject& form) const { return form; }
    // Why nothing can be saved beyond the fields' own rules (nothing to
    // void, nothing changed), as a sentence; empty when nothing.
    virtual QString blocker(const QJsonObject& form) const = 0;
    // What saving would change, as a sentence; empty while it cannot be said.
    virtual QString preview(const QJsonObject& form) const = 0;
    // The field to put the cursor in first (the reason, once the payment
    // is chosen); empty for the first editable one.
    virtual QString firstField() const { return {}; }

protected:
    // A date as the dialogs' date fields show it, with the year in full
    // ("3/5/2026"), so nothing about what is being corrected is ambiguous.
    static QString dateText(const QString& isoDate);
};

// The form of a correction command, null for the other commands.
std::unique_ptr<CorrectionForm> createCorrectionForm(CommandType type, const QString& currencyCode);

} // namespace coopdesk
