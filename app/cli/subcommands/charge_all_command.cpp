#include "cli_output.h"
#include "clock.h"
#include "commands/charge_all.h"
#include "commands/command_bus.h"
#include "domain/text_rules.h"
#include "io/json_output.h"
#include "queries/query_service.h"
#include "subcommands.h"
#include "views_location.h"

#include <QCoreApplication>

namespace coopdesk::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The amount rule of the command line: exactly one of --amount, --per-child, --last-amount.
std::optional<ChargeAllRequest> requestFrom(const Arguments& arguments, QString& error)
{
    ChargeAllRequest request;
    request.month = arguments.option(QStringLiteral("month"));
    request.dueDate = text::parseDate(arguments.option(QStringLiteral("due"))).value_or(QDate());
    const bool same = arguments.options.contains(QStringLiteral("amount"));
    const bool perChild = arguments.options.contains(QStringLiteral("per-child"));
    const bool last = arguments.has(QStringLiteral("last-amount"));
    if (int(same) + int(perChild) + int(last) != 1) {
        error = Cli::tr("charge-all takes one of --amount CENTS, --per-child CENTS, --last-amount");
        return std::nullopt;
    }
    request.rule = same       ? ChargeAmountRule::SameForAll
                   : perChild ? ChargeAmountRule::PerChild
                              : ChargeAmountRule::LastAmount;
    if (!last) {
        bool ok = false;
        request.amountCents =
            arguments.option(same ? QStringLiteral("amount") : QStringLiteral("per-child"))
                .toLongLong(&ok);
        if (!ok) {
            error = Cli::tr("--amount and --per-child take whole cents");
            return std::nullopt;
        }
    }
    if (const auto invalid = checkChargeAllRequest(request)) {
        error = Cli::tr("charge-all needs --month YYYY-MM and --due YYYY-MM-DD: %1").arg(*invalid);
        return std::nullopt;
    }
    return request;
}

// {"ok":false,"family_id":…,"error":{…}}: a charge the batch could not make.
QByteArray rejectedLine(const CommandResult& result)
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), false).add(QStringLiteral("family_id"), result.familyId);
    writer.addRaw(
        QStringLiteral("error"),
        json::object(result.error->toJson(),
                     {QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message")}));
    return writer.finish();
}

QByteArray summaryLine(bool ok, const ChargeAllPlan& plan, bool dryRun)
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), ok)
        .add(QStringLiteral("charged"), ok ? plan.charged.size() : 0)
        .add(QStringLiteral("skipped"), plan.skipped.size())
        .add(QStringLiteral("total_cents"), ok ? plan.totalCents : 0)
        .add(QStringLiteral("dry_run"), dryRun);
    return writer.finish();
}

// Families charged beside other charges of the month: worth a look, not a
// refusal. One line, naming the first few.
void warnOtherCharges(const ChargeAllPlan& plan)
{
    const QList<ChargeAllFamily> families = plan.withOtherCharges();
    if (families.isEmpty())
        return;
    QStringList named;
    for (const ChargeAllFamily& family : families.first(std::min<qsizetype>(families.size(), 5)))
        named.append(QStringLiteral("%1 (%2: %3)")
                         .arg(family.familyName, family.familyId,
                              family.otherChargesOfMonth.join(QStringLiteral(", "))));
    if (families.size() > named.size())
        named.append(QStringLiteral("…"));
    printMessage(Cli::tr("coopdesk-cli: note: %n of the families charged already have other "
                         "charges for %1: %2",
                         nullptr, int(families.size()))
                     .arg(plan.request.month, named.join(QStringLiteral("; "))));
}

} // namespace

// charge-all --month M --due DATE (--amount C | --per-child C | --last-amount) [--dry-run]
int runChargeAll(const Context& context)
{
    if (!context.arguments.words.isEmpty())
        return usageError(Cli::tr("charge-all takes options only"));
    QString invalid;
    const std::optional<ChargeAllRequest> request = requestFrom(context.arguments, invalid);
    if (!request)
        return usageError(invalid);
    const bool dryRun = context.arguments.has(QStringLiteral("dry-run"));

    // The plan reads the read models: up to the head first, and only when
    // the families' one is not stopped (a stale plan would miss families).
    auto store = context.openStore();
    SystemClock clock;
    const ViewsLocation views(*store);
    for (const CheckpointRow& row : catchUpViews(context, clock, views.path())) {
        if (row.name == QLatin1String("family_read_model"))
            return printError(
                {errors::storage, std::nullopt,
                 Cli::tr("nobody was charged: the family read model is stopped at position %1 "
                         "(%2), so the list of enrolled families may be stale. Open the "
                         "Projections screen of CoopDesk to retry it after an update or skip "
                         "the event")
                     .arg(row.errorPosition.value_or(row.lastPosition + 1))
                     .arg(row.lastError.simplified())},
                Storage);
    }
    QueryService queries(context.location, views.path());
    const ChargeAllPlan plan = planChargeAll(queries, *request);
    warnOtherCharges(plan);

    CommandBus bus(*store, clock, context.user);
    CommandBus::BatchOptions options;
    options.dryRun = dryRun;
    const CommandBus::BatchResult batch = bus.dispatchBatch(plan.commands(), options);
    if (batch.storageError)
        return printError(*batch.storageError, Storage);
    const bool ok = dryRun || batch.committed;
    bool anyRejected = false;
    for (const CommandResult& result : batch.results) {
        if (!result.ok) {
            printLine(rejectedLine(result));
            anyRejected = true;
        }
    }
    printLine(summaryLine(ok && !anyRejected, plan, dryRun));
    if (anyRejected) {
        printMessage(Cli::tr("coopdesk-cli: nobody was charged: the charges above were refused "
                             "(a family changed since the read models were read: run charge-all "
                             "again)"));
        return Rejected;
    }
    return Ok;
}

} // namespace coopdesk::cli
