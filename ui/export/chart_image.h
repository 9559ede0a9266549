#pragma once

#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace coopdesk::chartimage {

// A chart drawn at print size: laid out at the physical size of `target`
// (device pixels at `dpi` dots per inch), so its text keeps its point size
// and its lines their width, then painted into `target` at the device's
// resolution. Not a screen-sized layout scaled up. `chart` must not be
// in a scene (a chart shown in a QChartView is not: make another from the
// same model, as payment_charts.h does).
void render(QChart* chart, QPainter* painter, const QRectF& target, double dpi);

// "Save Chart as PNG" writes the chart as printed: 6.5 × 3 inches (the
// text width of a Letter page with 1-inch margins; an A4 page's with
// 2.5 cm margins is 6.3 inches) at 300 dots per inch, so 1950 × 900
// pixels, with that resolution in the file, so a word processor places it
// at 6.5 inches. On white, without the window's frame around the chart.
inline constexpr double pngWidthInches = 6.5;
inline constexpr double pngHeightInches = 3.0;
inline constexpr int pngDpi = 300;
QSize pngSize(); // 1950 × 900

// Writes `chart` as the PNG above, atomically. False with a message for
// people in `error`.
bool savePng(QChart* chart, const QString& path, QString* error);

} // namespace coopdesk::chartimage
