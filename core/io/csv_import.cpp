#include "csv_import.h"

#include "csv_columns.h"
#include "csv_reader.h"
#include "domain/command.h"
#include "domain/command_catalog.h"
#include "domain/text_rules.h"
#include "import_scratch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <algorithm>

namespace coopdesk {

namespace {

// The context lupdate files these strings under and the one looked up at
// run time (a free tr() helper would be filed under the namespace).
struct ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(ImportMessages)
};

// Progress is reported every this many rows or commands (and at the end).
constexpr qint64 progressStep = 256;

ImportError fileProblem(qint64 line, const QString& message,
                        const std::optional<QString>& field = std::nullopt)
{
    return {line, {errors::validation, field, message}};
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString& cell) { return text::trimmed(cell).isEmpty(); });
}

QString centsAsUnits(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// Bus errors in the words of the file: the CSV column, amounts in currency
// units, the child a children error is about.
CommandError inFileTerms(ImportKind kind, const QJsonObject& command, CommandError error)
{
    if (!error.field)
        return error;
    const QString field = *error.field;
    if (field == QLatin1String("amount_cents") && error.code == errors::validation) {
        const CommandSpec* spec = findCommandSpec(command.value(fields::command).toString());
        for (const FieldRule& rule : spec ? spec->fields : QList<FieldRule>{}) {
            if (rule.name == field)
                error.message = ImportMessages::tr("The amount must be from %1 to %2")
                                    .arg(centsAsUnits(rule.min), centsAsUnits(rule.max));
        }
    }
    if (command.value(fields::command).toString() == QLatin1String("AddChild") &&
        field != fields::familyId)
        error.message =
            ImportMessages::tr("Child “%1”: %2")
                .arg(text::trimmed(command.value(QStringLiteral("child_name")).toString()),
                     error.message);
    error.field = importColumnForField(kind, field);
    return error;
}

} // namespace

CsvImport::CsvImport(ImportKind kind)
    : m_kind(kind)
{}

CsvImport::~CsvImport() = default;

void CsvImport::reset()
{
    m_parsed = false;
    m_header.clear();
    m_unknownColumns.clear();
    m_missingColumns.clear();
    m_columnIndex.clear();
    m_preview.clear();
    m_fileError.reset();
    m_rowCount = 0;
    // Opened on first use, on the thread that runs the import.
    if (m_scratch)
        m_scratch->clear();
    else
        m_scratch = std::make_unique<ImportScratch>();
    m_commandCount = m_parseErrorCount = m_busErrorCount = 0;
    m_storageError.reset();
    m_appended = m_wouldAppend = m_replayed = 0;
    m_dryRun = m_committed = false;
}

CsvImport::Status CsvImport::parse(QIODevice& device, const Progress& progress)
{
    reset();
    const ImportFormat& format = importFormat(m_kind);
    const qint64 total = device.isSequential() ? 0 : device.size();
    csv::Reader reader(device);
    csv::Record record;
    if (!reader.next(record)) {
        m_fileError =
            reader.error()
                ? fileProblem(reader.error()->line, reader.error()->message)
                : fileProblem(1,
                              ImportMessages::tr(
                                  "The file is empty: its first line must name the columns, such "
                                  "as %1")
                                  .arg(format.columns.join(u',')));
        return Status::FileError;
    }

    m_header = record.fields;
    const csv::Columns columns(m_header, format.columns, format.required);
    m_unknownColumns = columns.unknown();
    m_missingColumns = columns.missing();
    if (!columns.missing().isEmpty()) {
        m_fileError =
            fileProblem(record.line,
                        ImportMessages::tr("The file lacks the column(s) %1: a %2 file needs the "
                                           "columns %3 (line 1 names the columns)")
                            .arg(columns.missing().join(QStringLiteral(", ")), format.name,
                                 format.required.join(QStringLiteral(", "))),
                        columns.missing().first());
        return Status::FileError;
    }
    if (!columns.duplicated().isEmpty()) {
        m_fileError =
            fileProblem(record.line,
                        ImportMessages::tr("The column %1 is named more than once in the header")
                            .arg(columns.duplicated().first()),
                        columns.duplicated().first());
        return Status::FileError;
    }
    for (const QString& column : format.columns) {
        if (columns.has(column))
            m_columnIndex.insert(column, columns.indexOf(column));
    }

    qint64 sinceProgress = 0;
    m_scratch->begin();
    while (reader.next(record)) {
        readRow(record.fields, record.line);
        if (progress && ++sinceProgress == progressStep) {
            sinceProgress = 0;
            if (!progress(reader.bytesRead(), total)) {
                m_scratch->commit();
                reset();
                return Status::Cancelled;
            }
        }
    }
    m_scratch->commit();
    if (const auto& error = reader.error()) {
        m_fileError = fileProblem(error->line, error->message);
        return Status::FileError;
    }
    if (progress && !progress(reader.bytesRead(), total)) {
        reset();
        return Status::Cancelled;
    }
    m_parsed = true;
    return Status::Ok;
}

void CsvImport::readRow(const QStringList& fields, qint64 line)
{
    if (isBlank(fields))
        return;
    ++m_rowCount;
    if (m_preview.size() < m_previewLimit)
        m_preview.append({line, fields});
    if (fields.size() != m_header.size()) {
        addParseError(
            fileProblem(line, ImportMessages::tr("This row has %1 cells but the header has %2")
                                  .arg(fields.size())
                                  .arg(m_header.size())));
        return;
    }
    const CellLookup cell = [&](const QString& column) {
        const qsizetype index = m_columnIndex.value(column, -1);
        return index >= 0 ? fields.at(index) : QString();
    };

    if (m_kind == ImportKind::Families) {
        const QString familyId = cell(fields::familyId);
        if (!familyId.isEmpty()) {
            if (const auto first = m_scratch->firstLineOf(familyId, line)) {
                addParseError(
                    {line,
                     {errors::duplicate, fields::familyId,
                      ImportMessages::tr("family_id “%1” is already on line %2 of this file")
                          .arg(familyId)
                          .arg(*first)}});
                return;
            }
        }
    }

    auto converted = importRowCommands(m_kind, cell);
    if (const auto* error = std::get_if<CommandError>(&converted)) {
        addParseError({line, *error});
        return;
    }
    // command_id: the kind, the SHA-256 of the command's content, and how
    // many times that same content came before in this file (docs/IMPORT.md).
    const QString prefix = QStringLiteral("csv:") + importFormat(m_kind).name + u':';
    for (QJsonObject& command : std::get<QList<QJsonObject>>(converted)) {
        const QByteArray hash =
            QCryptographicHash::hash(canonicalJson(command), QCryptographicHash::Sha256);
        const qint64 occurrence = m_scratch->countOccurrence(hash);
        const QString commandId =
            prefix + QString::fromLatin1(hash.toHex()) + u':' + QString::number(occurrence);
        command.insert(fields::commandId, commandId);
        m_scratch->addCommand(line, command);
        ++m_commandCount;
    }
}

void CsvImport::addParseError(const ImportError& error)
{
    m_scratch->addError(ImportScratch::Source::Parse, error);
    ++m_parseErrorCount;
}

CsvImport::Status CsvImport::validate(CommandBus& bus, const Progress& progress)
{
    if (!m_parsed)
        return m_fileError ? Status::FileError : Status::NotParsed;
    return runBatch(bus, progress, true);
}

CsvImport::Status CsvImport::commit(CommandBus& bus, const Progress& progress)
{
    if (!m_parsed)
        return m_fileError ? Status::FileError : Status::NotParsed;
    // Bad rows were found already: nothing will be written, but the other
    // rows are still checked so that every bad row is reported at once.
    const Status status = runBatch(bus, progress, m_parseErrorCount > 0);
    m_dryRun = false;
    return status;
}

CsvImport::Status CsvImport::runBatch(CommandBus& bus, const Progress& progress, bool dryRun)
{
    m_scratch->clearErrors(ImportScratch::Source::Bus);
    m_busErrorCount = 0;
    m_storageError.reset();
    m_appended = m_wouldAppend = m_replayed = 0;
    m_committed = false;
    m_dryRun = dryRun;

    CommandBus::BatchOptions options;
    options.dryRun = dryRun;
    if (progress) {
        options.progress = [&](qsizetype done, qsizetype total) {
            return (done % progressStep != 0 && done != total) || progress(done, total);
        };
    }
    // One chunk of commands in memory at a time: pulled from the scratch
    // database, their errors written back to it before the next.
    qint64 pulled = 0;
    QList<ScratchCommand> chunk;
    qint64 lastBadLine = -1;
    const auto next = [&] {
        chunk = m_scratch->commands(pulled, chunkSize);
        pulled += chunk.size();
        QList<QJsonObject> commands;
        commands.reserve(chunk.size());
        for (const ScratchCommand& command : std::as_const(chunk))
            commands.append(command.command);
        return commands;
    };
    const auto take = [&](const QList<CommandResult>& results) {
        for (qsizetype i = 0; i < results.size(); ++i) {
            const CommandResult& result = results.at(i);
            if (result.ok) {
                ++(result.replayed ? m_replayed : m_wouldAppend);
                continue;
            }
            // A row's commands are consecutive: its first error is reported.
            const qint64 line = chunk.at(i).line;
            if (line == lastBadLine)
                continue;
            lastBadLine = line;
            const CommandError error =
                result.error.value_or(CommandError{errors::validation, std::nullopt, QString()});
            m_scratch->addError(ImportScratch::Source::Bus,
                                {line, inFileTerms(m_kind, chunk.at(i).command, error)});
            ++m_busErrorCount;
        }
    };
    m_scratch->begin();
    CommandBus::StreamResult stream;
    try {
        stream = bus.dispatchStream(next, take, m_commandCount, options);
    } catch (...) {
        m_scratch->commit();
        throw;
    }
    m_scratch->commit();
    if (stream.storageError) {
        m_storageError = stream.storageError;
        return Status::Storage;
    }
    if (stream.cancelled)
        return Status::Cancelled;
    if (stream.committed && !dryRun) {
        m_committed = true;
        m_appended = m_wouldAppend;
    }
    return rowErrorCount() == 0 ? Status::Ok : Status::RowErrors;
}

QList<ImportError> CsvImport::rowErrors() const
{
    QList<ImportError> all;
    forEachRowError([&](const ImportError& error) { all.append(error); });
    return all;
}

void CsvImport::forEachRowError(const std::function<void(const ImportError&)>& visit) const
{
    if (m_scratch)
        m_scratch->forEachError(visit);
}

QList<QJsonObject> CsvImport::commands(qint64 from, qint64 count) const
{
    QList<QJsonObject> commands;
    if (!m_scratch)
        return commands;
    for (const ScratchCommand& command : m_scratch->commands(from, count))
        commands.append(command.command);
    return commands;
}

ImportSummary CsvImport::summary() const
{
    ImportSummary summary;
    summary.kind = m_kind;
    summary.rows = m_rowCount;
    summary.commands = m_commandCount;
    summary.appended = m_appended;
    summary.wouldAppend = m_wouldAppend;
    summary.replayed = m_replayed;
    summary.badRows = rowErrorCount();
    summary.dryRun = m_dryRun;
    summary.committed = m_committed;
    summary.unknownColumns = m_unknownColumns;
    return summary;
}

} // namespace coopdesk
