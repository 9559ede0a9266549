#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>

#include <QChart>
#include <QPieSeries>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QVPieModelMapper;

namespace coopdesk {

class ChartValuesProxy;

// A pie (or donut) chart fed from a model through a QVPieModelMapper: one
// slice per row, its label and value from two columns, its colour from the
// row's key (KeyedRowModel::KeyRole), so a tier or a payment method keeps
// its colour wherever it appears.
class ModelPieChart : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString title;
        int labelColumn = 0;
        int valueColumn = 1;
        double hole = 0;         // 0 for a pie, 0.45 for a donut
        bool sliceLabels = true; // else the legend alone names them
        Qt::Alignment legend = Qt::AlignRight;
        std::function<QColor(const QString&)> color; // from the row's key
    };

    ModelPieChart(QAbstractItemModel* model, const Options& options, QObject* parent = nullptr);
    ~ModelPieChart() override;

    QChart* chart() const { return m_chart; }
    QPieSeries* series() const { return m_series; }

private:
    void styleSlices();

    QAbstractItemModel* m_model;
    Options m_options;
    ChartValuesProxy* m_source;
    QPointer<QChart> m_chart;
    QPointer<QPieSeries> m_series;
    QVPieModelMapper* m_mapper;
};

} // namespace coopdesk
