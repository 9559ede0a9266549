#include "event_upcasting.h"

#include "command_catalog.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

namespace coopdesk {

namespace {
const QString paymentReceived = QStringLiteral("PaymentReceived");

QJsonObject upcastPaymentV1(QJsonObject data)
{
    const QJsonValue amount = data.take(QStringLiteral("amount"));
    if (!amount.isDouble() || !std::isfinite(amount.toDouble()))
        throw EventDecodeError(
            QStringLiteral("PaymentReceived schema 1 has no numeric amount"));
    data.insert(QStringLiteral("amount_cents"), dollarsToCents(amount.toDouble()));
    return data;
}
} // namespace

EventDecodeError::EventDecodeError(const QString& message)
    : std::runtime_error(message.toStdString())
{
}

int currentSchemaVersion(const QString& eventType)
{
    return eventType == paymentReceived ? 2 : 1;
}

QJsonObject decodeEventData(const QString& eventType, int schemaVersion, const QByteArray& json)
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
    if (eventType == paymentReceived && schemaVersion == 1)
        data = upcastPaymentV1(data);
    return data;
}

QJsonObject decodeEventData(const RecordedEvent& event)
{
    return decodeEventData(event.eventType, event.schemaVersion, event.data);
}

qint64 dollarsToCents(double dollars)
{
    // The shortest text that reads back as the same double is the decimal
    // the writer meant ("1.005"); round that text, not the binary value.
    const QString text = QString::number(std::fabs(dollars), 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    qint64 cents = whole.toLongLong() * 100;
    cents += fraction.left(2).leftJustified(2, u'0').toLongLong();
    if (fraction.size() > 2 && fraction.at(2) >= u'5')
        ++cents;
    return dollars < 0 ? -cents : cents;
}

} // namespace coopdesk
