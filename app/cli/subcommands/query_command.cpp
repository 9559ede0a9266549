#include "cli_output.h"
#include "clock.h"
#include "domain/family_record.h"
#include "domain/text_rules.h"
#include "io/json_output.h"
#include "projections/projector.h"
#include "queries/query_service.h"
#include "subcommands.h"
#include "views_location.h"

#include <QCoreApplication>

namespace coopdesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int printRows(const QList<QJsonObject>& rows, const QStringList& columns)
{
    printLine(json::array(rows, columns));
    return Ok;
}

std::optional<QDate> asOfDate(const Context& context)
{
    const QString text = context.arguments.option(QStringLiteral("as-of"));
    if (text.isEmpty())
        return QDate::currentDate();
    return text::parseDate(text);
}

int notFound(const QString& familyId)
{
    return printError(
        {errors::notFound, fields::familyId, tr("No family has the id “%1”").arg(familyId)},
        Rejected);
}

int queryFamily(const Context& context, QueryService& queries)
{
    if (context.arguments.words.size() != 2)
        return usageError(tr("query family needs one family id"));
    const QString familyId = context.arguments.words.at(1);
    const auto family = queries.getFamily(familyId);
    if (!family)
        return notFound(familyId);
    printLine(json::object(*family, familyColumns()));
    return Ok;
}

int queryFamilies(const Context& context, QueryService& queries)
{
    FamilyFilter filter;
    filter.status = context.arguments.option(QStringLiteral("status"));
    filter.tier = context.arguments.option(QStringLiteral("tier"));
    if (!filter.status.isEmpty() && filter.status != QLatin1String("enrolled") &&
        filter.status != QLatin1String("withdrawn"))
        return usageError(tr("--status is enrolled or withdrawn"));
    const QStringList tiers{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                            QStringLiteral("critical")};
    if (!filter.tier.isEmpty() && !tiers.contains(filter.tier))
        return usageError(tr("--tier is low, medium, high or critical"));
    bool limitOk = true;
    bool offsetOk = true;
    const qint64 limit = context.arguments.option(QStringLiteral("limit"), QStringLiteral("-1"))
                             .toLongLong(&limitOk);
    const qint64 offset = context.arguments.option(QStringLiteral("offset"), QStringLiteral("0"))
                              .toLongLong(&offsetOk);
    if (!limitOk || !offsetOk || offset < 0)
        return usageError(tr("--limit and --offset take whole numbers"));
    FamilySort sort;
    sort.column = context.arguments.option(QStringLiteral("sort"), sort.column);
    if (!QueryService::sortableColumns().contains(sort.column))
        return usageError(tr("--sort takes one of: %1")
                              .arg(QueryService::sortableColumns().join(QStringLiteral(", "))));
    return printRows(queries.listFamilies(filter, sort, offset, limit), familyColumns());
}

int queryAtRisk(const Context& context, QueryService& queries)
{
    bool ok = true;
    const int minimum =
        context.arguments.option(QStringLiteral("min"), QStringLiteral("70")).toInt(&ok);
    const auto asOf = asOfDate(context);
    if (!ok || !asOf)
        return usageError(tr("--min takes a whole number and --as-of a date YYYY-MM-DD"));
    return printRows(queries.listAtRiskFamilies(minimum, *asOf), QueryService::atRiskColumns());
}

int queryPayments(const Context& context, QueryService& queries)
{
    const QString from = context.arguments.option(QStringLiteral("from"));
    const QString to = context.arguments.option(QStringLiteral("to"));
    const auto asOf = asOfDate(context);
    if ((!from.isEmpty() && !text::isValidMonth(from)) ||
        (!to.isEmpty() && !text::isValidMonth(to)) || !asOf)
        return usageError(tr("--from and --to take months YYYY-MM, --as-of a date YYYY-MM-DD"));
    return printRows(queries.getPaymentAnalytics(from, to, *asOf), QueryService::paymentColumns());
}

int queryReceipts(const Context& context, QueryService& queries)
{
    const QString from = context.arguments.option(QStringLiteral("from"));
    const QString to = context.arguments.option(QStringLiteral("to"));
    if ((!from.isEmpty() && !text::isValidMonth(from)) ||
        (!to.isEmpty() && !text::isValidMonth(to)))
        return usageError(tr("--from and --to take months YYYY-MM"));
    return printRows(queries.getCashReceipts(from, to), QueryService::receiptColumns());
}

int queryOverdue(const Context& context, QueryService& queries)
{
    const auto asOf = asOfDate(context);
    if (!asOf)
        return usageError(tr("--as-of takes a date YYYY-MM-DD"));
    return printRows(queries.getOverdueFamilies(*asOf), QueryService::overdueColumns());
}

int queryHistory(const Context& context, QueryService& queries)
{
    if (context.arguments.words.size() != 2)
        return usageError(tr("query history needs one family id"));
    const QString familyId = context.arguments.words.at(1);
    const QList<QJsonObject> events = queries.familyHistory(familyId);
    if (events.isEmpty())
        return notFound(familyId);
    return printRows(events, RecordedEvent::columns());
}

int answer(const Context& context, const QString& what, QueryService& queries)
{
    if (what == QLatin1String("family"))
        return queryFamily(context, queries);
    if (what == QLatin1String("families"))
        return queryFamilies(context, queries);
    if (what == QLatin1String("at-risk"))
        return queryAtRisk(context, queries);
    if (what == QLatin1String("tiers"))
        return printRows(queries.getFamiliesByRiskTier(), QueryService::tierColumns());
    if (what == QLatin1String("payments"))
        return queryPayments(context, queries);
    if (what == QLatin1String("receipts"))
        return queryReceipts(context, queries);
    if (what == QLatin1String("overdue"))
        return queryOverdue(context, queries);
    return printRows(queries.searchFamilies(context.arguments.words.at(1)), familyColumns());
}

} // namespace

int runQuery(const Context& context)
{
    const QString what = context.arguments.words.value(0);
    const QStringList known{
        QStringLiteral("family"), QStringLiteral("families"), QStringLiteral("at-risk"),
        QStringLiteral("tiers"),  QStringLiteral("payments"), QStringLiteral("receipts"),
        QStringLiteral("search"), QStringLiteral("history"),  QStringLiteral("overdue")};
    if (!known.contains(what))
        return usageError(tr("query takes one of: %1").arg(known.join(QStringLiteral(", "))));
    if (what == QLatin1String("search") && context.arguments.words.size() != 2)
        return usageError(tr("query search needs one term (quote it if it has spaces)"));

    // Queries answer from read models brought up to the head first.
    SystemClock clock;
    const ViewsLocation views(*context.openStoreToRead());
    const QList<CheckpointRow> stopped = catchUpViews(context, clock, views.path());
    QueryService queries(context.location, views.path());
    if (what == QLatin1String("history"))
        return queryHistory(context, queries); // from the events: never stale
    const int exitCode = answer(context, what, queries);
    if (exitCode != Usage)
        warnStale(stopped);
    return exitCode;
}

} // namespace coopdesk::cli
