#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace coopdesk {

// "Today" for the screens: the as_of date of every query that depends on
// it (overdue families, days since contact, this month's tuition; SPEC 4).
// It follows the system's local date, or a fixed date set by tests, and
// says when the day changes so the screens recompute at midnight.
class ReportDay : public QObject
{
    Q_OBJECT

public:
    static ReportDay& instance();
    static QDate today();
    // The current month as YYYY-MM.
    static QString thisMonth();
    // Fixes "today" (tests); an invalid date follows the system clock again.
    static void setFixed(QDate day);

signals:
    void dayChanged(QDate today);

private:
    ReportDay();
    void scheduleMidnight();

    QDate m_fixed;
    QTimer m_midnight;
};

} // namespace coopdesk
