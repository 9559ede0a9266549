// Statements (SPEC 7, docs/STATEMENTS.md) on real files: for every family
// of a demo co-op (voided payments and cancelled charges among them) the
// statement built from the audit trail closes on the family read model's
// balance, and its periods join up.

#include "commands/command_bus.h"
#include "io/demo_clock.h"
#include "io/demo_generator.h"
#include "projections/projector.h"
#include "queries/family_statement.h"
#include "queries/query_service.h"
#include "temp_coop.h"

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

QList<QJsonObject> allFamilies(QueryService& queries)
{
    return queries.listFamilies(FamilyFilter{}, FamilySort{}, 0, -1);
}

bool hasEvent(const QList<QJsonObject>& history, const QString& type)
{
    return std::any_of(history.cbegin(), history.cend(), [&](const QJsonObject& event) {
        return event.value(u"event_type"_s).toString() == type;
    });
}

FamilyStatement statementOf(QueryService& queries, const QString& familyId,
                            const StatementPeriod& period)
{
    return familyStatement(queries.familyHistory(familyId), period);
}

} // namespace

class TestFamilyStatementBalances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Recorded on the days things happened (the demo's clock), so
        // charges, payments and corrections carry dates of their own.
        DemoClock clock(QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC));
        CommandBus bus(m_coop.store(), clock, u"treasurer"_s);
        DemoOptions options;
        options.families = 120;
        options.months = 8;
        options.seed = 11;
        options.lastMonth = m_today;
        options.clock = &clock;
        generateDemoCoop(bus, options);
        project(m_coop);
        m_queries = std::make_unique<QueryService>(m_coop.location());
    }

    // The closing balance of a statement up to the desk's tomorrow (a
    // payment may be dated a day ahead, SPEC 2) is the read model's
    // balance_cents, for every family; the demo voids payments and cancels
    // charges, and those families are among them.
    void closingBalanceIsTheReadModelsBalance()
    {
        const StatementPeriod period{QDate(2024, 1, 1), m_today.addDays(1)};
        int voided = 0;
        int cancelled = 0;
        int owing = 0;
        const QList<QJsonObject> families = allFamilies(*m_queries);
        QCOMPARE(families.size(), 120);
        for (const QJsonObject& family : families) {
            const QString id = family.value(u"family_id"_s).toString();
            const QList<QJsonObject> history = m_queries->familyHistory(id);
            voided += hasEvent(history, u"PaymentVoided"_s) ? 1 : 0;
            cancelled += hasEvent(history, u"ChargeCancelled"_s) ? 1 : 0;
            const FamilyStatement statement = familyStatement(history, period);
            const qint64 balance = family.value(u"balance_cents"_s).toInteger();
            owing += balance > 0 ? 1 : 0;
            QVERIFY2(statement.closingCents == balance,
                     qPrintable(u"%1: statement %2, read model %3"_s.arg(id)
                                    .arg(statement.closingCents)
                                    .arg(balance)));
            QCOMPARE(statement.currentCents, balance);
            QCOMPARE(statement.laterLines, 0);
            QVERIFY(statement.unreadablePositions.isEmpty());
            // The brought-forward balance plus the period's lines is the closing one.
            qint64 running = statement.broughtForwardCents;
            for (const StatementLine& line : statement.lines) {
                running += line.chargeCents - line.creditCents;
                QCOMPARE(line.balanceCents, running);
                QVERIFY(period.contains(line.date));
            }
            QCOMPARE(running, statement.closingCents);
        }
        QVERIFY2(voided > 0 && cancelled > 0 && owing > 0,
                 "the demo co-op should void payments, cancel charges and leave balances owed");
    }

    // A period in the middle: brought forward, the period's lines and the
    // later ones add up to the balance, and the period's opening is the
    // closing of the statement that ends the day before it.
    void periodsJoinUp()
    {
        const StatementPeriod before{QDate(2024, 1, 1), QDate(2025, 8, 31)};
        const StatementPeriod autumn{QDate(2025, 9, 1), QDate(2025, 11, 30)};
        int withBroughtForward = 0;
        int withLaterLines = 0;
        for (const QJsonObject& family : allFamilies(*m_queries)) {
            const QString id = family.value(u"family_id"_s).toString();
            const FamilyStatement earlier = statementOf(*m_queries, id, before);
            const FamilyStatement statement = statementOf(*m_queries, id, autumn);
            QCOMPARE(statement.broughtForwardCents, earlier.closingCents);
            QCOMPARE(statement.closingCents, statement.broughtForwardCents +
                                                 statement.chargesCents - statement.creditsCents);
            if (!statement.lines.isEmpty())
                QCOMPARE(statement.lines.last().balanceCents, statement.closingCents);
            QCOMPARE(statement.currentCents, family.value(u"balance_cents"_s).toInteger());
            withBroughtForward += statement.broughtForwardCents != 0 ? 1 : 0;
            withLaterLines += statement.laterLines > 0 ? 1 : 0;
        }
        QVERIFY(withBroughtForward > 0);
        QVERIFY(withLaterLines > 0);
    }

    // Through the bus: a check voided and paid again with the same check
    // number, a charge cancelled. Both corrections are lines, what they take
    // back still shows, and the closing balance is the read model's.
    void voidsAndCancellationsShowAsLines()
    {
        TempCoop coop;
        coop.clock().set(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
        coop.enroll(u"f1"_s, u"Adams Family"_s, u"2025-08-20"_s);
        coop.run(cmd(u"ChargeTuition"_s, {{u"family_id"_s, u"f1"_s},
                                          {u"charge_id"_s, u"TUI-2025-09"_s},
                                          {u"month"_s, u"2025-09"_s},
                                          {u"amount_cents"_s, 15000},
                                          {u"due_date"_s, u"2025-09-05"_s}}));
        coop.run(cmd(u"ChargeTuition"_s, {{u"family_id"_s, u"f1"_s},
                                          {u"charge_id"_s, u"BOOKS"_s},
                                          {u"month"_s, u"2025-09"_s},
                                          {u"amount_cents"_s, 4000},
                                          {u"due_date"_s, u"2025-09-15"_s}}));
        const auto payByCheck = [&coop](const QString& date) {
            coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, u"f1"_s},
                                               {u"payment_id"_s, u"check-1001"_s},
                                               {u"amount_cents"_s, 15000},
                                               {u"date"_s, date},
                                               {u"payment_method"_s, u"check"_s},
                                               {u"transaction_id"_s, u"1001"_s}}));
        };
        coop.clock().set(QDateTime(QDate(2025, 9, 4), QTime(9, 0), Qt::UTC));
        payByCheck(u"2025-09-04"_s);
        coop.clock().set(QDateTime(QDate(2025, 9, 9), QTime(9, 0), Qt::UTC));
        coop.run(cmd(u"VoidPayment"_s, {{u"family_id"_s, u"f1"_s},
                                        {u"payment_id"_s, u"check-1001"_s},
                                        {u"reason"_s, u"Returned by the bank"_s}}));
        coop.run(cmd(u"CancelCharge"_s, {{u"family_id"_s, u"f1"_s},
                                         {u"charge_id"_s, u"BOOKS"_s},
                                         {u"reason"_s, u"Books lent by the library"_s}}));
        coop.clock().set(QDateTime(QDate(2025, 9, 12), QTime(9, 0), Qt::UTC));
        payByCheck(u"2025-09-12"_s);
        project(coop);

        QueryService queries(coop.location());
        // In UTC: the test clock's day is the day recorded.
        const FamilyStatement statement = familyStatement(
            queries.familyHistory(u"f1"_s), StatementPeriod{QDate(2025, 9, 1), QDate(2025, 9, 30)},
            QTimeZone::utc());
        using K = StatementLine::Kind;
        QList<K> kinds;
        for (const StatementLine& line : statement.lines)
            kinds << line.kind;
        QCOMPARE(kinds, (QList<K>{K::Charge, K::Charge, K::Payment, K::PaymentVoided,
                                  K::ChargeCancelled, K::Payment}));
        const StatementLine& bounced = statement.lines.at(2);
        QCOMPARE(bounced.transactionId, u"1001"_s);
        QCOMPARE(bounced.correctionDate, QDate(2025, 9, 9));
        QCOMPARE(statement.lines.at(3).reason, u"Returned by the bank"_s);
        QCOMPARE(statement.lines.at(3).chargeCents, 15000);
        QCOMPARE(statement.lines.at(3).correctionDate, QDate(2025, 9, 4));
        QCOMPARE(statement.lines.at(4).creditCents, 4000);
        QVERIFY(statement.lines.at(1).isTakenBack());
        QVERIFY(!statement.lines.at(5).isTakenBack());
        const std::optional<QJsonObject> family = queries.getFamily(u"f1"_s);
        QVERIFY(family);
        QCOMPARE(statement.closingCents, family->value(u"balance_cents"_s).toInteger());
        QCOMPARE(statement.closingCents, 0);
    }

private:
    const QDate m_today{2026, 1, 15};
    TempCoop m_coop;
    std::unique_ptr<QueryService> m_queries;
};

QTEST_GUILESS_MAIN(TestFamilyStatementBalances)
#include "tst_family_statement_balances.moc"
