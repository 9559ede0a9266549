#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

// A family's statement (SPEC 7, docs/STATEMENTS.md): every charge, payment
// and correction of its audit trail as dated lines with a running balance,
// the lines before the period folded into a balance brought forward. Pure
// arithmetic over QueryService::familyHistory's rows, so its closing
// balance can be checked against the family read model without a screen.
namespace coopdesk {

// From and to, both included.
struct StatementPeriod
{
    QDate from;
    QDate to;

    bool contains(QDate date) const { return date >= from && date <= to; }
};

struct StatementLine
{
    enum class Kind { Charge, Payment, PaymentVoided, ChargeCancelled };

    Kind kind = Kind::Charge;
    // When it counts for the family: a charge when it was made, or its due
    // date when that is earlier (charges entered after the fact); a
    // payment its own date; a correction the day it was recorded (never
    // before what it corrects).
    QDate date;
    qint64 position = 0; // of its event: the order within a day
    // The charge's or payment's (a correction's: of what it takes back,
    // when that is in the trail).
    QString entryId; // the charge_id or payment_id
    QString month;   // a charge's YYYY-MM
    QDate dueDate;
    QString paymentMethod;
    QString transactionId; // a check number or reference; may be empty
    QString reason;        // a correction's
    // A correction: the date of the payment or charge it takes back
    // (invalid when that one is not in the trail). A payment or charge: the
    // date of the correction that took it back (invalid while it counts).
    QDate correctionDate;
    qint64 chargeCents = 0;  // adds to what is owed: a charge, a voided payment
    qint64 creditCents = 0;  // takes off: a payment, a cancelled charge
    qint64 balanceCents = 0; // owed after this line (negative: credit)

    bool isCorrection() const
    {
        return kind == Kind::PaymentVoided || kind == Kind::ChargeCancelled;
    }
    bool isTakenBack() const { return !isCorrection() && correctionDate.isValid(); }
};

struct FamilyStatement
{
    StatementPeriod period;
    qint64 broughtForwardCents = 0; // owed at the start of period.from
    QList<StatementLine> lines;     // those in the period, by date then position
    qint64 chargesCents = 0;        // the period's lines' charge column
    qint64 creditsCents = 0;        // and credit column
    qint64 closingCents = 0;        // owed at the end of period.to
    // Lines dated after the period, and the balance with them: what
    // family_read_model.balance_cents says.
    int laterLines = 0;
    qint64 currentCents = 0;
    // Events of the kinds above that cannot be decoded (poison events,
    // SPEC 6): left out, as the read models leave them out.
    QList<qint64> unreadablePositions;
};

// The statement of the events `history` (QueryService::familyHistory rows:
// event_type, schema_version, event_id, position, recorded_at, data as
// stored, upcast here) for `period`. recorded_at (UTC) is read as a date in
// `zone`.
FamilyStatement familyStatement(const QList<QJsonObject>& history, const StatementPeriod& period,
                                const QTimeZone& zone = QTimeZone::systemTimeZone());

// The period a statement covers unless the user chooses: the twelve
// calendar months up to `today` (the current one included), to `today`.
StatementPeriod defaultStatementPeriod(QDate today);

} // namespace coopdesk
