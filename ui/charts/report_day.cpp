#include "report_day.h"

#include <QDateTime>

namespace coopdesk {

ReportDay::ReportDay()
{
    m_midnight.setSingleShot(true);
    m_midnight.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        scheduleMidnight();
        if (!m_fixed.isValid())
            emit dayChanged(today());
    });
    scheduleMidnight();
}

ReportDay& ReportDay::instance()
{
    static ReportDay day;
    return day;
}

QDate ReportDay::today()
{
    const ReportDay& day = instance();
    return day.m_fixed.isValid() ? day.m_fixed : QDate::currentDate();
}

QString ReportDay::thisMonth()
{
    return today().toString(QStringLiteral("yyyy-MM"));
}

void ReportDay::setFixed(QDate day)
{
    ReportDay& self = instance();
    if (self.m_fixed == day)
        return;
    self.m_fixed = day;
    emit self.dayChanged(today());
}

void ReportDay::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1));
    m_midnight.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(next), 1000, 86400000)));
}

} // namespace coopdesk
