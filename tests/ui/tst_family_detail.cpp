// The family detail: every read-model field formatted, the children with
// their ages, the charges with their settlement (hand-computed for a small
// co-op), the timeline with who, when and what changed, a button for every
// command, and refreshes in small steps.

#include "families_test_coop.h"
#include "family_detail/event_summary.h"
#include "family_detail/family_charges_model.h"
#include "family_detail/family_detail_view.h"
#include "family_detail/family_timeline_model.h"
#include "gui_test_fixtures.h"
#include "main_window/family_actions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Money as shown: the amount, a no-break space, the currency code.
QString usd(const char* amount)
{
    return QString::fromLatin1(amount) + QChar(0x00A0) + s("USD");
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// The Martinez family, by hand:
//   charges c1 150.00 due 2024-09-05, c2 150.00 due 2024-10-05,
//           c3 150.00 due 2024-11-05 (450.00)
//   payments 150.00 on 2024-09-05 (card), 100.00 on 2024-10-15 (check),
//            80.00 on 2024-10-20 (cash) (330.00)
//   FIFO: c1 settled 2024-09-05, 0 days late; c2 gets 100.00 + 50.00,
//   settled 2024-10-20, 15 days late; c3 gets the last 30.00, open.
//   balance 450.00 - 330.00 = 120.00 owed; average lateness (0 + 15) / 2
//   = 7.5, rounded half up: 8 days.
void fillMartinez(FamiliesTestCoop& coop)
{
    coop.enrollFamily(s("f1"), s("Martinez Family"), s("2024-09-01"),
                      {{s("parent_name"), s("Ana Martinez")},
                       {s("email"), s("ana@example.org")},
                       {s("phone"), s("555-0100")},
                       {s("preferred_contact_channel"), s("sms")},
                       {s("assigned_coordinator"), s("Lee")}});
    coop.ok(s("AddChild"),
            {{s("family_id"), s("f1")}, {s("child_name"), s("Sofia")}, {s("child_age"), 9}});
    coop.ok(s("AddChild"),
            {{s("family_id"), s("f1")}, {s("child_name"), s("Mateo")}, {s("child_age"), 6}});
    coop.charge(s("f1"), s("c1"), s("2024-09"), 15000, s("2024-09-05"));
    coop.charge(s("f1"), s("c2"), s("2024-10"), 15000, s("2024-10-05"));
    coop.charge(s("f1"), s("c3"), s("2024-11"), 15000, s("2024-11-05"));
    coop.pay(s("f1"), 15000, s("2024-09-05"), s("card"));
    coop.pay(s("f1"), 10000, s("2024-10-15"), s("check"));
    coop.pay(s("f1"), 8000, s("2024-10-20"), s("cash"));
    coop.risk(s("f1"), 72);
    coop.ok(s("UpdateEngagementScore"), {{s("family_id"), s("f1")},
                                         {s("new_score"), 55},
                                         {s("factors"), QJsonObject{{s("logins"), 3}}}});
    coop.ok(s("ChangeContactDetails"),
            {{s("family_id"), s("f1")}, {s("email"), s("ana.m@example.org")}});
}

} // namespace

class TestFamilyDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useEnglishLocale(); }

    void showsEveryFieldAndTheSettlement()
    {
        FamiliesTestCoop coop;
        fillMartinez(coop);
        QVERIFY(coop.project());
        FamilyActions actions;
        FamilyDetailView detail(&actions);
        QAbstractItemModelTester charges(detail.chargesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timeline(detail.timelineModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        detail.setCurrencyCode(s("USD"));
        detail.setQueryService(&coop.queries());
        detail.showFamily(s("f1"));
        QVERIFY(detail.isFound());

        QCOMPARE(detail.titleText(), s("Martinez Family"));
        QCOMPARE(detail.fieldText(s("family_id")), s("f1"));
        QCOMPARE(detail.fieldText(s("status")), s("Enrolled"));
        QCOMPARE(detail.fieldText(s("enrollment_date")), s("9/1/24"));
        QCOMPARE(detail.fieldText(s("withdrawal_date")), s("—"));
        QCOMPARE(detail.fieldText(s("parent_name")), s("Ana Martinez"));
        QCOMPARE(detail.fieldText(s("email")), s("ana.m@example.org"));
        QCOMPARE(detail.fieldText(s("phone")), s("555-0100"));
        QCOMPARE(detail.fieldText(s("preferred_contact_channel")), s("Text message (SMS)"));
        QCOMPARE(detail.fieldText(s("assigned_coordinator")), s("Lee"));
        QCOMPARE(detail.fieldText(s("children_count")), s("2"));
        QCOMPARE(detail.fieldText(s("children_names")), s("Sofia (9), Mateo (6)"));
        QCOMPARE(detail.fieldText(s("oldest_child_age")), s("9 years old"));
        QCOMPARE(detail.fieldText(s("total_paid_cents")), usd("330.00"));
        QCOMPARE(detail.fieldText(s("payment_count")), s("3"));
        QCOMPARE(detail.fieldText(s("last_payment_date")), s("10/20/24"));
        QCOMPARE(detail.fieldText(s("balance_cents")), usd("120.00") + s(" owed"));
        QCOMPARE(detail.fieldText(s("avg_payment_days_late")), s("8 days"));
        QCOMPARE(detail.fieldText(s("engagement_score")), s("55 / 100"));
        QCOMPARE(detail.fieldText(s("risk_score")), s("72 / 100"));
        QCOMPARE(detail.fieldText(s("risk_tier")), s("High"));
        QCOMPARE(detail.fieldText(s("risk_factors")), s("—"));
        QCOMPARE(detail.fieldText(s("event_attendance_rate")), s("—"));
        QCOMPARE(detail.fieldText(s("last_contact_date")), s("—"));
        QCOMPARE(detail.fieldText(s("event_version")), s("12"));
        QVERIFY(!detail.fieldText(s("last_updated")).isEmpty());

        // Charges: c1 and c2 settled (0 and 15 days late), c3 open with 30.00.
        const FamilyChargesModel& rows = *detail.chargesModel();
        QCOMPARE(rows.rowCount(), 3);
        QCOMPARE(cell(rows, 0, FamilyChargesModel::MonthColumn), s("September 2024"));
        QCOMPARE(cell(rows, 0, FamilyChargesModel::AmountColumn), s("150.00"));
        QCOMPARE(cell(rows, 0, FamilyChargesModel::DueDateColumn), s("9/5/24"));
        QCOMPARE(cell(rows, 0, FamilyChargesModel::AllocatedColumn), s("150.00"));
        QCOMPARE(cell(rows, 0, FamilyChargesModel::SettledOnColumn), s("9/5/24"));
        QCOMPARE(cell(rows, 0, FamilyChargesModel::DaysLateColumn), s("0"));
        QCOMPARE(cell(rows, 1, FamilyChargesModel::SettledOnColumn), s("10/20/24"));
        QCOMPARE(cell(rows, 1, FamilyChargesModel::DaysLateColumn), s("15"));
        QCOMPARE(cell(rows, 2, FamilyChargesModel::AllocatedColumn), s("30.00"));
        QCOMPARE(cell(rows, 2, FamilyChargesModel::SettledOnColumn), s("Not settled"));
        QCOMPARE(cell(rows, 2, FamilyChargesModel::DaysLateColumn), s("—"));
        // Open charges are highlighted; settled ones are not.
        QVERIFY(rows.data(rows.index(2, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!rows.data(rows.index(0, 0), Qt::BackgroundRole).isValid());
        QVERIFY(rows.data(rows.index(2, 0), Qt::ToolTipRole).toString().contains(usd("120.00")));
        QCOMPARE(rows.headerData(FamilyChargesModel::AmountColumn, Qt::Horizontal).toString(),
                 s("Amount (USD)"));

        // Timeline: newest first; who, when and what changed.
        const FamilyTimelineModel& events = *detail.timelineModel();
        QCOMPARE(events.rowCount(), 12);
        QCOMPARE(cell(events, 0, FamilyTimelineModel::EventColumn), s("Contact details changed"));
        QCOMPARE(cell(events, 0, FamilyTimelineModel::WhatColumn),
                 s("E-mail: ana@example.org → ana.m@example.org"));
        QCOMPARE(cell(events, 0, FamilyTimelineModel::WhoColumn), s("tester"));
        QVERIFY(!cell(events, 0, FamilyTimelineModel::WhenColumn).isEmpty());
        QCOMPARE(cell(events, 1, FamilyTimelineModel::WhatColumn),
                 s("Engagement score 0 → 55; factors: logins: 3"));
        QCOMPARE(cell(events, 2, FamilyTimelineModel::WhatColumn),
                 s("Risk score 0 → 72; tier High"));
        QCOMPARE(cell(events, 3, FamilyTimelineModel::EventColumn), s("Payment received"));
        QCOMPARE(cell(events, 3, FamilyTimelineModel::WhatColumn),
                 usd("80.00") + s(" by Cash on 10/20/24"));
        QCOMPARE(cell(events, 6, FamilyTimelineModel::WhatColumn),
                 usd("150.00") + s(" for November 2024, due 11/5/24"));
        QCOMPARE(cell(events, 10, FamilyTimelineModel::WhatColumn), s("Sofia, age 9"));
        QCOMPARE(cell(events, 11, FamilyTimelineModel::EventColumn), s("Family enrolled"));
        QVERIFY(cell(events, 11, FamilyTimelineModel::WhatColumn)
                    .startsWith(s("“Martinez Family”, enrolled on 9/1/24")));

        // A button for every command but EnrollFamily, acting through the
        // window's actions.
        QCOMPARE(detail.actionBar()->actions().size(), commandSpecs().size() - 1);
        for (const CommandSpec& spec : commandSpecs()) {
            if (spec.type != CommandType::EnrollFamily)
                QVERIFY2(detail.actionBar()->actions().contains(actions.action(spec.type)),
                         qPrintable(spec.name));
        }

        QSignalSpy back(&detail, &FamilyDetailView::backRequested);
        detail.show();
        QTest::mouseClick(detail.backButton(), Qt::LeftButton);
        QCOMPARE(back.count(), 1);
    }

    void refreshesInSmallSteps()
    {
        FamiliesTestCoop coop;
        fillMartinez(coop);
        coop.enrollFamily(s("f2"), s("Other Family"));
        QVERIFY(coop.project());
        FamilyDetailView detail(nullptr);
        QAbstractItemModelTester charges(detail.chargesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timeline(detail.timelineModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        detail.setCurrencyCode(s("USD"));
        detail.setQueryService(&coop.queries());
        detail.showFamily(s("f1"));
        QSignalSpy chargeResets(detail.chargesModel(), &QAbstractItemModel::modelReset);
        QSignalSpy chargeChanges(detail.chargesModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy chargeInserts(detail.chargesModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy eventInserts(detail.timelineModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy eventResets(detail.timelineModel(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&detail, &FamilyDetailView::refreshed);

        // Another family's change: not read again.
        coop.pay(s("f2"), 100, s("2024-11-01"));
        QVERIFY(coop.project());
        detail.refreshIfAffected({s("f2")}, false);
        QCOMPARE(refreshed.count(), 0);

        // 120.00 settles c3 (due 2024-11-05) on 2024-11-10: 5 days late;
        // a December charge comes in before its due date.
        coop.pay(s("f1"), 12000, s("2024-11-10"), s("ach"));
        coop.charge(s("f1"), s("c4"), s("2024-12"), 15000, s("2024-12-05"));
        QVERIFY(coop.project());
        detail.refreshIfAffected({s("f1"), s("f2")}, false);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(chargeResets.count(), 0);
        QCOMPARE(eventResets.count(), 0);
        QCOMPARE(chargeChanges.count(), 1); // c3 settled
        QCOMPARE(chargeChanges.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(chargeInserts.count(), 1); // c4
        QCOMPARE(eventInserts.count(), 2);
        const FamilyChargesModel& rows = *detail.chargesModel();
        QCOMPARE(cell(rows, 2, FamilyChargesModel::SettledOnColumn), s("11/10/24"));
        QCOMPARE(cell(rows, 2, FamilyChargesModel::DaysLateColumn), s("5"));
        QCOMPARE(cell(rows, 3, FamilyChargesModel::MonthColumn), s("December 2024"));
        QCOMPARE(cell(rows, 3, FamilyChargesModel::SettledOnColumn), s("Not settled"));
        QCOMPARE(detail.fieldText(s("balance_cents")), usd("150.00") + s(" owed"));
        // (0 + 15 + 5) / 3 = 6.67 → 7 days.
        QCOMPARE(detail.fieldText(s("avg_payment_days_late")), s("7 days"));
        QCOMPARE(cell(*detail.timelineModel(), 0, FamilyTimelineModel::EventColumn),
                 s("Tuition charged"));
        QCOMPARE(cell(*detail.timelineModel(), 1, FamilyTimelineModel::WhatColumn),
                 usd("120.00") + s(" by Bank transfer (ACH) on 11/10/24"));

        // Withdrawn, then in credit.
        coop.withdraw(s("f1"), s("2024-12-01"));
        coop.pay(s("f1"), 20000, s("2024-12-02"));
        QVERIFY(coop.project());
        detail.refresh();
        QCOMPARE(detail.fieldText(s("status")), s("Withdrawn"));
        QCOMPARE(detail.fieldText(s("withdrawal_date")), s("12/1/24"));
        QCOMPARE(detail.fieldText(s("balance_cents")), usd("50.00") + s(" in credit"));
        QCOMPARE(chargeResets.count(), 0);

        // Another family: a new query, a reset.
        detail.showFamily(s("f2"));
        QCOMPARE(chargeResets.count(), 1);
        QCOMPARE(detail.titleText(), s("Other Family"));
        QCOMPARE(detail.chargesModel()->rowCount(), 0);

        // Unknown family: said so, no crash.
        detail.showFamily(s("nobody"));
        QVERIFY(!detail.isFound());
        QCOMPARE(detail.timelineModel()->rowCount(), 0);
    }

    void summarizesEveryEventType()
    {
        EventSummary summary(s("USD"));
        QCOMPARE(
            summary.describe(s("FamilyEnrolled"), {{s("family_name"), s("Lee Family")},
                                                   {s("enrollment_date"), s("2024-09-01")},
                                                   {s("assigned_coordinator"), s("Kim")}}),
            s("“Lee Family”, enrolled on 9/1/24; Preferred contact: E-mail; Coordinator: Kim"));
        QCOMPARE(summary.describe(s("CoordinatorAssigned"), {{s("coordinator"), s("Ray")}}),
                 s("Coordinator: Kim → Ray"));
        QCOMPARE(summary.describe(s("ContactDetailsChanged"), {{s("phone"), s("555")}}),
                 s("Phone: 555"));
        QCOMPARE(summary.describe(s("ContactDetailsChanged"), {{s("phone"), s("")}}),
                 s("Phone: 555 → (cleared)"));
        QCOMPARE(summary.describe(s("ContactDetailsChanged"),
                                  {{s("preferred_contact_channel"), s("phone")}}),
                 s("Preferred contact: E-mail → Phone"));
        QCOMPARE(summary.describe(s("VolunteerHoursLogged"),
                                  {{s("hours"), 3}, {s("date"), s("2024-10-02")}}),
                 s("3 hours on 10/2/24"));
        QCOMPARE(summary.describe(s("AttendanceRecorded"), {{s("event_name"), s("Picnic")},
                                                            {s("date"), s("2024-10-03")},
                                                            {s("attended"), false}}),
                 s("Did not attend “Picnic” on 10/3/24"));
        QCOMPARE(summary.describe(s("LoginRecorded"), {{s("date"), s("2024-10-04")}}),
                 s("Logged in on 10/4/24"));
        QCOMPARE(summary.describe(s("ContactRecorded"), {{s("date"), s("2024-10-05")},
                                                         {s("method"), s("in_person")},
                                                         {s("notes"), s("Talked\nabout fees")}}),
                 s("In person on 10/5/24: Talked about fees"));
        QCOMPARE(summary.describe(s("FamilyWithdrawn"),
                                  {{s("date"), s("2024-10-06")}, {s("reason"), s("Moved")}}),
                 s("Withdrawn on 10/6/24; reason: Moved"));
        QCOMPARE(summary.describe(s("FamilyReenrolled"), {{s("date"), s("2024-10-07")}}),
                 s("Re-enrolled on 10/7/24"));
        // The seed's PaymentReceived (schema 1, dollars) is upcast to cents.
        const QJsonObject seed{{s("event_type"), s("PaymentReceived")},
                               {s("schema_version"), 1},
                               {s("data"), QJsonObject{{s("amount"), 125.5},
                                                       {s("date"), s("2024-09-03")},
                                                       {s("payment_method"), s("check")},
                                                       {s("transaction_id"), s("T-9")}}}};
        QCOMPARE(summary.describe(seed), usd("125.50") + s(" by Check on 9/3/24; transaction T-9"));
    }

    // The read model keeps how the last contact was made, not who made it:
    // the label says so.
    void labelsTheLastContactMethodForWhatItIs()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("f1"), s("Martinez Family"));
        coop.ok(
            s("RecordContact"),
            {{s("family_id"), s("f1")}, {s("date"), s("2024-10-05")}, {s("method"), s("phone")}});
        QVERIFY(coop.project());
        FamilyDetailView detail(nullptr);
        detail.setQueryService(&coop.queries());
        detail.showFamily(s("f1"));
        QCOMPARE(detail.fieldLabel(s("last_contact_date")), s("Last contact"));
        QCOMPARE(detail.fieldText(s("last_contact_date")), s("10/5/24"));
        QCOMPARE(detail.fieldLabel(s("last_contact_method")), s("Last contact method"));
        QCOMPARE(detail.fieldText(s("last_contact_method")), s("Phone"));
    }

    // A family that had no charges when its page was laid out: the columns
    // widen to the first charges and events when they come ("December
    // 2024", not "Dec…"), and the last one is as wide as its contents, not
    // stretched to the edge.
    void columnsFitTheirContentsWhenRowsArrive()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("f1"), s("Martinez Family"), s("2024-09-01"),
                          {{s("email"), s("ana.martinez-whitfield.family@example.org")}});
        QVERIFY(coop.project());
        FamilyDetailView detail(nullptr);
        detail.setCurrencyCode(s("USD"));
        detail.setQueryService(&coop.queries());
        detail.resize(1000, 700);
        detail.show();
        detail.showFamily(s("f1"));
        QCOMPARE(detail.chargesModel()->rowCount(), 0);
        QTest::qWait(50); // laid out empty

        coop.charge(s("f1"), s("c1"), s("2024-12"), 1234500, s("2024-12-05"));
        coop.pay(s("f1"), 1234500, s("2024-12-28"), s("card"));
        coop.ok(s("LogVolunteerHours"),
                {{s("family_id"), s("f1")}, {s("hours"), 3}, {s("date"), s("2024-12-29")}});
        QVERIFY(coop.project());
        detail.refreshIfAffected({s("f1")}, false);
        QCOMPARE(detail.chargesModel()->rowCount(), 1);
        QTest::qWait(100); // whatever the headers do by themselves, they have done

        QTableView& charges = *detail.chargesView();
        const QString cut = columnCutShort(charges);
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        const QAbstractItemView& chargesItems = charges;
        const int daysLate = FamilyChargesModel::DaysLateColumn;
        QCOMPARE(charges.columnWidth(daysLate),
                 std::max(chargesItems.sizeHintForColumn(daysLate),
                          charges.horizontalHeader()->sectionSizeHint(daysLate)));

        QTableView& timeline = *detail.timelineView();
        const QAbstractItemView& timelineItems = timeline;
        for (int column : {FamilyTimelineModel::WhenColumn, FamilyTimelineModel::EventColumn,
                           FamilyTimelineModel::WhoColumn})
            QVERIFY2(timeline.columnWidth(column) >= timelineItems.sizeHintForColumn(column),
                     qPrintable(QString::number(column)));

        // The column of fields is as wide as its widest line (an e-mail
        // address does not wrap): nothing is cut at its edge.
        const auto* fields = detail.findChild<QScrollArea*>(s("familyDetailFields"));
        QVERIFY(fields);
        QTRY_VERIFY2(fields->widget()->minimumSizeHint().width() <= fields->viewport()->width(),
                     qPrintable(QString::number(fields->viewport()->width())));
    }
};

QTEST_MAIN(TestFamilyDetail)
#include "tst_family_detail.moc"
