#include "family_statement.h"

#include "domain/event_upcasting.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace coopdesk {

namespace {

using Kind = StatementLine::Kind;

const QHash<QString, Kind>& kindsByEventType()
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("TuitionCharged"), Kind::Charge},
        {QStringLiteral("PaymentReceived"), Kind::Payment},
        {QStringLiteral("PaymentVoided"), Kind::PaymentVoided},
        {QStringLiteral("ChargeCancelled"), Kind::ChargeCancelled},
    };
    return kinds;
}

QString text(const QJsonObject& data, const char* key)
{
    return data.value(QLatin1String(key)).toString();
}

QDate isoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The day an event was recorded, where the desk is.
QDate recordedDate(const QString& recordedAt, const QTimeZone& zone)
{
    const QDateTime when = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
    if (!when.isValid())
        return isoDate(recordedAt.left(10));
    return zone.isValid() ? when.toTimeZone(zone).date() : when.toUTC().date();
}

// Every line of the trail, in event order, each correction linked to what
// it takes back. A payment or charge id taken back may be used again (SPEC
// 2.2): a correction names the latest live one with its id.
QList<StatementLine> linesOf(const QList<QJsonObject>& history, const QTimeZone& zone,
                             QList<qint64>& unreadable)
{
    QList<StatementLine> lines;
    QHash<QString, qsizetype> livePayments;
    QHash<QString, qsizetype> liveCharges;
    for (const QJsonObject& event : history) {
        const QString type = event.value(QStringLiteral("event_type")).toString();
        const auto kind = kindsByEventType().constFind(type);
        if (kind == kindsByEventType().cend())
            continue;
        StatementLine line;
        line.kind = *kind;
        line.position = event.value(QStringLiteral("position")).toInteger();
        QJsonObject data;
        try {
            data = decodeEventData(type, event.value(QStringLiteral("schema_version")).toInt(),
                                   QJsonDocument(event.value(QStringLiteral("data")).toObject())
                                       .toJson(QJsonDocument::Compact),
                                   event.value(QStringLiteral("event_id")).toString());
        } catch (const EventDecodeError&) {
            unreadable << line.position;
            continue;
        }
        const QDate recorded =
            recordedDate(event.value(QStringLiteral("recorded_at")).toString(), zone);
        const qint64 cents = data.value(QStringLiteral("amount_cents")).toInteger();
        switch (line.kind) {
        case Kind::Charge:
            line.entryId = text(data, "charge_id");
            line.month = text(data, "month");
            line.dueDate = isoDate(text(data, "due_date"));
            line.date = line.dueDate.isValid() ? std::min(recorded, line.dueDate) : recorded;
            line.chargeCents = cents;
            liveCharges.insert(line.entryId, lines.size());
            break;
        case Kind::Payment:
            line.entryId = text(data, "payment_id");
            line.paymentMethod = text(data, "payment_method");
            line.transactionId = text(data, "transaction_id");
            line.date = isoDate(text(data, "date"));
            if (!line.date.isValid())
                line.date = recorded;
            line.creditCents = cents;
            livePayments.insert(line.entryId, lines.size());
            break;
        case Kind::PaymentVoided:
        case Kind::ChargeCancelled: {
            const bool voided = line.kind == Kind::PaymentVoided;
            line.entryId = voided ? text(data, "payment_id") : text(data, "charge_id");
            line.reason = text(data, "reason");
            line.date = recorded;
            // The amount the correction recorded (the command side's), so
            // the balance is what the read models say.
            (voided ? line.chargeCents : line.creditCents) = cents;
            QHash<QString, qsizetype>& live = voided ? livePayments : liveCharges;
            const auto original = live.constFind(line.entryId);
            if (original != live.cend()) {
                StatementLine& takenBack = lines[*original];
                live.erase(original);
                line.correctionDate = takenBack.date;
                line.month = takenBack.month;
                line.dueDate = takenBack.dueDate;
                line.paymentMethod = takenBack.paymentMethod;
                line.transactionId = takenBack.transactionId;
                line.date = std::max(line.date, takenBack.date);
                takenBack.correctionDate = line.date;
            }
            break;
        }
        }
        lines << line;
    }
    return lines;
}

} // namespace

FamilyStatement familyStatement(const QList<QJsonObject>& history, const StatementPeriod& period,
                                const QTimeZone& zone)
{
    FamilyStatement statement;
    statement.period = period;
    QList<StatementLine> lines = linesOf(history, zone, statement.unreadablePositions);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StatementLine& a, const StatementLine& b) {
                         return a.date != b.date ? a.date < b.date : a.position < b.position;
                     });
    qint64 balance = 0;
    for (StatementLine& line : lines) {
        balance += line.chargeCents - line.creditCents;
        line.balanceCents = balance;
        if (line.date < period.from) {
            statement.broughtForwardCents = balance;
        } else if (line.date <= period.to) {
            statement.chargesCents += line.chargeCents;
            statement.creditsCents += line.creditCents;
            statement.lines << line;
        } else {
            ++statement.laterLines;
        }
    }
    statement.closingCents =
        statement.broughtForwardCents + statement.chargesCents - statement.creditsCents;
    statement.currentCents = balance;
    return statement;
}

StatementPeriod defaultStatementPeriod(QDate today)
{
    return {QDate(today.year(), today.month(), 1).addMonths(-11), today};
}

} // namespace coopdesk
