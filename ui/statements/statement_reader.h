#pragma once

#include "export/statement_pdf.h"
#include "queries/family_statement.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coopdesk {

class QueryService;

// What a statement is made of, read from the open co-op (docs/STATEMENTS.md).
// On the thread that owns `queries`; throws StorageError.
namespace statementreader {

// The family's read-model row and its statement for `period` (from its
// audit trail); nullopt when the family is not in the read models.
std::optional<statementpdf::Statement> read(QueryService& queries, const QString& familyId,
                                            const StatementPeriod& period);

// The families that owe money (balance_cents > 0), withdrawn ones too,
// in family_name order (SPEC 5): their read-model rows.
QList<QJsonObject> familiesThatOwe(QueryService& queries);

} // namespace statementreader

} // namespace coopdesk
