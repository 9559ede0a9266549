#pragma once

#include "queries/family_statement.h"

#include <QCoreApplication>
#include <QString>

namespace coopdesk {

// The file names a statement's save dialog offers, in the user's
// language, safe on every system (no / \ : * ? " < > | or control
// characters): "Statement Adams Family 2025-02-01 to 2026-01-15.pdf",
// "Statements of families that owe 2025-02-01 to 2026-01-15.pdf".
class StatementFileName
{
    Q_DECLARE_TR_FUNCTIONS(StatementFileName)

public:
    static QString forFamily(const QString& familyName, const StatementPeriod& period);
    static QString forFamiliesThatOwe(const StatementPeriod& period);
    // `name` with what a file name cannot hold replaced by "-", spaces
    // collapsed, no dot or space at either end.
    static QString safe(const QString& name);
};

} // namespace coopdesk
