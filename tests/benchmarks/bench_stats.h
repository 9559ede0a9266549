#pragma once

#include <QElapsedTimer>
#include <QList>

namespace coopdesk::bench {

// Durations in microseconds, and their percentiles.
class Samples
{
public:
    void add(double microseconds) { m_values.append(microseconds); }
    double percentile(double p) const; // p in [0, 100]
    double p50() const { return percentile(50); }
    double p99() const { return percentile(99); }
    qsizetype count() const { return m_values.size(); }

private:
    QList<double> m_values;
};

// Microseconds since `timer` started.
inline double micros(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1000.0;
}

// Rounded to two decimals, for the report.
double round2(double value);

} // namespace coopdesk::bench
