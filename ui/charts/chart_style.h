#pragma once

#include <QColor>
#include <QString>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

// The look every chart of the app shares, so the screens and the PDF
// report read alike: no animations (a chart is right the moment it is
// drawn, also in screenshots and reports), the legend below, numbers in
// the user's locale, and one colour for each meaning.
namespace coopdesk::charts {

QChart* newChart(const QString& title = {});
QChartView* newChartView(QChart* chart, QWidget* parent = nullptr);

// Sets a value axis to 0 … a round number at or above `maximum`, with
// ticks on round values (whole numbers when `integers`).
void fitValueAxis(QValueAxis* axis, double maximum, bool integers);

QColor tierColor(const QString& tier);
QColor paymentMethodColor(const QString& method);
QColor expectedColor();
QColor collectedColor();
QColor receivedColor(); // by payment date: not collected's blue, not a method's colour
QColor outstandingColor();
QColor onTimeColor();
QColor lateColor();
QColor overdueColor();
QColor notYetDueColor();

} // namespace coopdesk::charts
