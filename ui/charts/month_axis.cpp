#include "month_axis.h"

#include "widgets/keyed_row_model.h"

#include <QAbstractItemModel>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QFontMetrics>
#include <QLocale>

namespace coopdesk {

namespace {

QDate monthDate(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace

MonthAxis::MonthAxis(QChart* chart, QAbstractItemModel* model, int monthColumn, QObject* parent)
    : QObject(parent)
    , m_chart(chart)
    , m_model(model)
    , m_monthColumn(monthColumn)
    , m_axis(new QCategoryAxis)
{
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axis->setGridLineVisible(false);
    m_axis->setTruncateLabels(false);
    chart->addAxis(m_axis, Qt::AlignBottom);
    connect(chart, &QChart::plotAreaChanged, this, &MonthAxis::relabel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MonthAxis::relabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MonthAxis::relabel);
    connect(model, &QAbstractItemModel::modelReset, this, &MonthAxis::relabel);
    connect(model, &QAbstractItemModel::dataChanged, this, &MonthAxis::relabel);
    relabel();
}

QString MonthAxis::monthLabel(const QString& month, bool yearOnly)
{
    const QDate date = monthDate(month);
    if (!date.isValid())
        return month;
    return yearOnly ? QString::number(date.year())
                    : QLocale().toString(date, QStringLiteral("MMM yyyy"));
}

QStringList MonthAxis::labels() const
{
    return m_axis ? m_axis->categoriesLabels() : QStringList();
}

void MonthAxis::relabel()
{
    if (!m_chart || !m_axis)
        return;
    const int rows = m_model->rowCount();
    QStringList months;
    months.reserve(rows);
    for (int row = 0; row < rows; ++row)
        months << m_model->index(row, m_monthColumn).data(KeyedRowModel::ValueRole).toString();

    // How many months one label needs, from the widest label and the plot's width.
    const QFontMetrics metrics(m_axis->labelsFont());
    const double width = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : 600.0;
    const double slot = width / std::max(1, rows);
    const int monthWidth = metrics.horizontalAdvance(monthLabel(QStringLiteral("2026-09"), false));
    const int yearWidth = metrics.horizontalAdvance(QStringLiteral("2026"));
    int step = 1;
    for (const int candidate : {1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240, 600}) {
        step = candidate;
        const int needed =
            (candidate >= 12 ? yearWidth : monthWidth) + metrics.averageCharWidth() * 2;
        if (slot * candidate >= needed)
            break;
    }

    QStringList wanted;
    QList<int> at;
    for (int row = 0; row < rows; ++row) {
        const QDate date = monthDate(months.at(row));
        const int index = date.isValid() ? date.year() * 12 + date.month() - 1 : row;
        if (index % step == 0 || (step == 1)) {
            wanted << monthLabel(months.at(row), step >= 12);
            at << row;
        }
    }
    m_step = step;
    const double end = std::max(0, rows - 1) + 0.5;
    if (wanted != m_axis->categoriesLabels()) {
        for (const QString& label : m_axis->categoriesLabels())
            m_axis->remove(label);
        for (qsizetype i = 0; i < wanted.size(); ++i)
            m_axis->append(wanted.at(i), at.at(i));
    }
    m_axis->setStartValue(-0.5);
    m_axis->setRange(-0.5, end);
}

} // namespace coopdesk
