#pragma once

#include <QString>

class QChartView;

namespace coopdesk::chartimage {

// Saves a chart as it is on screen, as a PNG of the view's size (times
// the screen's pixel ratio). False with a message for people in `error`.
bool savePng(QChartView* view, const QString& path, QString* error);

} // namespace coopdesk::chartimage
