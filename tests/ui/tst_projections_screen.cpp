// The Projections screen: each read model's status as projectionStatus
// says, a rebuild from the panel with progress and cancel while the other
// screens keep answering from the old tables, and a poison event that
// stops some read models, shows in the panel, and is skipped (after a
// confirmation) and recorded.

#include "at_risk/at_risk_model.h"
#include "at_risk/at_risk_screen.h"
#include "dashboard/dashboard_screen.h"
#include "dashboard/dashboard_tile.h"
#include "io/demo_generator.h"
#include "projections/projection_registry.h"
#include "projections/projection_status_model.h"
#include "projections/projections_screen.h"
#include "projections/skipped_events_model.h"
#include "projections/views_file.h"
#include "raw_event.h"
#include "report_screens_fixture.h"
#include "store/sqlite_connection.h"
#include "widgets/message_bar.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString statusOf(const ProjectionStatusModel& model, const QString& name)
{
    return model.rowAt(model.rowOf(name)).value(s("status")).toString();
}

struct OpenPanel
{
    TempCoop coop;
    MainWindow window;
    ProjectionsScreen* screen = nullptr;

    bool open()
    {
        addReportScreens(window);
        window.show();
        if (!window.openFile(coop.path()))
            return false;
        window.showScreen(s("projections"));
        screen = qobject_cast<ProjectionsScreen*>(window.screen(s("projections")));
        return screen != nullptr;
    }
};

} // namespace

class TestProjectionsScreen : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init()
    {
        IsolatedSettings::clear();
        useEnglishAndUsd();
    }

    void showsEachReadModelsStatus()
    {
        FixedReportDay today;
        OpenPanel panel;
        buildReportCoop(panel.coop);
        QVERIFY(panel.open());
        ProjectionStatusModel* model = panel.screen->statusModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester skipped(panel.screen->skippedModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(panel.window), 20000);
        QTRY_COMPARE(model->rowCount(), int(projectionNames().size()));
        const qint64 head = panel.window.session()->queries()->headPosition();
        QTRY_COMPARE(model->rowAt(0).value(s("last_position")).toInteger(), head);

        const QList<QJsonObject> status =
            panel.window.session()->queries()->projectionStatus(QDateTime::currentDateTimeUtc());
        for (const QJsonObject& row : status) {
            const int at = model->rowOf(row.value(s("projection_name")).toString());
            QVERIFY(at >= 0);
            const QJsonObject shown = model->rowAt(at);
            for (const char* key : {"projection_version", "status", "last_position",
                                    "events_processed", "head_position", "lag_events"})
                QCOMPARE(shown.value(s(key)), row.value(s(key)));
        }
        const int families = model->rowOf(s("family_read_model"));
        QCOMPARE(model->index(families, ProjectionStatusModel::Projection).data().toString(),
                 s("Families"));
        QCOMPARE(model->index(families, ProjectionStatusModel::Status).data().toString(),
                 s("Running"));
        QCOMPARE(model->index(families, ProjectionStatusModel::Checkpoint).data().toString(),
                 QString::number(head));
        QCOMPARE(model->index(families, ProjectionStatusModel::Head).data().toString(),
                 QString::number(head));
        QCOMPARE(model->index(families, ProjectionStatusModel::LagEvents).data().toString(),
                 s("0"));
        QCOMPARE(model->index(families, ProjectionStatusModel::EventsProcessed).data().toString(),
                 QString::number(head));
        QVERIFY(panel.screen->summaryText().contains(s("up to date")));
        QCOMPARE(panel.screen->skippedModel()->rowCount(), 0);
    }

    void rebuildsWithProgressAndCancel()
    {
        FixedReportDay today(QDate(2026, 3, 20));
        OpenPanel panel;
        DemoOptions options;
        options.families = 400;
        options.months = 12;
        options.lastMonth = QDate(2026, 3, 1);
        // Recorded on a desk whose today is past the demo's last month.
        panel.coop.clock().set(QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC));
        generateDemoCoop(panel.coop.bus(), options);
        QVERIFY(panel.open());
        ProjectionsScreen& screen = *panel.screen;
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(panel.window), 60000);
        auto* atRisk = qobject_cast<AtRiskScreen*>(panel.window.screen(s("at_risk")));
        auto* dashboard = qobject_cast<DashboardScreen*>(panel.window.screen(s("dashboard")));
        // What the read models say once caught up (the screens may still
        // be taking the last change).
        QueryService& queries = *panel.window.session()->queries();
        const QList<QJsonObject> atRiskBefore = queries.listAtRiskFamilies(70, reportToday);
        QVERIFY(!atRiskBefore.isEmpty());
        FamilyFilter enrolled;
        enrolled.status = s("enrolled");
        const QString enrolledBefore = QString::number(queries.countFamilies(enrolled));
        // Out of view, the screens reload when asked (or when shown).
        atRisk->reloadAll();
        dashboard->reloadAll();
        QCOMPARE(atRisk->model()->rows(), atRiskBefore);
        QCOMPARE(dashboard->enrolledTile()->value(), enrolledBefore);
        const qint64 head = panel.window.session()->queries()->headPosition();
        QVERIFY2(head > 20000, qPrintable(QString::number(head))); // more than one rebuild chunk

        ProjectionService& projections = panel.window.session()->projections();
        QSignalSpy progress(&projections, &ProjectionService::rebuildProgress);
        QSignalSpy finished(&projections, &ProjectionService::rebuildFinished);

        // Cancel: asked right after the rebuild, it stops it before the swap.
        screen.findChild<QPushButton*>(s("rebuildAll"))->click();
        QVERIFY(screen.isRebuilding());
        QVERIFY(screen.rebuildProgress()->isVisibleTo(&screen));
        QVERIFY(!screen.findChild<QPushButton*>(s("rebuildAll"))->isEnabled());
        screen.findChild<QPushButton*>(s("cancelRebuild"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(2).toString(), s("Rebuild cancelled"));
        QVERIFY(!screen.isRebuilding());
        QVERIFY(!screen.rebuildProgress()->isVisibleTo(&screen));
        auto* outcome = screen.findChild<MessageBar*>(s("rebuildOutcome"));
        QCOMPARE(outcome->heading(), s("Rebuild not finished."));
        QTRY_COMPARE(statusOf(*screen.statusModel(), s("family_read_model")), s("running"));

        // A full rebuild: progress in steps, and meanwhile the other screens
        // keep reading the old tables (same answers).
        progress.clear();
        finished.clear();
        int answeredDuring = 0;
        QStringList progressTexts;
        connect(&projections, &ProjectionService::rebuildProgress, this,
                [&](const QStringList&, qint64 processed, qint64 total, double) {
                    progressTexts << screen.rebuildText();
                    if (processed >= total)
                        return;
                    atRisk->reloadAll();
                    dashboard->reloadAll();
                    QCOMPARE(atRisk->model()->rows(), atRiskBefore);
                    QCOMPARE(dashboard->enrolledTile()->value(), enrolledBefore);
                    ++answeredDuring;
                });
        screen.rebuildAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(0).toStringList(), projectionNames());
        QVERIFY(progress.count() >= 2);
        const QList<QVariant> first = progress.first();
        QVERIFY(first.at(1).toLongLong() > 0);
        QCOMPARE(first.at(2).toLongLong(), head);
        QVERIFY(answeredDuring >= 1);
        QVERIFY2(
            progressTexts.first().contains(s(" of ") + QLocale().toString(head) + s(" events")),
            qPrintable(progressTexts.first()));
        QCOMPARE(outcome->heading(), s("Rebuild finished."));
        QCOMPARE(atRisk->model()->rows(), atRiskBefore);
        QTRY_COMPARE(screen.statusModel()->rowAt(0).value(s("last_position")).toInteger(), head);

        // One read model.
        finished.clear();
        screen.selectProjection(s("search"));
        screen.findChild<QPushButton*>(s("rebuildSelected"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toStringList(), QStringList{s("search")});
        QCOMPARE(finished.first().at(1).toBool(), true);
    }

    void poisonEventIsShownAndSkipped()
    {
        FixedReportDay today;
        OpenPanel panel;
        buildReportCoop(panel.coop);
        QVERIFY(panel.open());
        ProjectionsScreen& screen = *panel.screen;
        ProjectionStatusModel* model = screen.statusModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester skippedTester(
            screen.skippedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(panel.window), 20000);

        // A login of a schema this version does not know: the read models
        // that fold logins stop at it; the others go on.
        const qint64 poison = appendRawEvent(panel.coop.path(), s("f2"), s("LoginRecorded"), 9,
                                             QByteArray(R"({"date":"2026-03-18"})"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, s("family_read_model")), s("error"), 10000);
        QTRY_COMPARE(statusOf(*model, s("at_risk_families_view")), s("error"));
        QCOMPARE(statusOf(*model, s("payment_analytics_view")), s("running"));
        const int row = model->rowOf(s("family_read_model"));
        QCOMPARE(model->index(row, ProjectionStatusModel::ErrorPosition).data().toString(),
                 QString::number(poison));
        QVERIFY(
            model->index(row, ProjectionStatusModel::LastError).data().toString().contains(s("9")));
        QCOMPARE(model->index(row, ProjectionStatusModel::Status).data().toString(), s("Error"));
        QVERIFY(screen.summaryText().contains(s("stopped")));

        auto* skip = screen.findChild<QPushButton*>(s("skipEvent"));
        auto* retry = screen.findChild<QPushButton*>(s("retryProjection"));
        QVERIFY(!skip->isEnabled());
        screen.selectProjection(s("family_read_model"));
        QVERIFY(skip->isEnabled());
        QVERIFY(retry->isEnabled());

        // Retry: back to running, then the same event fails again.
        QSignalSpy statusChanges(&panel.window.session()->projections(),
                                 &ProjectionService::statusChanged);
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(statusChanges.count() >= 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, s("family_read_model")), s("error"), 10000);

        // Skip asks first; No changes nothing.
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::No;
        skip->click();
        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Question);
        QVERIFY(boxes.last().text.contains(QString::number(poison)));
        QVERIFY(boxes.last().details.contains(panel.window.session()->userId()));
        QCOMPARE(statusOf(*model, s("family_read_model")), s("error"));

        // Yes: skipped, recorded with the user, and the read model goes on.
        boxes.answer = QMessageBox::Yes;
        skip->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, s("family_read_model")), s("running"), 10000);
        QTRY_COMPARE(screen.skippedModel()->rowCount(), 1);
        const QJsonObject skipped = screen.skippedModel()->rowAt(0);
        QCOMPARE(skipped.value(s("projection_name")).toString(), s("family_read_model"));
        QCOMPARE(skipped.value(s("position")).toInteger(), poison);
        QCOMPARE(skipped.value(s("event_type")).toString(), s("LoginRecorded"));
        QCOMPARE(skipped.value(s("skipped_by")).toString(), panel.window.session()->userId());
        {
            SqliteConnection views(viewsPathOf(panel.coop.path()),
                                   SqliteConnection::Mode::ReadOnly);
            QCOMPARE(views.scalar("SELECT count(*) FROM skipped_events"), 1);
        }
        QCOMPARE(screen.skippedModel()->index(0, SkippedEventsModel::EventType).data().toString(),
                 s("Login recorded"));
        // The read model caught up past the skipped event.
        const qint64 head = panel.window.session()->queries()->headPosition();
        QTRY_COMPARE(model->rowAt(model->rowOf(s("family_read_model")))
                         .value(s("last_position"))
                         .toInteger(),
                     head);
    }
};

QTEST_MAIN(TestProjectionsScreen)
#include "tst_projections_screen.moc"
