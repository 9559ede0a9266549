#pragma once

#include <QtGlobal>

#include <random>
#include <span>

namespace coopdesk::demo {

// The demo's one source of chance: a seeded engine, drawn in a fixed order,
// so the same seed makes the same co-op on every platform.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    // Uniform in [low, high]; written out so every platform draws the same.
    int between(int low, int high)
    {
        return low + static_cast<int>(m_engine() % static_cast<quint64>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T, std::size_t N> const T& pick(const T (&items)[N])
    {
        return items[between(0, static_cast<int>(N) - 1)];
    }
    template <typename T> const T& pick(std::span<T> items)
    {
        return items[between(0, static_cast<int>(items.size()) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace coopdesk::demo
