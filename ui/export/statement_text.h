#pragma once

#include "queries/family_statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace coopdesk {

// The words of a statement (docs/STATEMENTS.md), in the default locale: a
// line's description (the charge's month, id and due date; the payment's
// method and check number; a correction's reason and what it takes back),
// dates with four-digit years, the period.
class StatementText
{
    Q_DECLARE_TR_FUNCTIONS(StatementText)

public:
    // The locale's short format with a four-digit year ("1/15/2026", "15/1/2026").
    static QString date(QDate date);
    // "2/1/2025 to 1/15/2026".
    static QString period(const StatementPeriod& period);
    static QString description(const StatementLine& line);
};

} // namespace coopdesk
