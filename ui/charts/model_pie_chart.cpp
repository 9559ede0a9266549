#include "model_pie_chart.h"

#include "chart_style.h"
#include "chart_values_proxy.h"
#include "widgets/keyed_row_model.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QVPieModelMapper>

namespace coopdesk {

ModelPieChart::ModelPieChart(QAbstractItemModel* model, const Options& options, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_options(options)
    , m_source(new ChartValuesProxy(model, this))
    , m_chart(charts::newChart(options.title))
    , m_series(new QPieSeries)
    , m_mapper(new QVPieModelMapper(this))
{
    m_series->setHoleSize(options.hole);
    m_series->setPieSize(0.7);
    m_chart->addSeries(m_series);
    m_chart->legend()->setAlignment(options.legend);
    m_mapper->setLabelsColumn(options.labelColumn);
    m_mapper->setValuesColumn(options.valueColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_source);
    connect(m_series, &QPieSeries::added, this, &ModelPieChart::styleSlices);
    connect(model, &QAbstractItemModel::dataChanged, this, &ModelPieChart::styleSlices);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelPieChart::styleSlices);
    styleSlices();
}

ModelPieChart::~ModelPieChart()
{
    m_mapper->setModel(nullptr);
}

void ModelPieChart::styleSlices()
{
    if (!m_chart || !m_series)
        return;
    const QList<QPieSlice*> slices = m_series->slices();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QPieSlice* slice = slices.at(i);
        const int row = static_cast<int>(i);
        if (m_options.color && row < m_model->rowCount()) {
            const QString key = m_model->index(row, 0).data(KeyedRowModel::KeyRole).toString();
            slice->setColor(m_options.color(key));
            slice->setBorderColor(Qt::white);
        }
        slice->setLabelVisible(m_options.sliceLabels && slice->percentage() > 0.02);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
}

} // namespace coopdesk
