#pragma once

#include "clock.h"

namespace coopdesk {

// The clock a demo co-op is recorded on. generateDemoCoop() (given it in
// DemoOptions::clock) sets it to each activity's moment just before the
// bus records that command, so recorded_at is a time in the co-op's
// working day on the day the thing happened, and the same options give the
// same recorded_at. Used from one thread only.
class DemoClock final : public Clock
{
public:
    // `latest`, when valid, is a moment the clock never passes: the real
    // time, for a demo whose today is today (its day's later entries are
    // then recorded now rather than in the coming hours).
    explicit DemoClock(QDateTime start, QDateTime latest = {})
        : m_latest(std::move(latest))
    {
        set(start);
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now)
    {
        m_now = m_latest.isValid() && now > m_latest ? m_latest : now;
    }

private:
    QDateTime m_latest;
    QDateTime m_now;
};

} // namespace coopdesk
