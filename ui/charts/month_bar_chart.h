#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

#include <QChart>
#include <QString>
#include <QValueAxis>

class QAbstractBarSeries;
class QAbstractItemModel;
class QVBarModelMapper;

namespace coopdesk {

class ChartValuesProxy;
class MonthAxis;

// A bar chart of months fed from a model of month rows (the Qt Charts
// "modeldata" idea): a QVBarModelMapper turns consecutive columns of the
// model into bar sets, one bar per row, so the chart follows every
// insertion, removal and change of the model. The month axis thins its
// labels to fit; the value axis is refitted to the data after each change.
// The chart itself belongs to whoever shows it (a QChartView or a scene).
class MonthBarChart : public QObject
{
    Q_OBJECT

public:
    enum class Stacking { Grouped, Stacked };

    struct Options
    {
        QString title;
        int monthColumn = 0;
        int firstColumn = 1; // the bar sets: columns firstColumn … lastColumn
        int lastColumn = 1;
        QList<QColor> colors; // one per bar set
        Stacking stacking = Stacking::Grouped;
        bool integers = false; // counts rather than amounts
        QString valueTitle;    // the value axis' title
    };

    // `model` rows are months (KeyedRowModel::ValueRole of `monthColumn` is YYYY-MM).
    MonthBarChart(QAbstractItemModel* model, const Options& options, QObject* parent = nullptr);
    ~MonthBarChart() override;

    QChart* chart() const { return m_chart; }
    QAbstractBarSeries* series() const { return m_series; }
    MonthAxis* monthAxis() const { return m_months; }
    QValueAxis* valueAxis() const { return m_values; }

    void setValueTitle(const QString& title);

public slots:
    void refitValues();

private:
    void applyColors();

    QAbstractItemModel* m_model;
    Options m_options;
    ChartValuesProxy* m_source;
    QPointer<QChart> m_chart;
    QAbstractBarSeries* m_series;
    QVBarModelMapper* m_mapper;
    MonthAxis* m_months;
    QPointer<QValueAxis> m_values;
};

} // namespace coopdesk
