#include "report_screens.h"

#include "activity/activity_screen.h"
#include "at_risk/at_risk_screen.h"
#include "dashboard_screen.h"
#include "main_window/main_window.h"
#include "payments/payments_screen.h"
#include "projections/projections_screen.h"

#include <QCoreApplication>
#include <QStyle>

namespace coopdesk {

namespace {

// The translation context of the screens' names in the navigation.
struct ReportScreens
{
    Q_DECLARE_TR_FUNCTIONS(ReportScreens)
};

} // namespace

void addReportScreens(MainWindow& window)
{
    QStyle* style = window.style();
    // Before the Overview, which stays last.
    int at = static_cast<int>(window.screenIds().indexOf(QStringLiteral("overview")));
    const auto next = [&at] { return at < 0 ? -1 : at++; };
    window.addScreen(QStringLiteral("dashboard"), ReportScreens::tr("Dashboard"),
                     style->standardIcon(QStyle::SP_DesktopIcon), new DashboardScreen(&window),
                     next());
    window.addScreen(QStringLiteral("at_risk"), ReportScreens::tr("At Risk"),
                     style->standardIcon(QStyle::SP_MessageBoxWarning), new AtRiskScreen(&window),
                     next());
    window.addScreen(QStringLiteral("payments"), ReportScreens::tr("Payments"),
                     style->standardIcon(QStyle::SP_FileDialogDetailedView),
                     new PaymentsScreen(&window), next());
    window.addScreen(QStringLiteral("activity"), ReportScreens::tr("Activity"),
                     style->standardIcon(QStyle::SP_FileDialogListView),
                     new ActivityScreen(&window), next());
    window.addScreen(QStringLiteral("projections"), ReportScreens::tr("Projections"),
                     style->standardIcon(QStyle::SP_BrowserReload), new ProjectionsScreen(&window),
                     next());
}

} // namespace coopdesk
