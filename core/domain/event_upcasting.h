#pragma once

#include "event.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

namespace coopdesk {

// An event the current code cannot read: unknown type, a schema newer than
// this version knows, or data that is not the shape its schema promises.
class EventDecodeError : public std::runtime_error
{
public:
    explicit EventDecodeError(const QString& message);
    QString message() const { return QString::fromStdString(what()); }
};

// The schema version this build writes for an event type.
int currentSchemaVersion(const QString& eventType);

// The event's data in its current schema (older schemas upcast on read: a
// PaymentReceived before schema 3 is named by its event's id). Throws
// EventDecodeError.
QJsonObject decodeEventData(const QString& eventType, int schemaVersion, const QByteArray& json,
                            const QString& eventId);
QJsonObject decodeEventData(const RecordedEvent& event);

// Whether a PaymentReceived's amount_cents is one a payment may have
// (ReceivePayment's bounds in the command catalog).
bool paymentCentsFit(qint64 cents);

// The seed's dollars, with any decimals, to cents, rounded half away from
// zero on the decimal digits (125.5 -> 12550, 1.005 -> 101), no binary
// rounding. Nothing for what is no amount: negative, not finite, or more
// cents than a qint64 holds. The range of a payment is checked by the caller.
std::optional<qint64> dollarsToCents(double dollars);

} // namespace coopdesk
