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
    QString timestamp() const { return now().toUTC().toString(Qt::ISODateWithMs); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace coopdesk
