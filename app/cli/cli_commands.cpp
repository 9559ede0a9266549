#include "cli_commands.h"

#include "app_version.h"
#include "cli_output.h"
#include "clock.h"
#include "commands/command_bus.h"
#include "domain/event_upcasting.h"
#include "io/json_output.h"
#include "store/audit_check.h"
#include "store/coop_file.h"
#include "store/family_replay.h"
#include "store/sqlite_event_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

namespace coopdesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString systemUser()
{
    for (const char* name : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    if (const passwd* entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

// Everything a subcommand needs from the global options.
struct Context
{
    const Arguments& arguments;
    QString db;
    QString user;
    StoreOptions storeOptions;

    std::unique_ptr<SqliteEventStore> openStore() const
    {
        return std::make_unique<SqliteEventStore>(db, storeOptions);
    }
};

bool blank(const QByteArray& line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

int runInit(const Context& context)
{
    coopfile::create(context.db);
    SqliteEventStore store(context.db, context.storeOptions);
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .add(QStringLiteral("db"), context.db)
                  .add(QStringLiteral("file_id"), store.fileId())
                  .finish());
    return Ok;
}

int runExec(const Context& context)
{
    const QStringList& words = context.arguments.words;
    if (words.size() > 1)
        return usageError(tr("exec takes at most one input file"));
    QFile input;
    const QString source = words.value(0, QStringLiteral("-"));
    const bool opened = source == QLatin1String("-")
        ? input.open(stdin, QIODevice::ReadOnly)
        : (input.setFileName(source), input.open(QIODevice::ReadOnly));
    if (!opened)
        return usageError(tr("cannot read %1: %2").arg(source, input.errorString()));

    auto store = context.openStore();
    SystemClock clock;
    CommandBus bus(*store, clock, context.user);
    int exitCode = Ok;
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine();
        ++lineNumber;
        if (blank(line))
            continue;
        const CommandResult result = bus.dispatch(line);
        printLine(result.toJsonLine(lineNumber));
        if (!result.ok)
            exitCode = result.error && result.error->code == errors::storage ? Storage
                : exitCode == Storage                                        ? Storage
                                                                             : Rejected;
    }
    return exitCode;
}

int runReplay(const Context& context)
{
    if (context.arguments.words.size() != 1)
        return usageError(tr("replay needs one family id"));
    const QString familyId = context.arguments.words.first();
    auto store = context.openStore();
    QElapsedTimer timer;
    timer.start();
    const FamilyReplay replay = reconstructFamily(*store, familyId);
    const double elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!replay.found)
        return printError({errors::notFound, fields::familyId,
                           tr("No family has the id “%1”").arg(familyId)},
                          Rejected);
    QByteArray charges = "[";
    for (const Charge& charge : replay.charges) {
        if (charges.size() > 1)
            charges += ',';
        charges += json::object(charge.toJson(familyId));
    }
    charges += ']';
    printLine(json::ObjectWriter()
                  .add(QStringLiteral("ok"), true)
                  .addRaw(QStringLiteral("family"), json::object(replay.record.toJson()))
                  .addRaw(QStringLiteral("charges"), charges)
                  .add(QStringLiteral("events"), replay.eventCount)
                  .add(QStringLiteral("elapsed_ms"), elapsedMs)
                  .finish());
    return Ok;
}

const QStringList& eventKeyOrder()
{
    static const QStringList keys{
        QStringLiteral("position"),       QStringLiteral("event_id"),
        QStringLiteral("stream_id"),      QStringLiteral("stream_type"),
        QStringLiteral("stream_version"), QStringLiteral("event_type"),
        QStringLiteral("schema_version"), QStringLiteral("data"),
        QStringLiteral("metadata"),       QStringLiteral("recorded_at"),
        QStringLiteral("hash")};
    return keys;
}

int runExportEvents(const Context& context)
{
    bool ok = true;
    const qint64 from = context.arguments.option(QStringLiteral("from"), QStringLiteral("1")).toLongLong(&ok);
    if (!ok || from < 1)
        return usageError(tr("--from needs a position of 1 or more"));
    auto store = context.openStore();
    qint64 after = from - 1;
    for (;;) {
        const QList<RecordedEvent> events = store->readAfter(after, 5000);
        if (events.isEmpty())
            break;
        for (const RecordedEvent& event : events)
            printLine(json::object(event.toJson(), eventKeyOrder()));
        after = events.last().position;
    }
    return Ok;
}

int runVerify(const Context& context)
{
    auto store = context.openStore();
    const AuditReport audit = verifyAuditTrail(*store);
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), audit.ok)
        .add(QStringLiteral("events_checked"), audit.eventsChecked);
    if (!audit.ok) {
        writer.add(QStringLiteral("position"),
                   audit.firstBadPosition ? QJsonValue(*audit.firstBadPosition) : QJsonValue());
        writer.add(QStringLiteral("problem"), audit.problem);
    }
    printLine(writer.finish());
    if (!audit.ok)
        printMessage(audit.problem);
    return audit.ok ? Ok : Rejected;
}

} // namespace

int run(const Arguments& arguments)
{
    if (arguments.has(QStringLiteral("version"))) {
        printLine(QByteArray("coopdesk-cli ") + appVersion);
        return Ok;
    }
    if (arguments.has(QStringLiteral("help")) || arguments.subcommand == QLatin1String("help")) {
        printMessage(usageText());
        return Ok;
    }
    if (arguments.subcommand.isEmpty())
        return usageError(tr("no command given"));

    const Context context{
        arguments,
        arguments.option(QStringLiteral("db"), qEnvironmentVariable("COOPDESK_DB")),
        arguments.option(QStringLiteral("user"), systemUser()),
        StoreOptions{!arguments.has(QStringLiteral("fast")), 10000, false},
    };
    const QHash<QString, std::function<int(const Context&)>> subcommands{
        {QStringLiteral("init"), runInit},
        {QStringLiteral("exec"), runExec},
        {QStringLiteral("replay"), runReplay},
        {QStringLiteral("export-events"), runExportEvents},
        {QStringLiteral("verify"), runVerify},
    };
    const auto subcommand = subcommands.find(arguments.subcommand);
    if (subcommand == subcommands.end())
        return usageError(tr("unknown command “%1”").arg(arguments.subcommand));
    if (context.db.isEmpty())
        return usageError(tr("no co-op file: give --db FILE or set COOPDESK_DB"));
    try {
        return subcommand.value()(context);
    } catch (const StorageError& error) {
        return printError({errors::storage, std::nullopt, error.message()}, Storage);
    } catch (const EventDecodeError& error) {
        return printError({errors::storage, std::nullopt, error.message()}, Storage);
    }
}

} // namespace coopdesk::cli
