#pragma once

#include "io/csv_import.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace coopdesk {

// What an import is doing, for its progress bar.
enum class ImportPhase {
    Reading,   // parse(): done/total in bytes of the file
    Checking,  // validate(): done/total in commands (a dry run)
    Importing, // commit(): done/total in commands
};

// The result of one step of an import (a check: parse and dry run; or a
// commit), as values copied out of the worker's thread (ARCHITECTURE rule 6).
struct ImportOutcome
{
    enum class Step { Check, Commit };

    Step step = Step::Check;
    CsvImport::Status status = CsvImport::Status::NotParsed;
    QString csvPath;

    QStringList header;
    QStringList unknownColumns;
    QStringList missingColumns;
    QList<ImportRow> preview;

    std::optional<ImportError> fileError; // status FileError
    QList<ImportError> rowErrors;         // status RowErrors (and parse problems)
    ImportSummary summary;

    // status Storage: what failed (core's message) and what the user can do.
    QString storageMessage;
    QString storageAdvice;

    bool ok() const { return status == CsvImport::Status::Ok; }
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::ImportPhase)
Q_DECLARE_METATYPE(coopdesk::ImportOutcome)
