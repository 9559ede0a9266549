#pragma once

#include "queries/family_statement.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace coopdesk {

// Statements of account as a PDF (SPEC 7, docs/STATEMENTS.md), portrait,
// on the paper of the user's locale (paymentspdf::pageSizeFor), in the
// default locale's language and formats, amounts as money_text.h writes
// them. Each statement starts on a new page: the co-op's name, the
// family's name, parent and contact, its account id, the period, the day
// printed and the currency; a summary (brought forward, charges, payments
// and credits, balance); then one line per charge, payment and correction
// with its date, description, amount and running balance, between the
// balance brought forward and the closing balance; notes for entries after
// the period or unreadable. A statement running onto more pages repeats
// the family's name and the column titles; "Page N of M" at the foot
// counts the pages of that statement, so each family's pages can be sent
// as they are.
namespace statementpdf {

struct Statement
{
    QJsonObject family; // its family_read_model row (QueryService::getFamily)
    FamilyStatement statement;
};

struct Document
{
    QString coopName; // AppSettings::coopName
    QString currencyCode;
    QDate printedOn;
    QList<Statement> statements;
};

struct Result
{
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    QList<int> firstPages; // the page (from 1) each statement starts on
    QString error;         // for people, when neither ok nor cancelled
};

// Told after each statement laid out, of how many; false stops the
// writing (nothing is written then).
using Progress = std::function<bool(int done, int total)>;

// The document's title: "Statement — Adams Family" for one statement,
// "Statements — Maple Grove Co-op" for several.
QString title(const Document& document);

// Writes the statements to `path`, atomically (a failed or cancelled
// writing leaves what was there). At least one statement.
Result write(const QString& path, const Document& document, const Progress& progress = {});

} // namespace statementpdf

} // namespace coopdesk
