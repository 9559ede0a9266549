#pragma once

#include "commands/command_bus.h"
#include "domain/command_error.h"
#include "import_formats.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

// Importing one CSV file of families, charges or payments (SPEC 8,
// docs/IMPORT.md), in three steps the desktop app can show one by one:
//
//   parse()    reads the file: header, a preview of the first rows, each
//              row turned into commands; CSV and amount problems per row
//   validate() runs every command through the command bus in a transaction
//              that is always rolled back: every bad row, nothing written
//   commit()   runs them again in one transaction, all or nothing
//
// Each step takes an optional progress callback (done, total) that returns
// false to cancel; it is called every few hundred rows, on the caller's
// thread. A CsvImport keeps what it learns about each row in a private
// scratch database on disk (ImportScratch), not in memory: however long the
// file, its memory holds one chunk of rows (a few hundred) at a time. Run
// every step on one thread with a CommandBus of that thread
// (docs/ARCHITECTURE.md rule 4).
//
// Each command's command_id is derived from its content (docs/IMPORT.md),
// so importing the same file again replays every command and appends
// nothing.
namespace coopdesk {

class ImportScratch;

// A problem found in the file or in one of its rows. `line` is the physical
// line (1-based) where the row starts; `error.field` is the CSV column
// (amount_cents is reported as `amount`, a child's fields as `children`).
struct ImportError
{
    qint64 line = 0;
    CommandError error;
};

// One data row as read, cells in the order of the file's header.
struct ImportRow
{
    qint64 line = 0;
    QStringList cells;
};

struct ImportSummary
{
    ImportKind kind = ImportKind::Families;
    qint64 rows = 0;        // data rows read (blank rows not counted)
    qint64 commands = 0;    // commands the rows became
    qint64 appended = 0;    // commands that appended an event (commit only)
    qint64 wouldAppend = 0; // commands not imported before (after validate or commit)
    qint64 replayed = 0;    // commands imported before: nothing appended for them
    qint64 badRows = 0;     // rows with an error
    bool dryRun = false;    // validate() was the last step
    bool committed = false; // commit() succeeded
    QStringList unknownColumns;
};

class CsvImport
{
public:
    enum class Status {
        Ok,        // the step succeeded
        FileError, // the file cannot be imported at all: fileError()
        RowErrors, // some rows are bad: rowErrors(); nothing was written
        Cancelled, // the progress callback returned false; nothing was written
        Storage,   // the co-op file failed: storageError(); nothing was written
        NotParsed, // validate() or commit() before a successful parse()
    };

    // (done, total): bytes of the file in parse(), commands in validate()
    // and commit(). total is 0 when unknown. Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvImport(ImportKind kind);
    ~CsvImport();
    CsvImport(const CsvImport&) = delete;
    CsvImport& operator=(const CsvImport&) = delete;

    ImportKind kind() const { return m_kind; }

    // How many rows preview() keeps (100 by default); set before parse().
    void setPreviewLimit(qsizetype rows) { m_previewLimit = rows; }

    // Step 1. `device` must be open for reading. Returns Ok (rows may still
    // have errors: see rowErrors()), FileError or Cancelled.
    Status parse(QIODevice& device, const Progress& progress = {});

    // Step 2: a dry run. Ok when every row would import; RowErrors,
    // Cancelled, Storage or NotParsed otherwise.
    Status validate(CommandBus& bus, const Progress& progress = {});

    // Step 3: imports every row in one transaction, or none. When the file
    // has bad rows, nothing is written and every bad row is reported (the
    // rest are checked by a dry run).
    Status commit(CommandBus& bus, const Progress& progress = {});

    // After parse():
    const QStringList& header() const { return m_header; }
    const QStringList& unknownColumns() const { return m_unknownColumns; }
    const QStringList& missingColumns() const { return m_missingColumns; }
    const QList<ImportRow>& preview() const { return m_preview; }
    const std::optional<ImportError>& fileError() const { return m_fileError; }
    qint64 rowCount() const { return m_rowCount; }
    qint64 commandCount() const { return m_commandCount; }

    // Every bad row, by line: one error per row (the first found), from
    // parse() and from the last validate() or commit(). forEachRowError()
    // reads them a chunk at a time; rowErrors() gathers them all.
    QList<ImportError> rowErrors() const;
    void forEachRowError(const std::function<void(const ImportError&)>& visit) const;
    qint64 rowErrorCount() const { return m_parseErrorCount + m_busErrorCount; }

    const std::optional<CommandError>& storageError() const { return m_storageError; }
    ImportSummary summary() const;

    // The commands of the file, command_id included, in file order:
    // `count` of them from index `from`.
    QList<QJsonObject> commands(qint64 from, qint64 count) const;

    // How many commands are run through the bus at a time.
    static constexpr qint64 chunkSize = 256;

private:
    void reset();
    void readRow(const QStringList& fields, qint64 line);
    void addParseError(const ImportError& error);
    Status runBatch(CommandBus& bus, const Progress& progress, bool dryRun);

    ImportKind m_kind;
    qsizetype m_previewLimit = 100;
    bool m_parsed = false;

    QStringList m_header;
    QStringList m_unknownColumns;
    QStringList m_missingColumns;
    QHash<QString, qsizetype> m_columnIndex;
    QList<ImportRow> m_preview;
    std::optional<ImportError> m_fileError;
    qint64 m_rowCount = 0;

    std::unique_ptr<ImportScratch> m_scratch; // commands, errors, hashes and ids seen
    qint64 m_commandCount = 0;
    qint64 m_parseErrorCount = 0;
    qint64 m_busErrorCount = 0;

    std::optional<CommandError> m_storageError;
    qint64 m_appended = 0;
    qint64 m_wouldAppend = 0;
    qint64 m_replayed = 0;
    bool m_dryRun = false;
    bool m_committed = false;
};

} // namespace coopdesk
