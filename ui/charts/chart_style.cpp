#include "chart_style.h"

#include "widgets/money_text.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace coopdesk::charts {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    if (!title.isEmpty()) {
        QFont font = chart->titleFont();
        font.setBold(true);
        chart->setTitleFont(font);
        chart->setTitle(title);
    }
    return chart;
}

QChartView* newChartView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void fitValueAxis(QValueAxis* axis, double maximum, bool integers)
{
    if (!(maximum > 0))
        maximum = integers ? 4 : 1;
    // A step of 1, 2 or 5 × 10^n giving at most five intervals.
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    const double top = std::ceil(maximum / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
    axis->setLabelFormat(integers || step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    // A category axis carries its own labels, grouped as every amount is
    // (money::formatWholeUnits): Qt's localized "%.0f" writes a million as
    // "1000.000" in Spanish.
    if (auto* labelled = qobject_cast<QCategoryAxis*>(axis)) {
        labelled->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const QStringList old = labelled->categoriesLabels();
        for (const QString& label : old)
            labelled->remove(label);
        const QLocale locale; // as newChart's chart->setLocale
        const int ticks = static_cast<int>(std::lround(top / step));
        for (int tick = 0; tick <= ticks; ++tick) {
            const double value = tick * step;
            labelled->append(step >= 1 ? money::formatWholeUnits(std::llround(value), locale)
                                       : locale.toString(value, 'f', 2),
                             value);
        }
        labelled->setStartValue(0);
        labelled->setRange(0, top);
    }
}

QColor tierColor(const QString& tier)
{
    if (tier == QLatin1String("critical"))
        return QColor(0xc6, 0x28, 0x28);
    if (tier == QLatin1String("high"))
        return QColor(0xef, 0x6c, 0x00);
    if (tier == QLatin1String("medium"))
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x43, 0xa0, 0x47);
}

QColor paymentMethodColor(const QString& method)
{
    if (method == QLatin1String("card"))
        return QColor(0x1e, 0x88, 0xe5);
    if (method == QLatin1String("check"))
        return QColor(0x8e, 0x24, 0xaa);
    if (method == QLatin1String("cash"))
        return QColor(0x43, 0xa0, 0x47);
    if (method == QLatin1String("ach"))
        return QColor(0x00, 0x89, 0x7b);
    return QColor(0x75, 0x75, 0x75);
}

QColor expectedColor()
{
    return QColor(0xb0, 0xbe, 0xc5);
}

QColor collectedColor()
{
    return QColor(0x1e, 0x88, 0xe5);
}

QColor receivedColor()
{
    return QColor(0x39, 0x49, 0xab);
}

QColor outstandingColor()
{
    return QColor(0xe5, 0x73, 0x73);
}

QColor onTimeColor()
{
    return QColor(0x43, 0xa0, 0x47);
}

QColor lateColor()
{
    return QColor(0xf9, 0xa8, 0x25);
}

QColor overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor notYetDueColor()
{
    return QColor(0xb0, 0xbe, 0xc5);
}

} // namespace coopdesk::charts
