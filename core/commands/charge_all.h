#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The treasurer's month (SPEC 7, and `charge-all` in SPEC 8): one tuition
// charge with the id TUI-YYYY-MM for every enrolled family, planned from the
// read models and saved as one all-or-nothing batch through the command bus.
// The bus checks each charge again when it is saved: a family withdrawn or
// charged by another desk since the plan rejects the batch, and nothing is
// charged twice.
namespace coopdesk {

class QueryService;

enum class ChargeAmountRule {
    SameForAll, // amountCents for every family
    PerChild,   // amountCents times the family's children
    LastAmount, // the amount of the family's latest charge of an earlier month
};

struct ChargeAllRequest
{
    QString month; // YYYY-MM
    QDate dueDate;
    ChargeAmountRule rule = ChargeAmountRule::SameForAll;
    qint64 amountCents = 0; // for all, or per child; not read for LastAmount
};

// One enrolled family as the plan sees it.
struct ChargeAllFamily
{
    QString familyId;
    QString familyName;
    QString parentName;
    int childrenCount = 0;
    qint64 amountCents = 0;          // what it is charged (0 when skipped)
    QStringList otherChargesOfMonth; // its live charges of the month under other ids
};

enum class ChargeAllSkip {
    AlreadyCharged,   // it holds a live TUI-YYYY-MM charge
    NoChild,          // per child, and it has none
    NoEarlierTuition, // last amount, and it has no live charge of an earlier month
};

struct SkippedFamily
{
    ChargeAllFamily family;
    ChargeAllSkip reason;
};

struct ChargeAllPlan
{
    ChargeAllRequest request;
    QList<ChargeAllFamily> charged; // family_name order
    QList<SkippedFamily> skipped;   // family_name order
    qint64 totalCents = 0;

    QString chargeId() const;
    // The charged families holding other live charges of the month (the
    // preview lists them: a second charge may be a mistake).
    QList<ChargeAllFamily> withOtherCharges() const;
    // One ChargeTuition per charged family, in order.
    QList<QJsonObject> commands() const;
    // What undoes the run once saved: a CancelCharge of its charge for each
    // charged family, one batch again.
    QList<QJsonObject> cancelCommands(const QString& reason) const;
};

// TUI-YYYY-MM.
QString chargeAllChargeId(const QString& month);

// Why a request cannot be planned (a translated message), or nothing.
std::optional<QString> checkChargeAllRequest(const ChargeAllRequest& request);

// The plan over the read models as they stand (bring them up to the head
// first). The request must pass checkChargeAllRequest. Throws StorageError.
ChargeAllPlan planChargeAll(QueryService& queries, const ChargeAllRequest& request);

} // namespace coopdesk
