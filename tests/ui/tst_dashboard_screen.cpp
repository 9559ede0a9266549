// The Dashboard: its tiles, tier chart, 12-month chart and recent activity
// for a hand-built co-op, compared with QueryService and worked-out
// figures, and kept live as events are projected. This month's money two
// ways (issue 17): collected for the month's charges, received by payment
// date (credit on account included, voided payments not).

#include "charts/model_pie_chart.h"
#include "charts/month_axis.h"
#include "charts/month_bar_chart.h"
#include "dashboard/dashboard_screen.h"
#include "dashboard/dashboard_tile.h"
#include "dashboard/recent_activity_model.h"
#include "dashboard/risk_tier_model.h"
#include "i18n/app_translations.h"
#include "payments/payment_analytics_model.h"
#include "payments/payments_screen.h"
#include "report_screens_fixture.h"
#include "widgets/money_text.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QDir>
#include <QPieSeries>
#include <QPixmap>
#include <QSignalSpy>

using namespace coopdesk;
using namespace coopdesk::test;

class TestDashboardScreen : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init()
    {
        IsolatedSettings::clear();
        useEnglishAndUsd();
    }

    void showsTheCoopsFigures()
    {
        FixedReportDay today;
        TempCoop coop;
        buildReportCoop(coop);
        MainWindow window;
        addReportScreens(window);
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("dashboard")));
        auto* screen = qobject_cast<DashboardScreen*>(window.screen(s("dashboard")));
        QVERIFY(screen);
        QAbstractItemModelTester tiers(screen->tierModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester months(screen->monthsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recent(screen->activityModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        QTRY_COMPARE(screen->enrolledTile()->value(), s("5"));
        QVERIFY(!screen->property("loading").toBool());

        QCOMPARE(screen->enrolledTile()->detail(), s("Withdrawn: 1"));
        QCOMPARE(screen->atRiskTile()->value(), s("3"));
        QCOMPARE(screen->atRiskTile()->detail(), s("1 critical, 2 high"));
        QCOMPARE(qint64(screen->atRiskTile()->value().toInt()),
                 qint64(window.session()->queries()->listAtRiskFamilies(70, reportToday).size()));
        // March: 550.00 expected, nothing collected yet, Alvarez overdue.
        QCOMPARE(screen->collectedTile()->value(), usd("0.00"));
        QVERIFY2(screen->collectedTile()->detail().contains(s("of ") + usd("550.00") +
                                                            s(" expected in March 2026 (0%)")),
                 qPrintable(screen->collectedTile()->detail()));
        QVERIFY(screen->collectedTile()->detail().contains(s("Families overdue: 1")));
        QCOMPARE(screen->collectedTile()->share(), 0);
        // Received: nothing is dated in March yet (the fixture's payments are
        // January's and February's).
        QCOMPARE(screen->receivedTile()->value(), usd("0.00"));
        QCOMPARE(screen->receivedTile()->detail(), s("No payment dated in March 2026"));
        // The two tiles say how each counts.
        QCOMPARE(screen->collectedTile()->caption(), s("Collected this month"));
        QCOMPARE(screen->collectedTile()->note(), s("for this month's charges"));
        QCOMPARE(screen->receivedTile()->caption(), s("Received this month"));
        QCOMPARE(screen->receivedTile()->note(), s("by payment date"));
        QCOMPARE(screen->receivedTile()->accessibleName(),
                 s("Received this month, by payment date: ") + usd("0.00"));
        // Outstanding: 100.00 (January, Diaz) + 550.00 (March).
        QCOMPARE(screen->outstandingTile()->value(), usd("650.00"));
        QCOMPARE(screen->outstandingTile()->detail(), s("Months with unpaid tuition: 2"));

        // Tiers: the query's rows, critical first; the chart has a slice each.
        QCOMPARE(screen->tierModel()->rows(), window.session()->queries()->getFamiliesByRiskTier());
        QCOMPARE(screen->tierModel()->families(s("critical")), 1);
        QCOMPARE(screen->tierModel()->families(s("high")), 2);
        QCOMPARE(screen->tierModel()->families(s("medium")), 1);
        QCOMPARE(screen->tierModel()->families(s("low")), 1);
        QPieSeries* slices = screen->tierChart()->series();
        QCOMPARE(slices->count(), 4);
        QCOMPARE(slices->slices().at(0)->label(), s("Critical: 1"));
        QCOMPARE(slices->slices().at(1)->value(), 2.0);

        // Twelve months, April 2025 to March 2026, collected beside expected.
        PaymentAnalyticsModel* model = screen->monthsModel();
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->keyAt(0), s("2025-04"));
        QCOMPARE(model->keyAt(11), s("2026-03"));
        const QList<QBarSet*> sets = screen->monthsChart()->series()->barSets();
        QCOMPARE(sets.size(), 2); // expected, collected
        QCOMPARE(sets.at(0)->count(), 12);
        QCOMPARE(sets.at(0)->at(9), 850.0);  // January expected
        QCOMPARE(sets.at(1)->at(9), 750.0);  // January collected
        QCOMPARE(sets.at(1)->at(10), 550.0); // February collected
        QCOMPARE(sets.at(0)->at(11), 550.0); // March expected
        QCOMPARE(sets.at(1)->at(11), 0.0);
        QCOMPARE(sets.at(0)->at(0), 0.0); // April 2025: no tuition

        // Recent activity: the newest events, as the activity query has them.
        const QList<QJsonObject> last =
            window.session()->queries()->activity({}, 0, DashboardScreen::recentEvents);
        QCOMPARE(screen->activityModel()->rows(), last);
        QCOMPARE(screen->activityModel()->index(0, RecentActivityModel::Event).data().toString(),
                 s("Family withdrawn"));
        QCOMPARE(screen->activityModel()->index(0, RecentActivityModel::Family).data().toString(),
                 s("Diaz Family"));
    }

    void staysLive()
    {
        FixedReportDay today;
        TempCoop coop;
        buildReportCoop(coop);
        MainWindow window;
        addReportScreens(window);
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("dashboard")));
        auto* screen = qobject_cast<DashboardScreen*>(window.screen(s("dashboard")));
        QAbstractItemModelTester recent(screen->activityModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester months(screen->monthsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        QTRY_COMPARE(screen->collectedTile()->value(), usd("0.00"));
        QSignalSpy monthResets(screen->monthsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy recentResets(screen->activityModel(), &QAbstractItemModel::modelReset);
        QSignalSpy recentInserted(screen->activityModel(), &QAbstractItemModel::rowsInserted);

        // Alvarez pays March: collected 300.00 of 550.00 (54%), nobody overdue.
        const CommandResult paid = dispatch(window, "ReceivePayment",
                                            {{s("family_id"), s("f1")},
                                             {s("amount_cents"), 30000},
                                             {s("date"), s("2026-03-19")},
                                             {s("payment_method"), s("cash")}});
        QVERIFY(paid.ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen->collectedTile()->value(), usd("300.00"), 10000);
        QVERIFY(screen->collectedTile()->detail().contains(s("(54%)")));
        QVERIFY(!screen->collectedTile()->detail().contains(s("overdue")));
        QCOMPARE(screen->collectedTile()->share(), 54);
        QCOMPARE(screen->outstandingTile()->value(), usd("350.00"));
        QCOMPARE(screen->receivedTile()->value(), usd("300.00"));
        QCOMPARE(screen->receivedTile()->detail(),
                 s("1 payment in March 2026\nFamilies paying: 1"));
        QTRY_COMPARE(screen->monthsChart()->series()->barSets().at(1)->at(11), 300.0);
        // The new event on top of recent activity, by an insertion.
        QTRY_COMPARE(screen->activityModel()->keyAt(0), QString::number(paid.position));
        QVERIFY(recentInserted.count() >= 1);
        QCOMPARE(screen->activityModel()->rowCount(), DashboardScreen::recentEvents);

        // A new family at risk.
        QVERIFY(
            dispatch(window, "UpdateRiskScore", {{s("family_id"), s("f6")}, {s("new_score"), 88}})
                .ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen->atRiskTile()->value(), s("4"), 10000);
        QCOMPARE(screen->atRiskTile()->detail(), s("2 critical, 2 high"));
        QTRY_COMPARE(screen->tierModel()->families(s("low")), 0);
        QCOMPARE(screen->tierModel()->rowCount(), 3);

        QCOMPARE(monthResets.count(), 0);
        QCOMPARE(recentResets.count(), 0);

        // Out of view it waits; shown again, it has caught up.
        QVERIFY(window.showScreen(s("families")));
        QVERIFY(
            dispatch(window, "UpdateRiskScore", {{s("family_id"), s("f6")}, {s("new_score"), 10}})
                .ok);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 10000);
        QVERIFY(window.showScreen(s("dashboard")));
        QTRY_COMPARE(screen->atRiskTile()->value(), s("3"));
    }

    // A co-op that started empty: the recent activity table was laid out
    // with no rows; its columns widen to the first events when they come
    // (from another program here), not at the next start.
    void recentActivityColumnsWidenWhenTheFirstEventsArrive()
    {
        FixedReportDay today;
        TempCoop coop;
        MainWindow window;
        addReportScreens(window);
        window.resize(1180, 760);
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("dashboard")));
        auto* screen = qobject_cast<DashboardScreen*>(window.screen(s("dashboard")));
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        QTRY_COMPARE(screen->enrolledTile()->value(), s("0"));
        QCOMPARE(screen->activityModel()->rowCount(), 0);
        QTest::qWait(50); // laid out empty

        QVERIFY(coop.enroll(s("f1"), s("Montgomery-Whitfield Family")).ok);
        QVERIFY(coop.run(cmd(s("LogVolunteerHours"), {{s("family_id"), s("f1")},
                                                      {s("hours"), 3},
                                                      {s("date"), s("2024-09-02")}}))
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen->activityModel()->rowCount(), 2, 10000);
        QTest::qWait(100); // whatever the header does by itself, it has done
        const QString cut = columnCutShort(*screen->activityTable());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
    }

    // A payment no charge uses (credit on account) is received this month,
    // not collected; voided, it leaves Received again. Live.
    void receivedCountsCreditAndForgetsVoids()
    {
        FixedReportDay today;
        TempCoop coop;
        buildReportCoop(coop);
        MainWindow window;
        addReportScreens(window);
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("dashboard")));
        auto* screen = qobject_cast<DashboardScreen*>(window.screen(s("dashboard")));
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        QTRY_COMPARE(screen->receivedTile()->value(), usd("0.00"));

        // Evans has no charge: the 50.00 waits on account.
        const CommandResult paid = dispatch(window, "ReceivePayment",
                                            {{s("family_id"), s("f5")},
                                             {s("amount_cents"), 5000},
                                             {s("date"), s("2026-03-12")},
                                             {s("payment_method"), s("check")}});
        QVERIFY2(paid.ok, paid.toJsonLine().constData());
        QTRY_COMPARE_WITH_TIMEOUT(screen->receivedTile()->value(), usd("50.00"), 10000);
        QCOMPARE(screen->receivedTile()->detail(),
                 s("1 payment in March 2026\nFamilies paying: 1"));
        QCOMPARE(screen->collectedTile()->value(), usd("0.00"));
        QCOMPARE(screen->collectedTile()->share(), 0);

        // A payment dated in February is not this month's.
        QVERIFY(dispatch(window, "ReceivePayment",
                         {{s("family_id"), s("f6")},
                          {s("amount_cents"), 1000},
                          {s("date"), s("2026-02-27")},
                          {s("payment_method"), s("cash")}})
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 10000);
        QTRY_COMPARE(screen->activityModel()->rowAt(0).value(s("family_id")).toString(), s("f6"));
        QCOMPARE(screen->receivedTile()->value(), usd("50.00"));

        // The check bounces.
        QVERIFY(dispatch(window, "VoidPayment",
                         {{s("family_id"), s("f5")},
                          {s("payment_id"), paid.entryId},
                          {s("reason"), s("bounced")}})
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(screen->receivedTile()->value(), usd("0.00"), 10000);
        QCOMPARE(screen->receivedTile()->detail(), s("No payment dated in March 2026"));
        QCOMPARE(screen->collectedTile()->value(), usd("0.00"));

        // The tile opens the payments report by payment date.
        auto* payments = qobject_cast<PaymentsScreen*>(window.screen(s("payments")));
        QVERIFY(payments);
        emit screen->receivedTile()->activated();
        QCOMPARE(window.screen(s("payments"))->isVisible(), true);
        QCOMPARE(payments->shownView(), PaymentsScreen::View::ByPaymentDate);
        QVERIFY(window.showScreen(s("dashboard")));
        emit screen->collectedTile()->activated();
        QCOMPARE(payments->shownView(), PaymentsScreen::View::ByChargeMonth);
    }

    // Pictures of the dashboard for people to look at, in English and
    // Spanish: set COOPDESK_SCREENSHOT_DIR to a folder to write them.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        FixedReportDay today;
        AppTranslations translations;
        QVERIFY(translations.install(language));
        if (language == s("es"))
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        TempCoop coop;
        buildReportCoop(coop);
        MainWindow window;
        addReportScreens(window);
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("dashboard")));
        auto* screen = qobject_cast<DashboardScreen*>(window.screen(s("dashboard")));
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        // Alvarez pays March; Evans pays 50.00 with no charge to use it.
        QVERIFY(dispatch(window, "ReceivePayment",
                         {{s("family_id"), s("f1")},
                          {s("amount_cents"), 30000},
                          {s("date"), s("2026-03-19")},
                          {s("payment_method"), s("card")}})
                    .ok);
        QVERIFY(dispatch(window, "ReceivePayment",
                         {{s("family_id"), s("f5")},
                          {s("amount_cents"), 5000},
                          {s("date"), s("2026-03-12")},
                          {s("payment_method"), s("check")}})
                    .ok);
        const QString received = money::formatWithCurrency(35000, QLocale(), s("USD"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->receivedTile()->value(), received, 10000);
        QCOMPARE(screen->collectedTile()->value(),
                 money::formatWithCurrency(30000, QLocale(), s("USD")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QPixmap picture = window.grab();
        QVERIFY(!picture.isNull());
        const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(picture.save(QDir(folder).filePath(s("dashboard-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestDashboardScreen)
#include "tst_dashboard_screen.moc"
