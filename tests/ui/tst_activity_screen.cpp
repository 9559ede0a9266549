// The Activity screen: the event log windowed over any number of events
// (pages read on a thread of their own), its filters compared with
// QueryService, new events sliding in at the top, and "Verify audit
// trail" run off the GUI thread: intact, broken (the first bad position)
// and cancelled.

#include "activity/activity_model.h"
#include "activity/activity_screen.h"
#include "activity/audit_trail_check.h"
#include "io/demo_generator.h"
#include "projections/views_file.h"
#include "report_screens_fixture.h"
#include "store/sqlite_connection.h"
#include "widgets/message_bar.h"

#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

bool allLoaded(const ActivityModel& model, int rows)
{
    for (int row = 0; row < std::min(rows, model.rowCount()); ++row) {
        if (!model.isRowLoaded(row))
            return false;
    }
    return true;
}

QList<QJsonObject> shown(const ActivityModel& model, int rows)
{
    QList<QJsonObject> events;
    for (int row = 0; row < std::min(rows, model.rowCount()); ++row)
        events << model.event(row);
    return events;
}

struct OpenActivity
{
    TempCoop coop;
    MainWindow window;
    ActivityScreen* screen = nullptr;

    bool open()
    {
        addReportScreens(window);
        window.show();
        if (!window.openFile(coop.path()))
            return false;
        window.showScreen(s("activity"));
        screen = qobject_cast<ActivityScreen*>(window.screen(s("activity")));
        return screen != nullptr;
    }
};

} // namespace

class TestActivityScreen : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init()
    {
        IsolatedSettings::clear();
        useEnglishAndUsd();
    }

    void showsTheEventLogNewestFirst()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        ActivityModel* model = activity.screen->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 20000);
        QueryService& queries = *activity.window.session()->queries();
        const qint64 head = queries.headPosition();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), head, 10000);
        QCOMPARE(qint64(model->rowCount()), queries.countActivity({}));
        QTRY_VERIFY(allLoaded(*model, model->rowCount()));
        QTRY_VERIFY(!activity.screen->isLoading());
        QCOMPARE(shown(*model, model->rowCount()), queries.activity({}, 0, head));
        QCOMPARE(model->index(0, ActivityModel::Event).data().toString(), s("Family withdrawn"));
        QCOMPARE(model->index(0, ActivityModel::Family).data().toString(), s("Diaz Family"));
        QCOMPARE(model->index(0, ActivityModel::User).data().toString(), s("tester"));
        QCOMPARE(model->index(0, ActivityModel::Position).data().toString(), QString::number(head));
        QVERIFY(activity.screen->countText().contains(s("Events: ") + QString::number(head)));
        QTRY_COMPARE(model->users(), QStringList{s("tester")});
    }

    void ctrlFPutsTheCursorInTheFamilyFilter()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        QVERIFY(QTest::qWaitForWindowActive(&activity.window));
        auto* family = activity.screen->findChild<QLineEdit*>(s("familyFilter"));
        QVERIFY(family);
        activity.screen->findChild<QWidget*>(s("activityTable"))->setFocus();
        QVERIFY(!family->hasFocus());
        QTest::keySequence(&activity.window, QKeySequence::Find);
        QVERIFY(family->hasFocus());
    }

    void filtersAsTheQueryDoes()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        ActivityModel* model = activity.screen->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 20000);
        QTRY_VERIFY(!activity.screen->isLoading());
        QueryService& queries = *activity.window.session()->queries();

        struct Case
        {
            QString type, user, family;
            QDate from, to;
            qint64 expected;
        };
        const QList<Case> cases{
            {s("PaymentReceived"), {}, {}, {}, {}, 5},
            {s("TuitionCharged"), {}, s("f1"), {}, {}, 3},
            {{}, {}, s("f4"), {}, {}, 4}, // enrolled, charged, scored, withdrawn
            {{}, s("tester"), {}, {}, {}, -1},
            {{}, s("nobody"), {}, {}, {}, 0},
            {{}, {}, {}, reportToday, reportToday, -1},
            {{}, {}, {}, reportToday.addDays(1), {}, 0},
        };
        for (const Case& test : cases) {
            activity.screen->setFilter(test.type, test.user, test.family, test.from, test.to);
            ActivityFilter filter;
            filter.eventType = test.type;
            filter.userId = test.user;
            filter.familyId = test.family;
            filter.from = test.from;
            filter.to = test.to;
            const qint64 expected = queries.countActivity(filter);
            if (test.expected >= 0)
                QCOMPARE(expected, test.expected);
            QTRY_VERIFY(!model->isLoading());
            QCOMPARE(qint64(model->rowCount()), expected);
            QTRY_VERIFY(allLoaded(*model, model->rowCount()));
            QCOMPARE(shown(*model, model->rowCount()), queries.activity(filter, 0, expected));
        }
        // A family typed by name, without picking a suggestion.
        activity.screen->setFilter({}, {}, s("Chen"));
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->filter().familyId, s("f3"));
        QCOMPARE(model->rowCount(), 5); // enrolled, charged, paid, scored, contacted
    }

    // A family name that cannot be looked up (the views file failing under
    // the screen) is said in the screen's message bar, not swallowed; the
    // filter goes on with the text as typed.
    void aFailedFamilyLookupIsShown()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 20000);
        QTRY_VERIFY(!activity.screen->isLoading());
        {
            SqliteConnection raw(viewsPathOf(activity.coop.path()),
                                 SqliteConnection::Mode::ReadWrite);
            raw.setBusyTimeout(10000);
            raw.execute("DROP TABLE family_search_docs");
        }
        const auto problemShown = [&] {
            for (const MessageBar* bar : activity.screen->findChildren<MessageBar*>()) {
                if (bar->isVisible() &&
                    bar->heading() == s("The activity log cannot be read right now") &&
                    bar->text().contains(s("family_search_docs")))
                    return true;
            }
            return false;
        };
        QVERIFY(!problemShown());
        activity.screen->setFilter({}, {}, s("Chen"));
        QTRY_VERIFY(problemShown());
        QCOMPARE(activity.screen->model()->filter().familyId, s("Chen"));
    }

    void readsAWindowNotTheWholeLog()
    {
        OpenActivity activity;
        DemoOptions options;
        options.families = 60;
        options.months = 12;
        options.lastMonth = QDate(2026, 3, 1);
        // Recorded on a desk whose today is past the demo's last month.
        activity.coop.clock().set(QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC));
        generateDemoCoop(activity.coop.bus(), options);
        QVERIFY(activity.open());
        ActivityModel* model = activity.screen->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 30000);
        const qint64 head = activity.window.session()->queries()->headPosition();
        QVERIFY2(head > 3 * ActivityModel::pageSize, qPrintable(QString::number(head)));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), head, 10000);
        QTRY_VERIFY(model->isRowLoaded(0));
        // Only the pages the view asked for.
        QVERIFY2(model->cachedRows() <= 2 * ActivityModel::pageSize,
                 qPrintable(QString::number(model->cachedRows())));
        QVERIFY(!model->isRowLoaded(model->rowCount() - 1));

        activity.screen->table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(model->rowCount() - 1), 10000);
        QCOMPARE(model->event(model->rowCount() - 1).value(s("position")).toInteger(), 1);
        QVERIFY(model->cachedRows() < head);
    }

    void newEventsSlideInAtTheTop()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        ActivityModel* model = activity.screen->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 20000);
        QTRY_VERIFY(!activity.screen->isLoading());
        const int before = model->rowCount();
        const QJsonObject oldest = model->event(before - 1);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        const CommandResult result =
            dispatch(activity.window, "RecordLogin",
                     {{s("family_id"), s("f2")}, {s("date"), s("2026-03-20")}});
        QVERIFY(result.ok);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 10000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QTRY_VERIFY(model->isRowLoaded(0));
        QCOMPARE(model->event(0).value(s("position")).toInteger(), result.position);
        QCOMPARE(model->index(0, ActivityModel::Event).data().toString(), s("Login recorded"));
        // The rows below kept their places: the oldest is still last.
        QCOMPARE(model->event(model->rowCount() - 1), oldest);
    }

    void verifiesTheAuditTrailOffTheGuiThread()
    {
        FixedReportDay today;
        OpenActivity activity;
        buildReportCoop(activity.coop);
        QVERIFY(activity.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(activity.window), 20000);
        const qint64 head = activity.window.session()->queries()->headPosition();
        ActivityScreen& screen = *activity.screen;
        QSignalSpy finished(screen.auditCheck(), &AuditTrailCheck::finished);

        screen.findChild<QPushButton*>(s("verifyAuditTrail"))->click();
        QVERIFY(screen.auditCheck()->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        auto outcome = finished.first().at(0).value<AuditTrailCheck::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.problem));
        QCOMPARE(outcome.eventsChecked, head);
        QVERIFY(!screen.auditProgress()->isVisible());
        QCOMPARE(screen.auditResult()->heading(), s("The audit trail is intact."));
        QVERIFY(
            screen.auditResult()->text().contains(s("Events checked: ") + QString::number(head)));

        // Cancelled: at the next batch, or (a walk this short) just after the last.
        finished.clear();
        screen.verifyAuditTrail();
        screen.cancelVerification();
        QVERIFY(finished.wait(20000));
        outcome = finished.first().at(0).value<AuditTrailCheck::Outcome>();
        QVERIFY(outcome.cancelled);
        QCOMPARE(screen.auditResult()->heading(), s("Verification cancelled."));

        // An event edited behind CoopDesk's back: its position is named.
        {
            SqliteConnection raw(activity.coop.path(), SqliteConnection::Mode::ReadWrite);
            raw.setBusyTimeout(10000);
            raw.execute("DROP TRIGGER events_are_append_only_update");
            raw.execute("UPDATE events SET data = '{\"family_name\":\"Someone Else\"}' "
                        "WHERE position = 7");
        }
        finished.clear();
        screen.verifyAuditTrail();
        QVERIFY(finished.wait(20000));
        outcome = finished.first().at(0).value<AuditTrailCheck::Outcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.firstBadPosition, 7);
        QCOMPARE(screen.auditResult()->level(), MessageBar::Level::Error);
        QVERIFY2(screen.auditResult()->text().startsWith(s("First bad position: 7.")),
                 qPrintable(screen.auditResult()->text()));
    }
};

QTEST_MAIN(TestActivityScreen)
#include "tst_activity_screen.moc"
