#include "dashboard_screen.h"

#include "charts/chart_style.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "charts/report_day.h"
#include "charts/table_style.h"
#include "dashboard_tile.h"
#include "main_window/main_window.h"
#include "payments/payment_analytics_model.h"
#include "payments/payment_charts.h"
#include "payments/payments_screen.h"
#include "queries/query_service.h"
#include "recent_activity_model.h"
#include "risk_tier_model.h"
#include "widgets/message_bar.h"
#include "widgets/money_text.h"

#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

QTableView* compactTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    applyReportTableStyle(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString monthOf(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

DashboardScreen::DashboardScreen(MainWindow* window, QWidget* parent)
    : LiveScreen(window, parent)
    , m_enrolled(new DashboardTile(tr("Families enrolled"), this))
    , m_atRisk(new DashboardTile(tr("At risk"), this))
    , m_collected(new DashboardTile(tr("Collected this month"), this))
    , m_received(new DashboardTile(tr("Received this month"), this))
    , m_outstanding(new DashboardTile(tr("Outstanding tuition"), this))
    , m_tiers(new RiskTierModel(this))
    , m_months(new PaymentAnalyticsModel(this))
    , m_activity(new RecentActivityModel(this))
    , m_tierChart(nullptr)
    , m_monthsChart(paymentcharts::collectedVsExpected(m_months, this))
    , m_activityTable(nullptr)
    , m_asOf(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardScreen"));
    m_enrolled->setObjectName(QStringLiteral("enrolledTile"));
    m_atRisk->setObjectName(QStringLiteral("atRiskTile"));
    m_collected->setObjectName(QStringLiteral("collectedTile"));
    m_received->setObjectName(QStringLiteral("receivedTile"));
    // Two figures of this month's money, counted two ways: say which is which.
    m_collected->setNote(tr("for this month's charges"));
    m_received->setNote(tr("by payment date"));
    m_outstanding->setObjectName(QStringLiteral("outstandingTile"));
    m_atRisk->setToolTip(
        tr("Enrolled families with a risk score of 70 or more. Click to see them."));
    m_outstanding->setToolTip(tr("Tuition charged and not yet paid, all months. Click for the "
                                 "payments report."));

    ModelPieChart::Options tierOptions;
    tierOptions.title = tr("Enrolled families by risk tier");
    tierOptions.labelColumn = RiskTierModel::Tier;
    tierOptions.valueColumn = RiskTierModel::Families;
    tierOptions.hole = 0.45;
    tierOptions.sliceLabels = false;
    tierOptions.legend = Qt::AlignRight;
    tierOptions.color = [](const QString& tier) { return charts::tierColor(tier); };
    m_tierChart = new ModelPieChart(m_tiers, tierOptions, this);

    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_asOf);

    auto* tiles = new QHBoxLayout;
    for (DashboardTile* tile : {m_enrolled, m_atRisk, m_collected, m_received, m_outstanding})
        tiles->addWidget(tile, 1);
    const auto show = [this](const char* screen) {
        if (mainWindow())
            mainWindow()->showScreen(QString::fromLatin1(screen));
    };
    connect(m_enrolled, &DashboardTile::activated, this, [show] { show("families"); });
    connect(m_atRisk, &DashboardTile::activated, this, [show] { show("at_risk"); });
    // The money tiles open the payments report on the view they count by.
    const auto showPayments = [this](PaymentsScreen::View view) {
        if (!mainWindow() || !mainWindow()->showScreen(QStringLiteral("payments")))
            return;
        if (auto* payments =
                qobject_cast<PaymentsScreen*>(mainWindow()->screen(QStringLiteral("payments"))))
            payments->showView(view);
    };
    connect(m_collected, &DashboardTile::activated, this,
            [showPayments] { showPayments(PaymentsScreen::View::ByChargeMonth); });
    connect(m_received, &DashboardTile::activated, this,
            [showPayments] { showPayments(PaymentsScreen::View::ByPaymentDate); });
    connect(m_outstanding, &DashboardTile::activated, this, [show] { show("payments"); });

    QChartView* tierView = charts::newChartView(m_tierChart->chart(), this);
    tierView->setObjectName(QStringLiteral("tierChart"));
    QChartView* monthsView = charts::newChartView(m_monthsChart->chart(), this);
    monthsView->setObjectName(QStringLiteral("monthsChart"));
    auto* charts = new QHBoxLayout;
    charts->addWidget(tierView, 2);
    charts->addWidget(monthsView, 3);

    auto* recent = new QGroupBox(tr("Recent activity"), this);
    m_activityTable = compactTable(m_activity, recent);
    m_activityTable->setObjectName(QStringLiteral("recentActivity"));
    auto* recentLayout = new QVBoxLayout(recent);
    recentLayout->setContentsMargins(6, 6, 6, 6);
    recentLayout->addWidget(m_activityTable);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(problemBar());
    layout->addLayout(titleRow);
    layout->addLayout(tiles);
    layout->addLayout(charts, 3);
    layout->addWidget(recent, 2);
    clearData();
}

DashboardScreen::~DashboardScreen() = default;

QString DashboardScreen::money(qint64 cents) const
{
    return money::formatWithCurrency(cents, QLocale(),
                                     mainWindow() ? mainWindow()->currencyCode() : QString());
}

void DashboardScreen::reload(const Change& change)
{
    m_tiers->setRows(queries()->getFamiliesByRiskTier());
    reloadTiles();

    const QDate today = ReportDay::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QString from = monthOf(thisMonth.addMonths(-11));
    const QString to = monthOf(thisMonth);
    bool touched = change.everything || from != m_monthsFrom || to != m_monthsTo;
    for (auto it = change.months.cbegin(); !touched && it != change.months.cend(); ++it)
        touched = *it >= from && *it <= to;
    if (touched) {
        m_monthsFrom = from;
        m_monthsTo = to;
        const QString currency = mainWindow() ? mainWindow()->currencyCode() : QString();
        m_months->setCurrencyCode(currency);
        m_monthsChart->setValueTitle(paymentcharts::amountTitle(currency));
        m_months->setAnalytics(PaymentAnalyticsModel::query(*queries(), from, to, today), from, to);
    }
    m_activity->setRows(queries()->activity({}, 0, recentEvents));
    // Its header sizes the columns to their contents when the table is laid
    // out, not when rows arrive: in a co-op that started empty they would
    // keep the width of their titles ("12/…").
    m_activityTable->resizeColumnsToContents();
}

void DashboardScreen::reloadTiles()
{
    QueryService& q = *queries();
    const QLocale locale;
    const QDate today = ReportDay::today();
    m_asOf->setText(tr("As of %1").arg(locale.toString(today, QLocale::LongFormat)));

    FamilyFilter enrolled;
    enrolled.status = QStringLiteral("enrolled");
    FamilyFilter withdrawn;
    withdrawn.status = QStringLiteral("withdrawn");
    const qint64 withdrawnCount = q.countFamilies(withdrawn);
    m_enrolled->setValue(locale.toString(q.countFamilies(enrolled)),
                         tr("Withdrawn: %1").arg(locale.toString(withdrawnCount)));

    // The at-risk view holds the enrolled families scoring 70 or more:
    // the critical and high tiers.
    const qint64 critical = m_tiers->families(QStringLiteral("critical"));
    const qint64 high = m_tiers->families(QStringLiteral("high"));
    m_atRisk->setValue(
        locale.toString(critical + high),
        tr("%1 critical, %2 high").arg(locale.toString(critical), locale.toString(high)));

    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    qint64 expected = 0, collected = 0, overdue = 0;
    for (const QJsonObject& row : q.getPaymentAnalytics(month, month, today)) {
        expected += row.value(QStringLiteral("revenue_expected_cents")).toInteger();
        collected += row.value(QStringLiteral("revenue_collected_cents")).toInteger();
        overdue += row.value(QStringLiteral("families_overdue")).toInteger();
    }
    const QString monthName = locale.toString(today, QStringLiteral("MMMM yyyy"));
    if (expected > 0) {
        const int percent = static_cast<int>(collected * 100 / expected);
        QString detail = tr("of %1 expected in %2 (%3%)")
                             .arg(money(expected), monthName, locale.toString(percent));
        if (overdue > 0)
            detail += QLatin1Char('\n') + tr("Families overdue: %1").arg(locale.toString(overdue));
        m_collected->setValue(money(collected), detail);
        m_collected->setShare(percent);
    } else {
        m_collected->setValue(money(collected), tr("No tuition charged for %1").arg(monthName));
        m_collected->setShare(-1);
    }

    m_collected->setToolTip(tr("Payments that settled the tuition charged for %1, whenever they "
                               "were paid. Click for the payments report.")
                                .arg(monthName));
    reloadReceived(month, monthName);

    qint64 outstanding = 0;
    int months = 0;
    for (const QJsonObject& row : q.getPaymentAnalytics({}, {}, today)) {
        const qint64 open = row.value(QStringLiteral("revenue_outstanding_cents")).toInteger();
        outstanding += open;
        months += open > 0 ? 1 : 0;
    }
    m_outstanding->setValue(
        money(outstanding),
        months == 0 ? tr("Every charge is paid")
                    : tr("Months with unpaid tuition: %1").arg(locale.toString(months)));
}

void DashboardScreen::reloadReceived(const QString& month, const QString& monthName)
{
    const QLocale locale;
    qint64 received = 0, payments = 0, families = 0;
    for (const QJsonObject& row : queries()->getCashReceipts(month, month)) {
        received += row.value(QStringLiteral("received_cents")).toInteger();
        payments += row.value(QStringLiteral("payments_count")).toInteger();
        families += row.value(QStringLiteral("families_paying")).toInteger();
    }
    m_received->setValue(
        money(received),
        payments == 0
            ? tr("No payment dated in %1").arg(monthName)
            : tr("%Ln payment(s) in %1", nullptr, static_cast<int>(payments)).arg(monthName) +
                  QLatin1Char('\n') + tr("Families paying: %1").arg(locale.toString(families)));
    m_received->setToolTip(tr("Every payment dated in %1, whatever month's tuition it pays, "
                              "credit on account included: what the bank deposits show. Click "
                              "for the payments report.")
                               .arg(monthName));
}

void DashboardScreen::clearData()
{
    for (DashboardTile* tile : {m_enrolled, m_atRisk, m_collected, m_received, m_outstanding})
        tile->clear();
    m_asOf->clear();
    m_tiers->clear();
    m_months->clear();
    m_activity->clear();
    m_monthsFrom.clear();
    m_monthsTo.clear();
}

} // namespace coopdesk
