#include "month_bar_chart.h"

#include "chart_style.h"
#include "chart_values_proxy.h"
#include "month_axis.h"
#include "widgets/keyed_row_model.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBarModelMapper>

namespace coopdesk {

MonthBarChart::MonthBarChart(QAbstractItemModel* model, const Options& options, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_options(options)
    , m_source(new ChartValuesProxy(model, this))
    , m_chart(charts::newChart(options.title))
    , m_series(options.stacking == Stacking::Stacked
                   ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                   : static_cast<QAbstractBarSeries*>(new QBarSeries))
    , m_mapper(new QVBarModelMapper(this))
    , m_months(nullptr)
    , m_values(new QCategoryAxis) // labels grouped as amounts are (fitValueAxis)
{
    m_series->setBarWidth(options.stacking == Stacking::Stacked ? 0.75 : 0.85);
    m_chart->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &MonthBarChart::applyColors);
    m_mapper->setFirstBarSetColumn(options.firstColumn);
    m_mapper->setLastBarSetColumn(options.lastColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_source);

    m_months = new MonthAxis(m_chart, model, options.monthColumn, this);
    m_series->attachAxis(m_months->axis());
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);
    if (!options.valueTitle.isEmpty())
        m_values->setTitleText(options.valueTitle);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &MonthBarChart::refitValues);
    connect(model, &QAbstractItemModel::dataChanged, this, &MonthBarChart::refitValues);
    connect(model, &QAbstractItemModel::modelReset, this, &MonthBarChart::refitValues);
    applyColors();
    refitValues();
}

MonthBarChart::~MonthBarChart()
{
    // The mapper must not follow the model into the chart's destruction.
    m_mapper->setModel(nullptr);
}

void MonthBarChart::setValueTitle(const QString& title)
{
    if (m_values && m_values->titleText() != title)
        m_values->setTitleText(title);
}

void MonthBarChart::applyColors()
{
    if (!m_chart)
        return;
    const QList<QBarSet*> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size() && i < m_options.colors.size(); ++i) {
        sets.at(i)->setColor(m_options.colors.at(i));
        sets.at(i)->setBorderColor(m_options.colors.at(i));
    }
}

void MonthBarChart::refitValues()
{
    if (!m_chart || !m_values)
        return;
    double maximum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        double sum = 0;
        for (int column = m_options.firstColumn; column <= m_options.lastColumn; ++column) {
            const double value =
                m_model->index(row, column).data(KeyedRowModel::ValueRole).toDouble();
            sum = m_options.stacking == Stacking::Stacked ? sum + value : std::max(sum, value);
        }
        maximum = std::max(maximum, sum);
    }
    charts::fitValueAxis(m_values, maximum, m_options.integers);
}

} // namespace coopdesk
