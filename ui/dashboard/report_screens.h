#pragma once

namespace coopdesk {

class MainWindow;

// Registers the screens that read the read models: Dashboard, At risk,
// Payments, Activity and Projections (ids dashboard, at_risk, payments,
// activity, projections), in that order, before the Overview.
void addReportScreens(MainWindow& window);

} // namespace coopdesk
