#include "bench_stats.h"

#include <algorithm>
#include <cmath>

namespace coopdesk::bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace coopdesk::bench
