#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <QCategoryAxis>

class QAbstractItemModel;
class QChart;

namespace coopdesk {

// The time axis of the month charts. The bars of row i of the model sit at
// x = i; this axis labels them from the model's month column (YYYY-MM),
// with as many labels as fit the plot's width without overlapping: every
// month, or every 2nd, 3rd, 4th, 6th or 12th (then only the year), more
// for longer ranges, so that 120 months stay readable. It follows the
// model's rows and the plot's size.
class MonthAxis : public QObject
{
    Q_OBJECT

public:
    MonthAxis(QChart* chart, QAbstractItemModel* model, int monthColumn, QObject* parent = nullptr);

    QCategoryAxis* axis() const { return m_axis; }
    // Months between two labels (1 = every month).
    int labelStep() const { return m_step; }
    QStringList labels() const;

    // The text of a month's label: "Nov 2026", or "2026" when only years fit.
    static QString monthLabel(const QString& month, bool yearOnly);

public slots:
    void relabel();

private:
    QPointer<QChart> m_chart;
    QAbstractItemModel* m_model;
    int m_monthColumn;
    QPointer<QCategoryAxis> m_axis;
    int m_step = 1;
};

} // namespace coopdesk
