#pragma once

// A small co-op built by hand for the report screens' tests (Dashboard, At
// risk, Payments, Activity, Projections), with every figure worked out
// below, and a main window that opens it with "today" fixed.
//
// Today is 2026-03-20. Families (enrolled unless said):
//   f1 Alvarez: risk 90 (critical), contacted 2026-03-01 by phone, prefers
//      phone, coordinator Dana. Tuition 300.00 for 2026-01 (due 01-05, paid
//      01-03 by ACH: on time), 2026-02 (due 02-05, paid 02-10 by card: 5
//      days late), 2026-03 (due 03-05, unpaid: overdue). Priority 90 + 5.
//   f2 Baker: risk 75 (high), never contacted, prefers sms. 250.00 for
//      2026-01 (due 01-05, paid 01-05 by card), 2026-02 (due 02-05, paid
//      02-01 by check), 2026-03 (due 03-25: not yet due). Priority 75+10+5,
//      payment_plan_offer.
//   f3 Chen: risk 72 (high), contacted 2026-03-10 by e-mail, 200.00 for
//      2026-01 (due 01-05, paid 01-20 in cash: 15 days late). Balance 0:
//      personal_checkin_7d, priority 72.
//   f4 Diaz: risk 95 then withdrawn 2026-02-15; 100.00 for 2026-01 (due
//      01-05) unpaid: overdue, counted in the analytics (withdrawn too).
//   f5 Evans: risk 40 (medium). f6 Fox: risk 10 (low).
//
// So: enrolled 5, withdrawn 1; tiers critical 1, high 2, medium 1, low 1;
// at risk f1 (95), f2 (90), f3 (72).
// Payments: 2026-01 active 4, on time 2, late 1, unsettled 1, overdue 1,
//   expected 850.00, collected 750.00, outstanding 100.00, avg late 5.00,
//   median 0, methods ach 300, card 250, cash 200.
// 2026-02 active 2, on time 1, late 1, expected = collected 550.00, avg
//   2.50, median 2, methods card 300, check 250.
// 2026-03 active 2, unsettled 2, overdue 1 (f1; f2 not due yet), expected
//   550.00, collected 0, outstanding 550.00, no averages, no methods.
// Receipts by payment date: 2026-01 3 payments from 3 families, 750.00
//   (ach 300, card 250, cash 200); 2026-02 2 from 2, 550.00 (card 300,
//   check 250); none in 2026-03. Every payment settles a charge: received
//   = collected (1,300.00), no credit on account. (The payments and
//   dashboard tests add f5 Evans paying 50.00 by check on 2026-03-12, with
//   no charge: received in March, credit on account, not collected.)

#include "charts/report_day.h"
#include "dashboard/report_screens.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "temp_coop.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTest>

namespace coopdesk::test {

inline QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

inline const QDate reportToday(2026, 3, 20);

// An amount as money::formatWithCurrency writes it in en_US: "12.50 USD"
// with a no-break space.
inline QString usd(const char* amount)
{
    return s(amount) + QChar(0x00A0) + s("USD");
}

// Its events are recorded on reportToday: what has happened (payments,
// contacts) is never dated after the desk's today (SPEC 2, the (H) rule).
inline void buildReportCoop(TempCoop& coop)
{
    coop.clock().set(QDateTime(reportToday, QTime(10, 0), Qt::UTC));
    const auto run = [&coop](const char* command, QJsonObject fields) {
        const CommandResult result = coop.run(cmd(s(command), fields));
        QVERIFY2(result.ok, result.toJsonLine().constData());
    };
    const auto enroll = [&run](const char* id, const char* name, const char* channel,
                               const char* coordinator) {
        QJsonObject fields{{s("family_id"), s(id)},
                           {s("family_name"), s(name)},
                           {s("enrollment_date"), s("2025-09-01")},
                           {s("preferred_contact_channel"), s(channel)}};
        if (coordinator)
            fields.insert(s("assigned_coordinator"), s(coordinator));
        run("EnrollFamily", fields);
    };
    const auto charge = [&run](const char* id, const char* month, int cents, const char* due) {
        run("ChargeTuition", {{s("family_id"), s(id)},
                              {s("charge_id"), QString(s(id) + u'-' + s(month))},
                              {s("month"), s(month)},
                              {s("amount_cents"), cents},
                              {s("due_date"), s(due)}});
    };
    const auto pay = [&run](const char* id, int cents, const char* date, const char* method) {
        run("ReceivePayment", {{s("family_id"), s(id)},
                               {s("amount_cents"), cents},
                               {s("date"), s(date)},
                               {s("payment_method"), s(method)}});
    };
    const auto risk = [&run](const char* id, int score) {
        run("UpdateRiskScore", {{s("family_id"), s(id)}, {s("new_score"), score}});
    };
    const auto contact = [&run](const char* id, const char* date, const char* method) {
        run("RecordContact",
            {{s("family_id"), s(id)}, {s("date"), s(date)}, {s("method"), s(method)}});
    };

    enroll("f1", "Alvarez Family", "phone", "Dana");
    enroll("f2", "Baker Family", "sms", "Dana");
    enroll("f3", "Chen Family", "email", "Luis");
    enroll("f4", "Diaz Family", "email", nullptr);
    enroll("f5", "Evans Family", "email", nullptr);
    enroll("f6", "Fox Family", "in_person", nullptr);
    charge("f1", "2026-01", 30000, "2026-01-05");
    charge("f1", "2026-02", 30000, "2026-02-05");
    charge("f1", "2026-03", 30000, "2026-03-05");
    charge("f2", "2026-01", 25000, "2026-01-05");
    charge("f2", "2026-02", 25000, "2026-02-05");
    charge("f2", "2026-03", 25000, "2026-03-25");
    charge("f3", "2026-01", 20000, "2026-01-05");
    charge("f4", "2026-01", 10000, "2026-01-05");
    pay("f1", 30000, "2026-01-03", "ach");
    pay("f1", 30000, "2026-02-10", "card");
    pay("f2", 25000, "2026-01-05", "card");
    pay("f2", 25000, "2026-02-01", "check");
    pay("f3", 20000, "2026-01-20", "cash");
    risk("f1", 90);
    risk("f2", 75);
    risk("f3", 72);
    risk("f4", 95);
    risk("f5", 40);
    risk("f6", 10);
    contact("f1", "2026-03-01", "phone");
    contact("f3", "2026-03-10", "email");
    run("WithdrawFamily", {{s("family_id"), s("f4")}, {s("date"), s("2026-02-15")}});
}

// True once the open file's read models are ready and have applied every
// event (use with QTRY_VERIFY; the screens take the change a moment later,
// so tests then wait for the figures themselves).
inline bool readModelsCaughtUp(MainWindow& window)
{
    CoopSession* session = window.session();
    if (!session || !session->queries())
        return false;
    const auto head = session->headPosition();
    return head && session->projections().projectedPosition() >= *head;
}

// Dispatches through the window's own bus (which wakes the projector).
inline CommandResult dispatch(MainWindow& window, const char* command, const QJsonObject& fields)
{
    return window.session()->bus().dispatch(cmd(s(command), fields));
}

// Numbers and amounts as the tests expect them: en_US, in USD.
inline void useEnglishAndUsd()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().setValue(s("preferences/currency"), s("USD"));
}

// Today fixed for the report screens while a test runs.
class FixedReportDay
{
public:
    explicit FixedReportDay(QDate day = reportToday) { ReportDay::setFixed(day); }
    ~FixedReportDay() { ReportDay::setFixed({}); }
    FixedReportDay(const FixedReportDay&) = delete;
    FixedReportDay& operator=(const FixedReportDay&) = delete;
};

} // namespace coopdesk::test
