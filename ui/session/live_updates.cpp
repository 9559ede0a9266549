#include "live_updates.h"

namespace coopdesk {

LiveUpdates::LiveUpdates(QObject* parent, int intervalMs)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::deliver);
}

void LiveUpdates::add(qint64 position, const QStringList& families, const QStringList& months,
                      bool everything)
{
    m_position = std::max(m_position, position);
    for (const QString& family : families)
        m_families.insert(family);
    for (const QString& month : months)
        m_months.insert(month);
    m_everything = m_everything || everything;
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveUpdates::deliver()
{
    const QSet<QString> families = std::exchange(m_families, {});
    const QSet<QString> months = std::exchange(m_months, {});
    const bool everything = std::exchange(m_everything, false);
    emit changed(m_position, families, months, everything);
}

} // namespace coopdesk
