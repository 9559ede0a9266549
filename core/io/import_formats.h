#pragma once

#include "domain/command_error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

// The three CSV formats of SPEC 8 (docs/IMPORT.md): their columns, and how
// one row becomes the commands that record it. Empty cells are absent
// fields; everything else is passed to the command as written, for the
// command bus to check by its rules.
namespace coopdesk {

enum class ImportKind { Families, Charges, Payments };

struct ImportFormat
{
    ImportKind kind;
    QString name;         // families, charges, payments
    QStringList columns;  // every column, in the documented order
    QStringList required; // columns a file must have
};

const ImportFormat& importFormat(ImportKind kind);
std::optional<ImportKind> importKindFromName(const QString& name);
QStringList importKindNames();

// The cell of a column in the row being converted ("" when empty or absent).
using CellLookup = std::function<QString(const QString& column)>;

// The commands one row becomes, without command_id, or the problem that
// stops it (field = the CSV column):
// - families: EnrollFamily, then one AddChild per child of `children`
//   (`Name:age;Name:age`). family_id is required (the other files refer
//   to the family by it).
// - charges: ChargeTuition, `amount` in currency units → amount_cents.
// - payments: ReceivePayment, `amount` → amount_cents.
std::variant<QList<QJsonObject>, CommandError> importRowCommands(ImportKind kind,
                                                                 const CellLookup& cell);

// The CSV column a command field comes from (amount_cents → amount,
// child_name and child_age → children); other fields keep their name.
QString importColumnForField(ImportKind kind, const QString& field);

} // namespace coopdesk
