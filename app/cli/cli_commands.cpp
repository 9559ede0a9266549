#include "cli_commands.h"

#include "app_version.h"
#include "cli_output.h"
#include "domain/event_upcasting.h"
#include "domain/text_rules.h"
#include "platform/platform_files.h"
#include "subcommands/subcommands.h"

#include <QCoreApplication>

#include <functional>

namespace coopdesk::cli {

namespace {

// The default --user follows the same rule as a given one (SPEC 8); a
// system name that breaks it (empty, too long, control characters) is
// recorded as "unknown" rather than stored as it is.
QString systemUser()
{
    return text::validUserName(platform::systemUserName()).value_or(QStringLiteral("unknown"));
}

using Subcommand = std::function<int(const Context&)>;

const QHash<QString, Subcommand>& subcommands()
{
    static const QHash<QString, Subcommand> table{
        {QStringLiteral("init"), runInit},
        {QStringLiteral("exec"), runExec},
        {QStringLiteral("replay"), runReplay},
        {QStringLiteral("export-events"), runExportEvents},
        {QStringLiteral("verify"), runVerify},
        {QStringLiteral("query"), runQuery},
        {QStringLiteral("status"), runStatus},
        {QStringLiteral("rebuild"), runRebuild},
        {QStringLiteral("seed-demo"), runSeedDemo},
        {QStringLiteral("import-csv"), runImportCsv},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("copy"), runCopy},
        {QStringLiteral("charge-all"), runChargeAll},
    };
    return table;
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
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    if (arguments.subcommand.isEmpty())
        return usageError(tr("no command given"));
    const auto subcommand = subcommands().constFind(arguments.subcommand);
    if (subcommand == subcommands().constEnd())
        return usageError(tr("unknown command “%1”").arg(arguments.subcommand));

    const Context context{
        arguments,
        StoreLocation::fromText(
            arguments.option(QStringLiteral("db"), qEnvironmentVariable("COOPDESK_DB"))),
        arguments.option(QStringLiteral("user"), systemUser()),
        StoreOptions{!arguments.has(QStringLiteral("fast")), 10000, false},
    };
    // copy names its two co-ops with --from and --to.
    const bool namesItsCoops = arguments.subcommand == QLatin1String("copy");
    if (context.location.isEmpty() && !namesItsCoops)
        return usageError(
            tr("no co-op: give --db FILE (or a server's postgresql:// URI) or set COOPDESK_DB"));
    // A server co-op records the role that logged in as each event's user
    // (SPEC 12.2), so a given --user would be silently wrong.
    if (context.location.isServer() && arguments.options.contains(QStringLiteral("user")))
        printMessage(tr("coopdesk-cli: warning: --user is ignored for a server co-op: each event "
                        "records the role that logged in"));
    try {
        return subcommand.value()(context);
    } catch (const StorageError& error) {
        return printError({errors::storage, std::nullopt, error.message()}, Storage);
    } catch (const EventDecodeError& error) {
        return printError({errors::storage, std::nullopt, error.message()}, Storage);
    }
}

} // namespace coopdesk::cli
