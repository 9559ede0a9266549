// The treasurer's month (SPEC 7, issue 20) on real files: Charge Tuition to
// All Families planned from the read models and saved as one batch through
// the bus, and the overdue list (getOverdueFamilies, SPEC 5) checked
// against the family read model's own charges.

#include "commands/charge_all.h"
#include "io/demo_generator.h"
#include "projections/projector.h"
#include "queries/query_service.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

void project(TempCoop& coop)
{
    Projector projector(coop.location(), coop.clock());
    projector.open();
    projector.catchUp();
}

// A demo co-op billed up to January 2026 (the test clock's month).
void seedDemo(TempCoop& coop, int families)
{
    DemoOptions options;
    options.families = families;
    options.months = 5;
    options.seed = 7;
    options.lastMonth = QDate(2026, 1, 15);
    generateDemoCoop(coop.bus(), options);
    project(coop);
}

ChargeAllRequest request(const QString& month, ChargeAmountRule rule, qint64 cents)
{
    ChargeAllRequest request;
    request.month = month;
    request.dueDate = QDate::fromString(month + u"-05"_s, Qt::ISODate);
    request.rule = rule;
    request.amountCents = cents;
    return request;
}

void charge(TempCoop& coop, const QString& familyId, const QString& chargeId, const QString& month,
            qint64 cents)
{
    coop.run(cmd(u"ChargeTuition"_s, {{u"family_id"_s, familyId},
                                      {u"charge_id"_s, chargeId},
                                      {u"month"_s, month},
                                      {u"amount_cents"_s, cents},
                                      {u"due_date"_s, QString(month + u"-05"_s)}}));
}

void child(TempCoop& coop, const QString& familyId, const QString& name)
{
    coop.run(cmd(u"AddChild"_s,
                 {{u"family_id"_s, familyId}, {u"child_name"_s, name}, {u"child_age"_s, 9}}));
}

QList<QJsonObject> allFamilies(QueryService& queries, const QString& status = {})
{
    FamilyFilter filter;
    filter.status = status;
    return queries.listFamilies(filter, FamilySort{}, 0, -1);
}

QStringList idsOf(const QList<ChargeAllFamily>& families)
{
    QStringList ids;
    for (const ChargeAllFamily& family : families)
        ids.append(family.familyId);
    return ids;
}

QStringList idsOf(const QList<SkippedFamily>& skipped)
{
    QStringList ids;
    for (const SkippedFamily& skip : skipped)
        ids.append(skip.family.familyId);
    return ids;
}

std::optional<QJsonObject> chargeOf(QueryService& queries, const QString& familyId,
                                    const QString& chargeId)
{
    for (const QJsonObject& row : queries.familyCharges(familyId)) {
        if (row.value(u"charge_id"_s).toString() == chargeId)
            return row;
    }
    return std::nullopt;
}

// Three hand-made families beside a withdrawn one, for the amount rules:
// f1 two children and no charge, f2 no child, f3 one child charged in
// November (12 000) and December (15 000, then cancelled), f4 withdrawn.
void seedRuleFamilies(TempCoop& coop)
{
    coop.enroll(u"f1"_s, u"Adams Family"_s);
    child(coop, u"f1"_s, u"Ann"_s);
    child(coop, u"f1"_s, u"Ben"_s);
    coop.enroll(u"f2"_s, u"Baker Family"_s);
    coop.enroll(u"f3"_s, u"Clark Family"_s);
    child(coop, u"f3"_s, u"Cora"_s);
    charge(coop, u"f3"_s, u"TUI-2025-11"_s, u"2025-11"_s, 12000);
    charge(coop, u"f3"_s, u"TUI-2025-12"_s, u"2025-12"_s, 15000);
    coop.run(cmd(u"CancelCharge"_s, {{u"family_id"_s, u"f3"_s},
                                     {u"charge_id"_s, u"TUI-2025-12"_s},
                                     {u"reason"_s, u"scholarship"_s}}));
    coop.enroll(u"f4"_s, u"Davis Family"_s);
    child(coop, u"f4"_s, u"Dan"_s);
    coop.run(cmd(u"WithdrawFamily"_s, {{u"family_id"_s, u"f4"_s}, {u"date"_s, u"2025-10-01"_s}}));
    project(coop);
}

} // namespace

class TestChargeAll : public QObject
{
    Q_OBJECT

private slots:
    void aRunChargesExactlyTheEnrolledFamiliesWithoutTheMonthsCharge()
    {
        TempCoop coop;
        seedDemo(coop, 40);
        QueryService queries(coop.location());
        // January is billed by the demo, except the charges cancelled (a
        // cancellation gives the id back) and the families enrolled since.
        const QList<QJsonObject> enrolled = allFamilies(queries, u"enrolled"_s);
        for (const QJsonObject& family : enrolled.first(2))
            coop.run(cmd(u"CancelCharge"_s, {{u"family_id"_s, family.value(u"family_id"_s)},
                                             {u"charge_id"_s, u"TUI-2026-01"_s},
                                             {u"reason"_s, u"billed twice"_s}}));
        project(coop);
        QStringList expected;
        for (const QJsonObject& family : allFamilies(queries, u"enrolled"_s)) {
            const QString id = family.value(u"family_id"_s).toString();
            if (!chargeOf(queries, id, u"TUI-2026-01"_s))
                expected.append(id);
        }
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::SameForAll, 16000));
        QVERIFY(expected.size() >= 2);
        QCOMPARE(idsOf(plan.charged), expected);
        QCOMPARE(plan.charged.size() + plan.skipped.size(),
                 allFamilies(queries, u"enrolled"_s).size());
        for (const SkippedFamily& skip : plan.skipped)
            QCOMPARE(skip.reason, ChargeAllSkip::AlreadyCharged);
        QCOMPARE(plan.totalCents, 16000 * expected.size());

        const CommandBus::BatchResult saved = coop.bus().dispatchBatch(plan.commands());
        QVERIFY(saved.committed);
        project(coop);
        for (const QString& id : expected) {
            const auto row = chargeOf(queries, id, u"TUI-2026-01"_s);
            QVERIFY2(row, qPrintable(id));
            QCOMPARE(row->value(u"amount_cents"_s).toInteger(), 16000);
            QCOMPARE(row->value(u"due_date"_s).toString(), u"2026-01-05"_s);
        }

        // Run twice, charged once.
        const qint64 head = coop.store().headPosition();
        const ChargeAllPlan again =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::SameForAll, 16000));
        QVERIFY(again.charged.isEmpty());
        QCOMPARE(again.totalCents, 0);
        QVERIFY(coop.bus().dispatchBatch(again.commands()).committed);
        QCOMPARE(coop.store().headPosition(), head);
    }

    void withdrawnFamiliesAreNeverCharged()
    {
        TempCoop coop;
        seedDemo(coop, 60);
        QueryService queries(coop.location());
        const QList<QJsonObject> withdrawn = allFamilies(queries, u"withdrawn"_s);
        QVERIFY2(!withdrawn.isEmpty(), "the demo withdraws some families");
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-02"_s, ChargeAmountRule::SameForAll, 15000));
        QCOMPARE(plan.charged.size(), allFamilies(queries, u"enrolled"_s).size());
        QVERIFY(plan.skipped.isEmpty());
        const QStringList planned = idsOf(plan.charged) + idsOf(plan.skipped);
        for (const QJsonObject& family : withdrawn)
            QVERIFY(!planned.contains(family.value(u"family_id"_s).toString()));
    }

    void perChildAmountsAndNoChildSkipped()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        QueryService queries(coop.location());
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::PerChild, 10000));
        QCOMPARE(idsOf(plan.charged), (QStringList{u"f1"_s, u"f3"_s}));
        QCOMPARE(plan.charged.at(0).amountCents, 20000);
        QCOMPARE(plan.charged.at(1).amountCents, 10000);
        QCOMPARE(plan.totalCents, 30000);
        QCOMPARE(idsOf(plan.skipped), QStringList{u"f2"_s});
        QCOMPARE(plan.skipped.first().reason, ChargeAllSkip::NoChild);
    }

    void lastAmountTakesTheLatestLiveChargeOfAnEarlierMonth()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        QueryService queries(coop.location());
        // f3's December charge was cancelled: November's amount is its last.
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::LastAmount, 0));
        QCOMPARE(idsOf(plan.charged), QStringList{u"f3"_s});
        QCOMPARE(plan.charged.first().amountCents, 12000);
        QCOMPARE(idsOf(plan.skipped), (QStringList{u"f1"_s, u"f2"_s}));
        for (const SkippedFamily& skip : plan.skipped)
            QCOMPARE(skip.reason, ChargeAllSkip::NoEarlierTuition);
        // A month's own charges are not "earlier": November looks back to none.
        const ChargeAllPlan november =
            planChargeAll(queries, request(u"2025-11"_s, ChargeAmountRule::LastAmount, 0));
        QVERIFY(november.charged.isEmpty());
        QCOMPARE(november.skipped.size(), 3);
        QCOMPARE(november.skipped.at(2).reason, ChargeAllSkip::AlreadyCharged);
    }

    void otherChargesOfTheMonthAreListedAndStillCharged()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        charge(coop, u"f1"_s, u"field-trip"_s, u"2026-01"_s, 2500);
        charge(coop, u"f1"_s, u"books"_s, u"2026-01"_s, 4000);
        project(coop);
        QueryService queries(coop.location());
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::SameForAll, 9000));
        QCOMPARE(idsOf(plan.charged), (QStringList{u"f1"_s, u"f2"_s, u"f3"_s}));
        const QList<ChargeAllFamily> others = plan.withOtherCharges();
        QCOMPARE(idsOf(others), QStringList{u"f1"_s});
        QCOMPARE(others.first().otherChargesOfMonth, (QStringList{u"field-trip"_s, u"books"_s}));
    }

    void aFamilyChangedSinceThePlanRejectsTheWholeBatch()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        QueryService queries(coop.location());
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::SameForAll, 9000));
        QCOMPARE(plan.charged.size(), 3);
        // Another desk charges f2 and withdraws f3 before the plan is saved.
        const auto other = openStore(coop.path());
        CommandBus otherDesk(*other, coop.clock(), u"treasurer2"_s);
        QVERIFY(otherDesk.dispatch(plan.commands().at(1)).ok);
        QVERIFY(otherDesk
                    .dispatch(cmd(u"WithdrawFamily"_s,
                                  {{u"family_id"_s, u"f3"_s}, {u"date"_s, u"2026-01-10"_s}}))
                    .ok);
        const qint64 head = coop.store().headPosition();

        const CommandBus::BatchResult saved = coop.bus().dispatchBatch(plan.commands());
        QVERIFY(!saved.committed);
        QCOMPARE(coop.store().headPosition(), head);
        QCOMPARE(saved.results.size(), 3);
        QVERIFY(saved.results.at(0).ok); // checked, then rolled back with the rest
        QCOMPARE(saved.results.at(1).error->code, u"duplicate"_s);
        QCOMPARE(saved.results.at(2).error->code, u"withdrawn"_s);
        project(coop);
        QVERIFY(!chargeOf(queries, u"f1"_s, u"TUI-2026-01"_s));
    }

    void aLockedStoreChargesNobody()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        QueryService queries(coop.location());
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-01"_s, ChargeAmountRule::SameForAll, 9000));
        StoreOptions impatient;
        impatient.busyTimeoutMs = 50;
        const auto store = openStore(coop.path(), impatient);
        CommandBus bus(*store, coop.clock(), u"treasurer"_s);
        const qint64 head = store->headPosition();
        {
            SqliteConnection other(coop.path(), SqliteConnection::Mode::ReadWrite);
            Transaction holding(other, Transaction::Kind::Immediate);
            const CommandBus::BatchResult saved = bus.dispatchBatch(plan.commands());
            QVERIFY(!saved.committed);
            QVERIFY(saved.storageError);
            QCOMPARE(saved.storageError->code, u"storage"_s);
        }
        QCOMPARE(store->headPosition(), head);
        QVERIFY(bus.dispatchBatch(plan.commands()).committed); // and once free, it saves
    }

    void cancellingARunCancelsExactlyItsCharges()
    {
        TempCoop coop;
        seedDemo(coop, 30);
        QueryService queries(coop.location());
        QHash<QString, qint64> balances;
        for (const QJsonObject& family : allFamilies(queries))
            balances.insert(family.value(u"family_id"_s).toString(),
                            family.value(u"balance_cents"_s).toInteger());
        const ChargeAllPlan plan =
            planChargeAll(queries, request(u"2026-02"_s, ChargeAmountRule::LastAmount, 0));
        QVERIFY(!plan.charged.isEmpty());
        QVERIFY(coop.bus().dispatchBatch(plan.commands()).committed);
        project(coop);
        const QJsonObject first = *queries.getFamily(plan.charged.first().familyId);
        QCOMPARE(first.value(u"balance_cents"_s).toInteger(),
                 balances.value(plan.charged.first().familyId) + plan.charged.first().amountCents);

        QVERIFY(coop.bus().dispatchBatch(plan.cancelCommands(u"wrong month"_s)).committed);
        project(coop);
        for (const QJsonObject& family : allFamilies(queries)) {
            const QString id = family.value(u"family_id"_s).toString();
            QCOMPARE(family.value(u"balance_cents"_s).toInteger(), balances.value(id));
            QVERIFY(!chargeOf(queries, id, u"TUI-2026-02"_s));
        }
    }

    void aRequestOutOfBoundsIsRefusedBeforePlanning()
    {
        QVERIFY(checkChargeAllRequest(request(u"2026-13"_s, ChargeAmountRule::SameForAll, 100)));
        QVERIFY(checkChargeAllRequest(request(u"2026-01"_s, ChargeAmountRule::SameForAll, 0)));
        QVERIFY(
            checkChargeAllRequest(request(u"2026-01"_s, ChargeAmountRule::PerChild, 100'000'001)));
        ChargeAllRequest noDue = request(u"2026-01"_s, ChargeAmountRule::SameForAll, 100);
        noDue.dueDate = {};
        QVERIFY(checkChargeAllRequest(noDue));
        QVERIFY(!checkChargeAllRequest(request(u"2026-01"_s, ChargeAmountRule::LastAmount, 0)));
        QCOMPARE(chargeAllChargeId(u"2026-01"_s), u"TUI-2026-01"_s);
    }

    // getOverdueFamilies against each family's own charges: every family
    // (withdrawn included) with a live unsettled charge due before as_of,
    // the remaining cents summed, oldest due date first.
    void theOverdueListEqualsTheFamiliesOwnCharges()
    {
        TempCoop coop;
        seedDemo(coop, 60);
        QueryService queries(coop.location());
        for (const QDate asOf : {QDate(2025, 10, 20), QDate(2026, 1, 5), QDate(2026, 1, 6)}) {
            struct Expected
            {
                QString oldest;
                QString name;
                QString id;
                qint64 cents = 0;
            };
            QList<Expected> expected;
            QHash<QString, qint64> byMonth;
            for (const QJsonObject& family : allFamilies(queries)) {
                Expected row{{},
                             family.value(u"family_name"_s).toString(),
                             family.value(u"family_id"_s).toString()};
                for (const QJsonObject& c : queries.familyCharges(row.id)) {
                    const QString due = c.value(u"due_date"_s).toString();
                    if (!c.value(u"settled_on"_s).isNull() ||
                        QDate::fromString(due, Qt::ISODate) >= asOf)
                        continue;
                    const qint64 left = c.value(u"amount_cents"_s).toInteger() -
                                        c.value(u"allocated_cents"_s).toInteger();
                    row.cents += left;
                    byMonth[c.value(u"month"_s).toString()] += left;
                    if (row.oldest.isEmpty() || due < row.oldest)
                        row.oldest = due;
                }
                if (!row.oldest.isEmpty())
                    expected.append(row);
            }
            std::sort(expected.begin(), expected.end(), [](const Expected& a, const Expected& b) {
                if (a.oldest != b.oldest)
                    return a.oldest < b.oldest;
                // The demo's names are ASCII-cased: NOCASE is a case-blind compare here.
                const int names = a.name.compare(b.name, Qt::CaseInsensitive);
                return names != 0 ? names < 0 : a.id < b.id;
            });
            const QList<QJsonObject> rows = queries.getOverdueFamilies(asOf);
            QVERIFY2(!rows.isEmpty(), qPrintable(asOf.toString(Qt::ISODate)));
            QCOMPARE(rows.size(), expected.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QJsonObject& row = rows.at(i);
                QCOMPARE(row.keys().size(), QueryService::overdueColumns().size());
                QCOMPARE(row.value(u"family_id"_s).toString(), expected.at(i).id);
                QCOMPARE(row.value(u"amount_overdue_cents"_s).toInteger(), expected.at(i).cents);
                QCOMPARE(row.value(u"oldest_due_date"_s).toString(), expected.at(i).oldest);
                const QJsonObject family = *queries.getFamily(expected.at(i).id);
                for (const QString& column : {u"parent_name"_s, u"email"_s, u"phone"_s})
                    QCOMPARE(row.value(column), family.value(column));
            }
            QCOMPARE(queries.overdueCentsByMonth({}, {}, asOf), byMonth);
        }
    }

    void aPaymentTakesAFamilyOffTheOverdueList()
    {
        TempCoop coop;
        seedRuleFamilies(coop);
        charge(coop, u"f1"_s, u"TUI-2026-01"_s, u"2026-01"_s, 9000);
        project(coop);
        QueryService queries(coop.location());
        QCOMPARE(queries.getOverdueFamilies(QDate(2026, 1, 5)).size(), 1); // f3's November
        const QList<QJsonObject> later = queries.getOverdueFamilies(QDate(2026, 1, 6));
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.at(1).value(u"family_id"_s).toString(), u"f1"_s);
        QCOMPARE(later.at(1).value(u"amount_overdue_cents"_s).toInteger(), 9000);

        coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                           {u"amount_cents"_s, 4000},
                                           {u"date"_s, u"2026-01-10"_s},
                                           {u"payment_method"_s, u"cash"_s}}));
        project(coop);
        QCOMPARE(
            queries.getOverdueFamilies(QDate(2026, 1, 6)).at(1).value(u"amount_overdue_cents"_s),
            QJsonValue(5000));
        coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                           {u"amount_cents"_s, 5000},
                                           {u"date"_s, u"2026-01-11"_s},
                                           {u"payment_method"_s, u"cash"_s}}));
        project(coop);
        QCOMPARE(queries.getOverdueFamilies(QDate(2026, 1, 6)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChargeAll)
#include "tst_charge_all.moc"
