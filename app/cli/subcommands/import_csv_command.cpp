#include "cli_output.h"
#include "clock.h"
#include "commands/command_bus.h"
#include "io/csv_import.h"
#include "io/json_output.h"
#include "subcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace coopdesk::cli {

namespace {

// The context lupdate files these strings under and the one looked up at
// run time (a free tr() helper would be filed under the namespace).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// {"ok":false,"line":N,"error":{"code":…,"field":…,"message":…}}
QByteArray errorLine(const ImportError& error)
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), false);
    if (error.line > 0)
        writer.add(QStringLiteral("line"), error.line);
    writer.addRaw(
        QStringLiteral("error"),
        json::object(error.error.toJson(),
                     {QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message")}));
    return writer.finish();
}

QByteArray summaryLine(bool ok, const ImportSummary& summary, bool dryRun)
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), ok)
        .add(QStringLiteral("kind"), importFormat(summary.kind).name)
        .add(QStringLiteral("rows"), summary.rows)
        .add(QStringLiteral("commands"), summary.commands)
        .add(QStringLiteral("appended"), summary.appended);
    if (dryRun)
        writer.add(QStringLiteral("would_append"), summary.wouldAppend);
    writer.add(QStringLiteral("replayed"), summary.replayed)
        .add(QStringLiteral("bad_rows"), summary.badRows)
        .add(QStringLiteral("dry_run"), dryRun)
        .add(QStringLiteral("unknown_columns"), QJsonArray::fromStringList(summary.unknownColumns));
    return writer.finish();
}

bool openInput(QFile& input, const QString& source)
{
    if (source == QLatin1String("-"))
        return input.open(stdin, QIODevice::ReadOnly);
    input.setFileName(source);
    return input.open(QIODevice::ReadOnly);
}

} // namespace

// import-csv FILE --kind families|charges|payments [--dry-run] (docs/IMPORT.md)
int runImportCsv(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() != 1)
        return usageError(Cli::tr("import-csv takes one CSV file (or - for standard input)"));
    const QString kindName = context.arguments.option(QStringLiteral("kind"));
    const auto kind = importKindFromName(kindName);
    if (!kind)
        return usageError(
            Cli::tr("import-csv needs --kind %1").arg(importKindNames().join(QStringLiteral("|"))));
    const bool dryRun = context.arguments.has(QStringLiteral("dry-run"));
    QFile input;
    if (!openInput(input, words.first()))
        return usageError(Cli::tr("cannot read %1: %2").arg(words.first(), input.errorString()));

    auto store = context.openStore();
    SystemClock clock;
    CommandBus bus(*store, clock, context.user);
    CsvImport csv(*kind);
    if (csv.parse(input) == CsvImport::Status::FileError) {
        printLine(errorLine(*csv.fileError()));
        printMessage(csv.fileError()->error.message);
        printLine(summaryLine(false, csv.summary(), dryRun));
        return Rejected;
    }
    if (!csv.unknownColumns().isEmpty())
        printMessage(Cli::tr("coopdesk-cli: warning: columns ignored (not part of a %1 file): %2")
                         .arg(kindName, csv.unknownColumns().join(QStringLiteral(", "))));

    const CsvImport::Status status = dryRun ? csv.validate(bus) : csv.commit(bus);
    if (status == CsvImport::Status::Storage)
        return printError(*csv.storageError(), Storage);
    // Read back a chunk at a time: a file of bad rows is not held in memory.
    csv.forEachRowError([](const ImportError& error) { printLine(errorLine(error)); });
    printLine(summaryLine(status == CsvImport::Status::Ok, csv.summary(), dryRun));
    if (csv.rowErrorCount() > 0)
        printMessage(Cli::tr("coopdesk-cli: %n bad row(s): nothing was imported", nullptr,
                             static_cast<int>(csv.rowErrorCount())));
    return status == CsvImport::Status::Ok ? Ok : Rejected;
}

} // namespace coopdesk::cli
