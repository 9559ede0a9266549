#include "charge_all.h"

#include "domain/command_catalog.h"
#include "domain/text_rules.h"
#include "queries/query_service.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace coopdesk {

namespace {

struct ChargeAllMessages
{
    Q_DECLARE_TR_FUNCTIONS(ChargeAll)
};

// ChargeTuition's bounds for amount_cents, from the command catalog.
const FieldRule& amountRule()
{
    static const FieldRule rule = [] {
        for (const FieldRule& field : commandSpec(CommandType::ChargeTuition).fields) {
            if (field.name == fields::amountCents)
                return field;
        }
        Q_UNREACHABLE();
    }();
    return rule;
}

ChargeAllFamily familyOf(const QJsonObject& row)
{
    ChargeAllFamily family;
    family.familyId = row.value(fields::familyId).toString();
    family.familyName = row.value(QStringLiteral("family_name")).toString();
    family.parentName = row.value(QStringLiteral("parent_name")).toString();
    family.childrenCount = row.value(QStringLiteral("children_count")).toInt();
    for (const QJsonValue& id : row.value(QStringLiteral("other_charges")).toArray())
        family.otherChargesOfMonth.append(id.toString());
    return family;
}

std::optional<ChargeAllSkip> skipReason(const QJsonObject& row, ChargeAmountRule rule)
{
    if (row.value(QStringLiteral("holds_charge")).toBool())
        return ChargeAllSkip::AlreadyCharged;
    if (rule == ChargeAmountRule::PerChild &&
        row.value(QStringLiteral("children_count")).toInt() == 0)
        return ChargeAllSkip::NoChild;
    if (rule == ChargeAmountRule::LastAmount &&
        !row.value(QStringLiteral("last_amount_cents")).isDouble())
        return ChargeAllSkip::NoEarlierTuition;
    return std::nullopt;
}

qint64 amountFor(const QJsonObject& row, const ChargeAllRequest& request)
{
    switch (request.rule) {
    case ChargeAmountRule::SameForAll:
        return request.amountCents;
    case ChargeAmountRule::PerChild:
        return request.amountCents * row.value(QStringLiteral("children_count")).toInteger();
    case ChargeAmountRule::LastAmount:
        return row.value(QStringLiteral("last_amount_cents")).toInteger();
    }
    Q_UNREACHABLE();
}

} // namespace

QString chargeAllChargeId(const QString& month)
{
    return QStringLiteral("TUI-") + month;
}

std::optional<QString> checkChargeAllRequest(const ChargeAllRequest& request)
{
    if (!text::isValidMonth(request.month))
        return ChargeAllMessages::tr("The month must be a month YYYY-MM");
    if (!request.dueDate.isValid())
        return ChargeAllMessages::tr("The due date must be a date");
    if (request.rule != ChargeAmountRule::LastAmount &&
        (request.amountCents < amountRule().min || request.amountCents > amountRule().max))
        return ChargeAllMessages::tr("The amount must be between %1 and %2 cents")
            .arg(amountRule().min)
            .arg(amountRule().max);
    return std::nullopt;
}

ChargeAllPlan planChargeAll(QueryService& queries, const ChargeAllRequest& request)
{
    ChargeAllPlan plan;
    plan.request = request;
    for (const QJsonObject& row : queries.chargeAllCandidates(request.month, plan.chargeId())) {
        ChargeAllFamily family = familyOf(row);
        if (const auto reason = skipReason(row, request.rule)) {
            plan.skipped.append({family, *reason});
            continue;
        }
        family.amountCents = amountFor(row, request);
        plan.totalCents += family.amountCents;
        plan.charged.append(family);
    }
    return plan;
}

QString ChargeAllPlan::chargeId() const
{
    return chargeAllChargeId(request.month);
}

QList<ChargeAllFamily> ChargeAllPlan::withOtherCharges() const
{
    QList<ChargeAllFamily> families;
    for (const ChargeAllFamily& family : charged) {
        if (!family.otherChargesOfMonth.isEmpty())
            families.append(family);
    }
    return families;
}

QList<QJsonObject> ChargeAllPlan::commands() const
{
    const QString id = chargeId();
    const QString due = text::formatDate(request.dueDate);
    QList<QJsonObject> commands;
    commands.reserve(charged.size());
    for (const ChargeAllFamily& family : charged)
        commands.append({{fields::command, QStringLiteral("ChargeTuition")},
                         {fields::familyId, family.familyId},
                         {fields::chargeId, id},
                         {QStringLiteral("month"), request.month},
                         {fields::amountCents, family.amountCents},
                         {QStringLiteral("due_date"), due}});
    return commands;
}

QList<QJsonObject> ChargeAllPlan::cancelCommands(const QString& reason) const
{
    const QString id = chargeId();
    QList<QJsonObject> commands;
    commands.reserve(charged.size());
    for (const ChargeAllFamily& family : charged)
        commands.append({{fields::command, QStringLiteral("CancelCharge")},
                         {fields::familyId, family.familyId},
                         {fields::chargeId, id},
                         {QStringLiteral("reason"), reason}});
    return commands;
}

} // namespace coopdesk
