#pragma once

#include "charts/live_screen.h"

class QChartView;
class QLabel;
class QTableView;

namespace coopdesk {

class DashboardTile;
class ModelPieChart;
class MonthBarChart;
class PaymentAnalyticsModel;
class RecentActivityModel;
class RiskTierModel;

// The co-op at a glance (SPEC 7, Dashboard): tiles for the families
// enrolled, the families at risk, this month's tuition collected against
// what was expected (by charge month), the money received this month (by
// payment date: what the bank deposits show, credit on account included),
// and the tuition outstanding; the families by risk
// tier; the last 12 months of tuition collected and expected; the latest
// events. All read from the read models and kept live: each projector
// change re-reads the tiles and updates the charts' models by the rows
// that changed; the month chart only when one of its months changed.
class DashboardScreen : public LiveScreen
{
    Q_OBJECT

public:
    static inline constexpr int recentEvents = 12;

    explicit DashboardScreen(MainWindow* window, QWidget* parent = nullptr);
    ~DashboardScreen() override;

    DashboardTile* enrolledTile() const { return m_enrolled; }
    DashboardTile* atRiskTile() const { return m_atRisk; }
    DashboardTile* collectedTile() const { return m_collected; }
    DashboardTile* receivedTile() const { return m_received; }
    DashboardTile* outstandingTile() const { return m_outstanding; }
    RiskTierModel* tierModel() const { return m_tiers; }
    PaymentAnalyticsModel* monthsModel() const { return m_months; }
    RecentActivityModel* activityModel() const { return m_activity; }
    MonthBarChart* monthsChart() const { return m_monthsChart; }
    ModelPieChart* tierChart() const { return m_tierChart; }
    QTableView* activityTable() const { return m_activityTable; }

protected:
    void reload(const Change& change) override;
    void clearData() override;

private:
    void reloadTiles();
    void reloadReceived(const QString& month, const QString& monthName);
    QString money(qint64 cents) const;

    DashboardTile* m_enrolled;
    DashboardTile* m_atRisk;
    DashboardTile* m_collected;
    DashboardTile* m_received;
    DashboardTile* m_outstanding;
    RiskTierModel* m_tiers;
    PaymentAnalyticsModel* m_months;
    RecentActivityModel* m_activity;
    ModelPieChart* m_tierChart;
    MonthBarChart* m_monthsChart;
    QTableView* m_activityTable;
    QLabel* m_asOf;
    QString m_monthsFrom;
    QString m_monthsTo;
};

} // namespace coopdesk
