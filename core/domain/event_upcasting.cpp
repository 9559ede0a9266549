#include "event_upcasting.h"

#include "command_catalog.h"
#include "io/amount_parser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

namespace coopdesk {

namespace {
const QString paymentReceived = QStringLiteral("PaymentReceived");

// A payment's amount_cents: ReceivePayment's bounds in the command catalog.
const FieldRule& paymentAmountRule()
{
    static const FieldRule rule = [] {
        for (const FieldRule& field : commandSpec(CommandType::ReceivePayment).fields) {
            if (field.name == QLatin1String("amount_cents"))
                return field;
        }
        Q_UNREACHABLE();
    }();
    return rule;
}

bool fitsAPayment(qint64 cents)
{
    return cents >= paymentAmountRule().min && cents <= paymentAmountRule().max;
}

// Compared as a double first: converting a number beyond qint64 is undefined.
bool fitsAPayment(double cents)
{
    return std::trunc(cents) == cents && cents >= double(paymentAmountRule().min) &&
           cents <= double(paymentAmountRule().max);
}

// An amount that does not fit is a poison event, never a silent zero (SPEC 2).
QJsonObject upcastPaymentV1(QJsonObject data)
{
    const QJsonValue amount = data.take(QStringLiteral("amount"));
    if (!amount.isDouble())
        throw EventDecodeError(QStringLiteral("PaymentReceived schema 1 has no numeric amount"));
    const std::optional<qint64> cents = dollarsToCents(amount.toDouble());
    if (!cents || !fitsAPayment(*cents))
        throw EventDecodeError(
            QStringLiteral("PaymentReceived schema 1 amount %1 does not fit: a payment is "
                           "0.01 to 1000000.00")
                .arg(QString::number(amount.toDouble(), 'g', QLocale::FloatingPointShortest)));
    data.insert(QStringLiteral("amount_cents"), *cents);
    return data;
}

void checkPaymentCents(const QJsonObject& data, int schemaVersion)
{
    const QJsonValue cents = data.value(QStringLiteral("amount_cents"));
    if (!cents.isDouble() || !fitsAPayment(cents.toDouble()))
        throw EventDecodeError(
            QStringLiteral("PaymentReceived schema %1 amount_cents does not fit: a payment is "
                           "1 to 100000000 cents")
                .arg(schemaVersion));
}

// Schemas 1 and 2 had no payment_id: the event's own id names the payment.
QJsonObject upcastPayment(QJsonObject data, int schemaVersion, const QString& eventId)
{
    if (schemaVersion == 1)
        data = upcastPaymentV1(data);
    checkPaymentCents(data, schemaVersion);
    if (schemaVersion < 3)
        data.insert(QStringLiteral("payment_id"), eventId);
    return data;
}
} // namespace

bool paymentCentsFit(qint64 cents)
{
    return fitsAPayment(cents);
}

EventDecodeError::EventDecodeError(const QString& message)
    : std::runtime_error(message.toStdString())
{}

int currentSchemaVersion(const QString& eventType)
{
    return eventType == paymentReceived ? 3 : 1;
}

QJsonObject decodeEventData(const QString& eventType, int schemaVersion, const QByteArray& json,
                            const QString& eventId)
{
    if (!eventTypes().contains(eventType))
        throw EventDecodeError(QStringLiteral("unknown event type “%1”").arg(eventType));
    const int current = currentSchemaVersion(eventType);
    if (schemaVersion < 1 || schemaVersion > current)
        throw EventDecodeError(QStringLiteral("%1 schema version %2 is not known to this version")
                                   .arg(eventType)
                                   .arg(schemaVersion));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw EventDecodeError(QStringLiteral("%1 data is not a JSON object").arg(eventType));
    QJsonObject data = document.object();
    if (eventType == paymentReceived)
        data = upcastPayment(data, schemaVersion, eventId);
    return data;
}

QJsonObject decodeEventData(const RecordedEvent& event)
{
    return decodeEventData(event.eventType, event.schemaVersion, event.data, event.eventId);
}

std::optional<qint64> dollarsToCents(double dollars)
{
    if (!std::isfinite(dollars) || dollars < 0)
        return std::nullopt;
    // The shortest text that reads back as the same double is the decimal
    // the writer meant ("1.005"); round that text, not the binary value.
    const QString text = QString::number(dollars, 'f', QLocale::FloatingPointShortest);
    const auto cents = parseAmountCents(text, BeyondCents::RoundHalfAwayFromZero);
    if (const qint64* value = std::get_if<qint64>(&cents))
        return *value;
    return std::nullopt;
}

} // namespace coopdesk
