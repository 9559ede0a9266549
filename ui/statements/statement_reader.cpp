#include "statement_reader.h"

#include "queries/query_service.h"

namespace coopdesk::statementreader {

std::optional<statementpdf::Statement> read(QueryService& queries, const QString& familyId,
                                            const StatementPeriod& period)
{
    std::optional<QJsonObject> family = queries.getFamily(familyId);
    if (!family)
        return std::nullopt;
    return statementpdf::Statement{*family,
                                   familyStatement(queries.familyHistory(familyId), period)};
}

QList<QJsonObject> familiesThatOwe(QueryService& queries)
{
    // One read, in the list's own order (family_name, SPEC 5): a snapshot
    // however the balances move meanwhile.
    QList<QJsonObject> owing;
    for (const QJsonObject& row : queries.listFamilies(FamilyFilter{}, FamilySort{}, 0, -1)) {
        if (row.value(QStringLiteral("balance_cents")).toInteger() > 0)
            owing << row;
    }
    return owing;
}

} // namespace coopdesk::statementreader
