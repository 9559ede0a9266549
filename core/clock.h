#pragma once

#include <QDateTime>

namespace coopdesk {

// Where "now" comes from: injected so tests can fix it (docs/ARCHITECTURE.md).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // UTC ISO-8601 with milliseconds, as events record it.
    QString timestamp() const { return isoTimestamp(now()); }

    // What `moment.toUTC().toString(Qt::ISODateWithMs)` writes
    // (2026-11-26T10:51:24.123Z), at a fraction of its cost: once per event.
    static QString isoTimestamp(const QDateTime& moment);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace coopdesk
