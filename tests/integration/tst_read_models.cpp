// The read models of SPEC 4 as the queries of SPEC 5 return them, on real
// files: commands through the bus, the projector catching up, QueryService
// reading. Every expected value is computed by hand in the comments.

#include "domain/family_record.h"
#include "projections/projector.h"
#include "queries/query_service.h"
#include "temp_coop.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// A co-op with short-hand commands, a projector and a query service.
class Coop : public TempCoop
{
public:
    void ok(const QString& name, QJsonObject fields)
    {
        const CommandResult result = run(cmd(name, fields));
        if (!result.ok)
            m_rejected.append(name + u' ' + QString::fromUtf8(result.toJsonLine()));
    }
    void family(const QString& id, const QString& name, const QJsonObject& extra = {})
    {
        QJsonObject fields = extra;
        fields.insert(u"family_id"_s, id);
        fields.insert(u"family_name"_s, name);
        fields.insert(u"enrollment_date"_s, u"2024-09-01"_s);
        ok(u"EnrollFamily"_s, fields);
    }
    void charge(const QString& id, const QString& chargeId, qint64 cents, const QString& due)
    {
        ok(u"ChargeTuition"_s, {{u"family_id"_s, id},
                                {u"charge_id"_s, chargeId},
                                {u"month"_s, due.left(7)},
                                {u"amount_cents"_s, cents},
                                {u"due_date"_s, due}});
    }
    void pay(const QString& id, qint64 cents, const QString& date,
             const QString& method = u"card"_s)
    {
        ok(u"ReceivePayment"_s, {{u"family_id"_s, id},
                                 {u"amount_cents"_s, cents},
                                 {u"date"_s, date},
                                 {u"payment_method"_s, method}});
    }
    void risk(const QString& id, int score)
    {
        ok(u"UpdateRiskScore"_s, {{u"family_id"_s, id}, {u"new_score"_s, score}});
    }
    void engagement(const QString& id, int score)
    {
        ok(u"UpdateEngagementScore"_s, {{u"family_id"_s, id}, {u"new_score"_s, score}});
    }
    void contact(const QString& id, const QString& date, const QString& method = u"phone"_s)
    {
        ok(u"RecordContact"_s, {{u"family_id"_s, id}, {u"date"_s, date}, {u"method"_s, method}});
    }
    void withdraw(const QString& id, const QString& date = u"2025-04-01"_s)
    {
        ok(u"WithdrawFamily"_s, {{u"family_id"_s, id}, {u"date"_s, date}});
    }
    void reenroll(const QString& id, const QString& date = u"2025-05-01"_s)
    {
        ok(u"ReenrollFamily"_s, {{u"family_id"_s, id}, {u"date"_s, date}});
    }
    void child(const QString& id, const QString& name, int age = 8)
    {
        ok(u"AddChild"_s, {{u"family_id"_s, id}, {u"child_name"_s, name}, {u"child_age"_s, age}});
    }

    // Brings the read models to the head; false when a command was rejected.
    bool project()
    {
        Projector projector(location(), clock());
        projector.open();
        projector.catchUp();
        if (!m_rejected.isEmpty())
            qWarning() << "rejected:" << m_rejected;
        return m_rejected.isEmpty() && projector.projectedPosition() == store().headPosition();
    }
    QueryService& queries()
    {
        if (!m_queries)
            m_queries = std::make_unique<QueryService>(location());
        return *m_queries;
    }

private:
    QStringList m_rejected;
    std::unique_ptr<QueryService> m_queries;
};

QDate date(const char* text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

QStringList column(const QList<QJsonObject>& rows, const QString& name)
{
    QStringList values;
    for (const QJsonObject& row : rows)
        values.append(row.value(name).toVariant().toString());
    return values;
}

QJsonObject rowFor(const QList<QJsonObject>& rows, const QString& key, const QString& value)
{
    for (const QJsonObject& row : rows) {
        if (row.value(key).toString() == value)
            return row;
    }
    return {};
}

QStringList keysOf(const QJsonObject& row)
{
    QStringList keys = row.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// SQLite's NOCASE: ASCII letters folded, then the UTF-8 bytes compared.
QByteArray nocaseKey(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

} // namespace

class TestReadModels : public QObject
{
    Q_OBJECT

private slots:
    // January 2025, six families, every case of SPEC 4.3:
    //   f1 100.00 due 01-05, paid 01-03 card            on time (0)
    //   f2 200.00 due 01-05, paid 01-09 ach             late (4)
    //   f3 100.00 due 01-05, paid 40.00 01-04 cash      unsettled; withdrawn
    //   f4 100.00 due 01-10, paid 01-20 check           late (10); withdrawn
    //   f5  50.00 due 01-05 paid 01-05 card (0), 50.00 due 01-15 paid 01-22 card (7): late
    //   f6 100.00 due 01-05, paid 01-06 check           late (1)
    // settled charges' days late: 0 0 1 4 7 10 (six: even) -> median floor((1+4)/2) = 2,
    // mean 22/6 = 3.666 -> 3.67. February: f1 100.00 due 02-05, 25.00 paid by "other".
    void paymentAnalyticsRows()
    {
        Coop c;
        for (const QString& id : {u"f1"_s, u"f2"_s, u"f3"_s, u"f4"_s, u"f5"_s, u"f6"_s})
            c.family(id, id + u" Family"_s);
        c.charge(u"f1"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.pay(u"f1"_s, 10000, u"2025-01-03"_s, u"card"_s);
        c.charge(u"f2"_s, u"jan"_s, 20000, u"2025-01-05"_s);
        c.pay(u"f2"_s, 20000, u"2025-01-09"_s, u"ach"_s);
        c.charge(u"f3"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.pay(u"f3"_s, 4000, u"2025-01-04"_s, u"cash"_s);
        c.withdraw(u"f3"_s, u"2025-01-20"_s);
        c.charge(u"f4"_s, u"jan"_s, 10000, u"2025-01-10"_s);
        c.pay(u"f4"_s, 10000, u"2025-01-20"_s, u"check"_s);
        c.withdraw(u"f4"_s, u"2025-02-01"_s);
        c.charge(u"f5"_s, u"jan-a"_s, 5000, u"2025-01-05"_s);
        c.charge(u"f5"_s, u"jan-b"_s, 5000, u"2025-01-15"_s);
        c.pay(u"f5"_s, 5000, u"2025-01-05"_s, u"card"_s);
        c.pay(u"f5"_s, 5000, u"2025-01-22"_s, u"card"_s);
        c.charge(u"f6"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.pay(u"f6"_s, 10000, u"2025-01-06"_s, u"check"_s);
        c.charge(u"f1"_s, u"feb"_s, 10000, u"2025-02-05"_s);
        c.pay(u"f1"_s, 2500, u"2025-02-01"_s, u"other"_s);
        QVERIFY(c.project());

        const QList<QJsonObject> rows = c.queries().getPaymentAnalytics({}, {}, date("2025-01-06"));
        QCOMPARE(column(rows, u"month"_s), (QStringList{u"2025-02"_s, u"2025-01"_s}));
        QCOMPARE(keysOf(rows.first()), sorted(QueryService::paymentColumns()));

        const QJsonObject jan = rows.at(1);
        QCOMPARE(jan.value(u"families_active"_s).toInteger(), 6);
        QCOMPARE(jan.value(u"families_paid_on_time"_s).toInteger(), 1);
        QCOMPARE(jan.value(u"families_paid_late"_s).toInteger(), 4);
        QCOMPARE(jan.value(u"families_unsettled"_s).toInteger(), 1);
        QCOMPARE(jan.value(u"revenue_expected_cents"_s).toInteger(), 70000);
        QCOMPARE(jan.value(u"revenue_collected_cents"_s).toInteger(), 64000);
        QCOMPARE(jan.value(u"revenue_outstanding_cents"_s).toInteger(), 6000);
        QCOMPARE(jan.value(u"avg_payment_days_late"_s).toDouble(), 3.67);
        QCOMPARE(jan.value(u"median_payment_days_late"_s), QJsonValue(2));
        QCOMPARE(
            jan.value(u"payment_method_breakdown"_s).toObject(),
            (QJsonObject{
                {u"ach"_s, 20000}, {u"card"_s, 20000}, {u"cash"_s, 4000}, {u"check"_s, 20000}}));
        // f3's unsettled charge (a withdrawn family) was due 01-05: overdue from 01-06.
        QCOMPARE(jan.value(u"families_overdue"_s).toInteger(), 1);

        const QJsonObject feb = rows.at(0);
        QCOMPARE(feb.value(u"families_active"_s).toInteger(), 1);
        QCOMPARE(feb.value(u"families_paid_on_time"_s).toInteger(), 0);
        QCOMPARE(feb.value(u"families_paid_late"_s).toInteger(), 0);
        QCOMPARE(feb.value(u"families_unsettled"_s).toInteger(), 1);
        QCOMPARE(feb.value(u"revenue_expected_cents"_s).toInteger(), 10000);
        QCOMPARE(feb.value(u"revenue_collected_cents"_s).toInteger(), 2500);
        QCOMPARE(feb.value(u"revenue_outstanding_cents"_s).toInteger(), 7500);
        QVERIFY(feb.value(u"avg_payment_days_late"_s).isNull());
        QVERIFY(feb.value(u"median_payment_days_late"_s).isNull());
        QCOMPARE(feb.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"other"_s, 2500}}));
        QCOMPARE(feb.value(u"families_overdue"_s).toInteger(), 0);

        // families_overdue(as_of) counts charges due strictly before as_of.
        const auto overdue = [&](const char* asOf) {
            QList<qint64> counts;
            for (const QJsonObject& row : c.queries().getPaymentAnalytics({}, {}, date(asOf)))
                counts.append(row.value(u"families_overdue"_s).toInteger());
            return counts;
        };
        QCOMPARE(overdue("2025-01-05"), (QList<qint64>{0, 0}));
        QCOMPARE(overdue("2025-02-05"), (QList<qint64>{0, 1}));
        QCOMPARE(overdue("2025-02-06"), (QList<qint64>{1, 1}));

        // Ranges are inclusive; either bound may be open.
        QCOMPARE(column(c.queries().getPaymentAnalytics(u"2025-02"_s, {}, date("2025-03-01")),
                        u"month"_s),
                 QStringList{u"2025-02"_s});
        QCOMPARE(column(c.queries().getPaymentAnalytics({}, u"2025-01"_s, date("2025-03-01")),
                        u"month"_s),
                 QStringList{u"2025-01"_s});
        QVERIFY(c.queries()
                    .getPaymentAnalytics(u"2025-03"_s, u"2025-12"_s, date("2025-03-01"))
                    .isEmpty());

        // Paying the rest settles f3 late (paid 02-10, due 01-05: 36 days):
        // 0 0 1 4 7 10 36 -> median 4 (odd count), mean 58/7 = 8.2857 -> 8.29.
        c.ok(u"ReenrollFamily"_s, {{u"family_id"_s, u"f3"_s}, {u"date"_s, u"2025-02-10"_s}});
        c.pay(u"f3"_s, 6000, u"2025-02-10"_s, u"cash"_s);
        QVERIFY(c.project());
        const QJsonObject after =
            c.queries().getPaymentAnalytics(u"2025-01"_s, u"2025-01"_s, date("2025-03-01")).first();
        QCOMPARE(after.value(u"families_unsettled"_s).toInteger(), 0);
        QCOMPARE(after.value(u"families_paid_late"_s).toInteger(), 5);
        QCOMPARE(after.value(u"families_overdue"_s).toInteger(), 0);
        QCOMPARE(after.value(u"revenue_outstanding_cents"_s).toInteger(), 0);
        QCOMPARE(after.value(u"median_payment_days_late"_s), QJsonValue(4));
        QCOMPARE(after.value(u"avg_payment_days_late"_s).toDouble(), 8.29);
        QCOMPARE(after.value(u"payment_method_breakdown"_s).toObject().value(u"cash"_s).toInteger(),
                 10000);
    }

    // families_overdue(as_of) when a month's open charges fall due on both
    // sides of as_of: each family counted once, as soon as one of its open
    // charges of the month is due before as_of.
    void familiesOverdueAroundAsOf()
    {
        Coop c;
        c.family(u"f1"_s, u"One"_s);
        c.charge(u"f1"_s, u"a"_s, 10000, u"2025-03-05"_s); // open
        c.charge(u"f1"_s, u"b"_s, 10000, u"2025-03-20"_s); // open
        c.family(u"f2"_s, u"Two"_s);
        c.charge(u"f2"_s, u"a"_s, 10000, u"2025-03-20"_s); // open
        c.family(u"f3"_s, u"Three"_s);
        c.charge(u"f3"_s, u"a"_s, 5000, u"2025-03-01"_s);  // settled on time
        c.charge(u"f3"_s, u"b"_s, 10000, u"2025-03-05"_s); // open
        c.pay(u"f3"_s, 5000, u"2025-03-01"_s);
        c.family(u"f4"_s, u"Four"_s);
        c.charge(u"f4"_s, u"a"_s, 10000, u"2025-03-05"_s); // settled on time
        c.pay(u"f4"_s, 10000, u"2025-03-04"_s);
        QVERIFY(c.project());

        const auto march = [&](const char* asOf) {
            const QList<QJsonObject> rows =
                c.queries().getPaymentAnalytics(u"2025-03"_s, u"2025-03"_s, date(asOf));
            return rows.size() == 1 ? rows.first() : QJsonObject();
        };
        QCOMPARE(march("2025-03-21").value(u"families_unsettled"_s), QJsonValue(3));
        QCOMPARE(keysOf(march("2025-03-21")), sorted(QueryService::paymentColumns()));
        QCOMPARE(march("2025-03-01").value(u"families_overdue"_s), QJsonValue(0));
        QCOMPARE(march("2025-03-05").value(u"families_overdue"_s), QJsonValue(0));
        QCOMPARE(march("2025-03-06").value(u"families_overdue"_s), QJsonValue(2)); // f1, f3
        QCOMPARE(march("2025-03-20").value(u"families_overdue"_s), QJsonValue(2));
        QCOMPARE(march("2025-03-21").value(u"families_overdue"_s), QJsonValue(3)); // f1 once
        QCOMPARE(march("2026-01-01").value(u"families_overdue"_s), QJsonValue(3));
    }

    // An overpayment's credit is collected by the month of the charge it
    // settles, with the method of the payment it came from.
    void creditIsCollectedByTheMonthItSettles()
    {
        Coop c;
        c.family(u"f1"_s, u"Credit Family"_s);
        c.pay(u"f1"_s, 15000, u"2024-12-20"_s, u"ach"_s); // before any charge
        c.charge(u"f1"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.charge(u"f1"_s, u"feb"_s, 10000, u"2025-02-05"_s);
        c.pay(u"f1"_s, 5000, u"2025-02-07"_s, u"cash"_s);
        QVERIFY(c.project());
        const QList<QJsonObject> rows = c.queries().getPaymentAnalytics({}, {}, date("2025-03-01"));
        QCOMPARE(rows.size(), 2);
        const QJsonObject feb = rows.at(0);
        const QJsonObject jan = rows.at(1);
        QCOMPARE(jan.value(u"families_paid_on_time"_s).toInteger(), 1);
        QCOMPARE(jan.value(u"median_payment_days_late"_s), QJsonValue(0));
        QCOMPARE(jan.value(u"avg_payment_days_late"_s).toDouble(), 0.0);
        QCOMPARE(jan.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"ach"_s, 10000}}));
        QCOMPARE(feb.value(u"families_paid_late"_s).toInteger(), 1);
        QCOMPARE(feb.value(u"median_payment_days_late"_s), QJsonValue(2));
        QCOMPARE(feb.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"ach"_s, 5000}, {u"cash"_s, 5000}}));

        const QList<QJsonObject> charges = c.queries().familyCharges(u"f1"_s);
        QCOMPARE(column(charges, u"charge_id"_s), (QStringList{u"jan"_s, u"feb"_s}));
        QCOMPARE(charges.at(0).value(u"settled_on"_s).toString(), u"2024-12-20"_s);
        QCOMPARE(charges.at(0).value(u"days_late"_s), QJsonValue(0));
        QCOMPARE(charges.at(1).value(u"settled_on"_s).toString(), u"2025-02-07"_s);
        QCOMPARE(charges.at(1).value(u"days_late"_s), QJsonValue(2));
        QCOMPARE(c.queries().getFamily(u"f1"_s)->value(u"balance_cents"_s).toInteger(), 0);
    }

    void tierBoundaries_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("tier");
        QTest::newRow("39") << 39 << u"low"_s;
        QTest::newRow("40") << 40 << u"medium"_s;
        QTest::newRow("69") << 69 << u"medium"_s;
        QTest::newRow("70") << 70 << u"high"_s;
        QTest::newRow("84") << 84 << u"high"_s;
        QTest::newRow("85") << 85 << u"critical"_s;
        QTest::newRow("0") << 0 << u"low"_s;
        QTest::newRow("100") << 100 << u"critical"_s;
    }
    void tierBoundaries()
    {
        QFETCH(int, score);
        QFETCH(QString, tier);
        Coop c;
        c.family(u"f1"_s, u"Tier Family"_s);
        c.risk(u"f1"_s, score);
        QVERIFY(c.project());
        const auto row = c.queries().getFamily(u"f1"_s);
        QVERIFY(row);
        QCOMPARE(row->value(u"risk_score"_s).toInt(), score);
        QCOMPARE(row->value(u"risk_tier"_s).toString(), tier);
        const QList<QJsonObject> tiers = c.queries().getFamiliesByRiskTier();
        QCOMPARE(tiers.size(), 1);
        QCOMPARE(tiers.first().value(u"risk_tier"_s).toString(), tier);
        QCOMPARE(tiers.first().value(u"count"_s).toInteger(), 1);
        QCOMPARE(tiers.first().value(u"avg_risk"_s).toDouble(), double(score));
    }

    void familiesByRiskTier()
    {
        Coop c;
        QVERIFY(c.project());
        QVERIFY(c.queries().getFamiliesByRiskTier().isEmpty());

        // low: 39 (eng 10) and a family never scored (0, 0)
        // medium: 40 (eng 1), 69 (eng 0), 40 (eng 0): avg risk 149/3 = 49.67, eng 0.33
        // high: 70 (eng 50), 84 (eng 51): avg risk 77, eng 50.5
        // critical: 85 (eng 99), withdrawn 90 (excluded)
        const QList<std::tuple<QString, int, int>> families{
            {u"l1"_s, 39, 10}, {u"m1"_s, 40, 1},  {u"m2"_s, 69, 0},  {u"m3"_s, 40, 0},
            {u"h1"_s, 70, 50}, {u"h2"_s, 84, 51}, {u"c1"_s, 85, 99}, {u"c2"_s, 90, 20}};
        for (const auto& [id, riskScore, engagementScore] : families) {
            c.family(id, id);
            c.risk(id, riskScore);
            c.engagement(id, engagementScore);
        }
        c.family(u"l2"_s, u"Never Scored"_s);
        c.withdraw(u"c2"_s);
        QVERIFY(c.project());

        QList<QJsonObject> tiers = c.queries().getFamiliesByRiskTier();
        QCOMPARE(column(tiers, u"risk_tier"_s),
                 (QStringList{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}));
        QCOMPARE(keysOf(tiers.first()), sorted(QueryService::tierColumns()));
        QCOMPARE(column(tiers, u"count"_s), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"2"_s}));
        QCOMPARE(tiers.at(0).value(u"avg_risk"_s).toDouble(), 85.0);
        QCOMPARE(tiers.at(0).value(u"avg_engagement"_s).toDouble(), 99.0);
        QCOMPARE(tiers.at(1).value(u"avg_risk"_s).toDouble(), 77.0);
        QCOMPARE(tiers.at(1).value(u"avg_engagement"_s).toDouble(), 50.5);
        QCOMPARE(tiers.at(2).value(u"avg_risk"_s).toDouble(), 49.67);
        QCOMPARE(tiers.at(2).value(u"avg_engagement"_s).toDouble(), 0.33);
        QCOMPARE(tiers.at(3).value(u"avg_risk"_s).toDouble(), 19.5);
        QCOMPARE(tiers.at(3).value(u"avg_engagement"_s).toDouble(), 5.0);

        // Withdrawing the last critical family empties its tier: omitted.
        // Moving h1 to medium and re-enrolling c2 (critical, 90, eng 20) change the rest.
        c.withdraw(u"c1"_s);
        c.risk(u"h1"_s, 41);
        QVERIFY(c.project());
        tiers = c.queries().getFamiliesByRiskTier();
        QCOMPARE(column(tiers, u"risk_tier"_s), (QStringList{u"high"_s, u"medium"_s, u"low"_s}));
        QCOMPARE(column(tiers, u"count"_s), (QStringList{u"1"_s, u"4"_s, u"2"_s}));
        // medium: 40 69 40 41 -> 47.5; eng 1 0 0 50 -> 12.75
        QCOMPARE(tiers.at(1).value(u"avg_risk"_s).toDouble(), 47.5);
        QCOMPARE(tiers.at(1).value(u"avg_engagement"_s).toDouble(), 12.75);

        c.reenroll(u"c2"_s);
        QVERIFY(c.project());
        tiers = c.queries().getFamiliesByRiskTier();
        QCOMPARE(column(tiers, u"risk_tier"_s),
                 (QStringList{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}));
        QCOMPARE(tiers.at(0).value(u"count"_s).toInteger(), 1);
        QCOMPARE(tiers.at(0).value(u"avg_risk"_s).toDouble(), 90.0);
        QCOMPARE(tiers.at(0).value(u"avg_engagement"_s).toDouble(), 20.0);
    }

    void atRiskView()
    {
        Coop c;
        // Delta: 75, never contacted, in credit           -> 85, personal_checkin_7d, 75 days
        // Bravo: 75, contacted 03-01, owes 100.00          -> 80, payment_plan_offer, 75 days
        // charlie: 90, contacted, balance 0                -> 90, coordinator_call_48h, 30 days
        // Echo: 98, never contacted, owes                  -> 113, coordinator_call_48h, 7 days
        // Foxtrot: 69                                      -> not in the view
        // alpha (z-alpha), Alpha (a-alpha), Beta: 80, contacted -> 80 each, NOCASE then id
        c.family(u"delta"_s, u"Delta"_s);
        c.risk(u"delta"_s, 75);
        c.pay(u"delta"_s, 1000, u"2025-02-01"_s);
        c.family(u"bravo"_s, u"Bravo"_s,
                 {{u"preferred_contact_channel"_s, u"sms"_s},
                  {u"assigned_coordinator"_s, u"Grace Park"_s}});
        c.risk(u"bravo"_s, 75);
        c.contact(u"bravo"_s, u"2025-03-01"_s, u"phone"_s);
        c.charge(u"bravo"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.family(u"charlie"_s, u"charlie"_s);
        c.risk(u"charlie"_s, 90);
        c.contact(u"charlie"_s, u"2025-02-20"_s, u"email"_s);
        c.family(u"echo"_s, u"Echo"_s);
        c.risk(u"echo"_s, 98);
        c.charge(u"echo"_s, u"jan"_s, 10000, u"2025-01-05"_s);
        c.family(u"foxtrot"_s, u"Foxtrot"_s);
        c.risk(u"foxtrot"_s, 69);
        for (const auto& [id, name] :
             {std::pair(u"z-alpha"_s, u"alpha"_s), std::pair(u"a-alpha"_s, u"Alpha"_s),
              std::pair(u"m-beta"_s, u"Beta"_s)}) {
            c.family(id, name);
            c.risk(id, 80);
            c.contact(id, u"2025-03-05"_s);
        }
        QVERIFY(c.project());

        const QDate asOf = date("2025-03-11");
        QList<QJsonObject> rows = c.queries().listAtRiskFamilies(70, asOf);
        QCOMPARE(column(rows, u"family_id"_s),
                 (QStringList{u"echo"_s, u"charlie"_s, u"delta"_s, u"a-alpha"_s, u"z-alpha"_s,
                              u"m-beta"_s, u"bravo"_s}));
        QCOMPARE(column(rows, u"intervention_priority"_s),
                 (QStringList{u"113"_s, u"90"_s, u"85"_s, u"80"_s, u"80"_s, u"80"_s, u"80"_s}));
        QCOMPARE(column(rows, u"recommended_intervention"_s),
                 (QStringList{u"coordinator_call_48h"_s, u"coordinator_call_48h"_s,
                              u"personal_checkin_7d"_s, u"personal_checkin_7d"_s,
                              u"personal_checkin_7d"_s, u"personal_checkin_7d"_s,
                              u"payment_plan_offer"_s}));
        QCOMPARE(column(rows, u"days_until_predicted_withdrawal"_s),
                 (QStringList{u"7"_s, u"30"_s, u"75"_s, u"60"_s, u"60"_s, u"60"_s, u"75"_s}));
        QCOMPARE(keysOf(rows.first()), sorted(QueryService::atRiskColumns()));

        const QJsonObject bravo = rowFor(rows, u"family_id"_s, u"bravo"_s);
        QCOMPARE(bravo.value(u"family_name"_s).toString(), u"Bravo"_s);
        QCOMPARE(bravo.value(u"risk_score"_s).toInt(), 75);
        QCOMPARE(bravo.value(u"risk_tier"_s).toString(), u"high"_s);
        QCOMPARE(bravo.value(u"risk_factors"_s).toObject(), QJsonObject());
        QCOMPARE(bravo.value(u"last_contact_date"_s).toString(), u"2025-03-01"_s);
        QCOMPARE(bravo.value(u"last_contact_method"_s).toString(), u"phone"_s);
        QCOMPARE(bravo.value(u"days_since_contact"_s), QJsonValue(10));
        QCOMPARE(bravo.value(u"preferred_contact_channel"_s).toString(), u"sms"_s);
        QCOMPARE(bravo.value(u"assigned_coordinator"_s).toString(), u"Grace Park"_s);
        QCOMPARE(bravo.value(u"last_updated"_s).toString(), u"2026-01-15T10:00:00.000Z"_s);
        const QJsonObject echo = rowFor(rows, u"family_id"_s, u"echo"_s);
        QVERIFY(echo.value(u"days_since_contact"_s).isNull());
        QVERIFY(echo.value(u"last_contact_date"_s).isNull());
        QVERIFY(echo.value(u"last_contact_method"_s).isNull());

        // days_since_contact(as_of) = max(0, as_of - last_contact_date).
        const QJsonObject early = rowFor(c.queries().listAtRiskFamilies(70, date("2025-02-01")),
                                         u"family_id"_s, u"bravo"_s);
        QCOMPARE(early.value(u"days_since_contact"_s), QJsonValue(0));

        // A minimum below 70 behaves as 70; above it filters.
        QCOMPARE(c.queries().listAtRiskFamilies(10, asOf), rows);
        QCOMPARE(c.queries().listAtRiskFamilies(-5, asOf), rows);
        QCOMPARE(column(c.queries().listAtRiskFamilies(90, asOf), u"family_id"_s),
                 (QStringList{u"echo"_s, u"charlie"_s}));
        QCOMPARE(column(c.queries().listAtRiskFamilies(76, asOf), u"family_id"_s),
                 (QStringList{u"echo"_s, u"charlie"_s, u"a-alpha"_s, u"z-alpha"_s, u"m-beta"_s}));
        QVERIFY(c.queries().listAtRiskFamilies(99, asOf).isEmpty());

        // Leaves below 70 and on withdrawal; comes back when it qualifies again.
        c.risk(u"delta"_s, 69);
        c.withdraw(u"charlie"_s);
        c.pay(u"bravo"_s, 10000, u"2025-03-12"_s); // balance 0: check-in, 75
        c.risk(u"foxtrot"_s, 70);                  // joins: never contacted -> 80
        QVERIFY(c.project());
        rows = c.queries().listAtRiskFamilies(70, asOf);
        QCOMPARE(column(rows, u"family_id"_s),
                 (QStringList{u"echo"_s, u"a-alpha"_s, u"z-alpha"_s, u"m-beta"_s, u"foxtrot"_s,
                              u"bravo"_s}));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"bravo"_s).value(u"recommended_intervention"_s),
                 QJsonValue(u"personal_checkin_7d"_s));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"bravo"_s).value(u"intervention_priority"_s),
                 QJsonValue(75));
        QCOMPARE(
            rowFor(rows, u"family_id"_s, u"foxtrot"_s).value(u"days_until_predicted_withdrawal"_s),
            QJsonValue(90));

        c.risk(u"delta"_s, 70);
        c.reenroll(u"charlie"_s);
        c.contact(u"echo"_s, u"2025-03-10"_s, u"in_person"_s); // 98 + 5 = 103
        QVERIFY(c.project());
        rows = c.queries().listAtRiskFamilies(70, asOf);
        QCOMPARE(column(rows, u"family_id"_s),
                 (QStringList{u"echo"_s, u"charlie"_s, u"a-alpha"_s, u"z-alpha"_s, u"m-beta"_s,
                              u"delta"_s, u"foxtrot"_s, u"bravo"_s}));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"echo"_s).value(u"intervention_priority"_s),
                 QJsonValue(103));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"echo"_s).value(u"days_since_contact"_s),
                 QJsonValue(1));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"echo"_s).value(u"last_contact_method"_s),
                 QJsonValue(u"in_person"_s));
        // delta: 70, never contacted, in credit -> 80; after foxtrot? same priority
        // and score, so by name: Delta < Foxtrot.
        QCOMPARE(rowFor(rows, u"family_id"_s, u"delta"_s).value(u"intervention_priority"_s),
                 QJsonValue(80));
        QCOMPARE(rowFor(rows, u"family_id"_s, u"delta"_s).value(u"risk_tier"_s),
                 QJsonValue(u"high"_s));
    }

    void search()
    {
        Coop c;
        c.family(u"f1"_s, u"Émile Durand"_s,
                 {{u"parent_name"_s, u"Chloé Durand"_s}, {u"email"_s, u"chloe@example.org"_s}});
        c.family(u"f2"_s, u"Emile Martin"_s, {{u"email"_s, u"a_b@example.org"_s}});
        c.family(u"f3"_s, u"100% Homeschool"_s, {{u"email"_s, u"abc@example.org"_s}});
        c.family(u"f4"_s, u"Martinez Family"_s, {{u"parent_name"_s, u"Laura Martinez"_s}});
        c.child(u"f4"_s, u"Xiomara"_s);
        c.child(u"f4"_s, u"Bo"_s);
        c.family(u"f5"_s, u"O'Brien Family"_s);
        c.family(u"f6"_s, u"Σοφία Müller"_s);
        QVERIFY(c.project());

        const auto ids = [&](const QString& term) {
            return column(c.queries().searchFamilies(term), u"family_id"_s);
        };
        // Case folds, also beyond ASCII; accents stay.
        QCOMPARE(ids(u"émile"_s), QStringList{u"f1"_s});
        QCOMPARE(ids(u"ÉMILE"_s), QStringList{u"f1"_s});
        QCOMPARE(ids(u"Émi"_s), QStringList{u"f1"_s});
        QCOMPARE(ids(u"emile"_s), QStringList{u"f2"_s});
        QCOMPARE(ids(u"chloé"_s), QStringList{u"f1"_s});
        QCOMPARE(ids(u"CHLOE"_s), QStringList{u"f1"_s}); // in the e-mail, without accent
        QCOMPARE(ids(u"ΣΟΦΊΑ"_s), QStringList{u"f6"_s});
        QCOMPARE(ids(u"MÜLLER"_s), QStringList{u"f6"_s});
        QCOMPARE(ids(u"muller"_s), QStringList());
        // Short terms (under a trigram) scan, with the same folding.
        QCOMPARE(ids(u"σΟ"_s), QStringList{u"f6"_s});
        QCOMPARE(ids(u"Ü"_s), QStringList{u"f6"_s});
        QCOMPARE(ids(u"ÉM"_s), QStringList{u"f1"_s});
        QCOMPARE(ids(u"é"_s), QStringList{u"f1"_s});  // Émile, Chloé
        QCOMPARE(ids(u"bo"_s), QStringList{u"f4"_s}); // a child's name
        QCOMPARE(ids(u"'b"_s), QStringList{u"f5"_s});
        // % and _ are plain characters, not wildcards.
        QCOMPARE(ids(u"%"_s), QStringList{u"f3"_s});
        QCOMPARE(ids(u"0% H"_s), QStringList{u"f3"_s});
        QCOMPARE(ids(u"_"_s), QStringList{u"f2"_s});
        QCOMPARE(ids(u"a_b"_s), QStringList{u"f2"_s});
        QCOMPARE(ids(u"a%b"_s), QStringList());
        QCOMPARE(ids(u"a_c"_s), QStringList());
        // Trimmed; empty means nothing.
        QCOMPARE(ids(u"  martin\t"_s), (QStringList{u"f2"_s, u"f4"_s}));
        QCOMPARE(ids(QString()), QStringList());
        QCOMPARE(ids(u"   "_s), QStringList());
        // Children's names, parent names, quotes.
        QCOMPARE(ids(u"xiom"_s), QStringList{u"f4"_s});
        QCOMPARE(ids(u"laura m"_s), QStringList{u"f4"_s});
        QCOMPARE(ids(u"o'brien"_s), QStringList{u"f5"_s});
        QCOMPARE(ids(u"\"quoted\""_s), QStringList());
        QCOMPARE(ids(u"nobody"_s), QStringList());
        QCOMPARE(keysOf(c.queries().searchFamilies(u"xiom"_s).first()), sorted(familyColumns()));

        // A changed e-mail is found by its new text only.
        c.ok(u"ChangeContactDetails"_s,
             {{u"family_id"_s, u"f2"_s}, {u"email"_s, u"new@host.org"_s}});
        c.child(u"f1"_s, u"Zéphyrine"_s);
        QVERIFY(c.project());
        QCOMPARE(ids(u"a_b"_s), QStringList());
        QCOMPARE(ids(u"new@"_s), QStringList{u"f2"_s});
        QCOMPARE(ids(u"ZÉPHYR"_s), QStringList{u"f1"_s});

        // A corrected name (SPEC 2.2) is found by its new text only.
        c.ok(u"CorrectEnrollment"_s,
             {{u"family_id"_s, u"f5"_s}, {u"family_name"_s, u"Quigley Family"_s}});
        QVERIFY(c.project());
        QCOMPARE(ids(u"quigley"_s), QStringList{u"f5"_s});
        QCOMPARE(ids(u"o'brien"_s), QStringList());
    }

    void searchReturnsAtMostFiftyByName()
    {
        Coop c;
        // Names in mixed case: NOCASE order is by number; ties by family_id.
        for (int i = 60; i >= 1; --i) {
            const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            c.family(u"id-"_s + number, (i % 2 ? u"bulk "_s : u"Bulk "_s) + number + u" Family"_s);
        }
        c.family(u"b-twin"_s, u"BULK 07 Family"_s);
        c.family(u"a-twin"_s, u"bulk 07 family"_s);
        QVERIFY(c.project());
        const QList<QJsonObject> rows = c.queries().searchFamilies(u"BULK"_s);
        QCOMPARE(rows.size(), 50);
        const QStringList ids = column(rows, u"family_id"_s);
        QCOMPARE(ids.mid(0, 9),
                 (QStringList{u"id-01"_s, u"id-02"_s, u"id-03"_s, u"id-04"_s, u"id-05"_s,
                              u"id-06"_s, u"a-twin"_s, u"b-twin"_s, u"id-07"_s}));
        QCOMPARE(ids.last(), u"id-48"_s);
        QCOMPARE(c.queries().searchFamilies(u"bu"_s).size(), 50);
    }

    // Past a thousand search documents, trigrams most of them hold ("Fam",
    // "ily", "exa") no longer find the candidates (the rare ones do, and
    // each candidate is checked whole): the families found, their count and
    // their order stay those of SPEC 4.5 and 5, computed here by brute force.
    void searchOnALargeIndex()
    {
        Coop c;
        struct Searchable
        {
            QString id;
            QString name;
            QStringList texts;
        };
        QList<Searchable> families;
        QList<QJsonObject> commands;
        const auto enroll = [&](const QString& id, const QString& name, const QString& parent,
                                const QString& email, const QStringList& children) {
            commands.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, id},
                                                    {u"family_name"_s, name},
                                                    {u"enrollment_date"_s, u"2024-09-01"_s},
                                                    {u"parent_name"_s, parent},
                                                    {u"email"_s, email}}));
            for (const QString& child : children)
                commands.append(
                    cmd(u"AddChild"_s,
                        {{u"family_id"_s, id}, {u"child_name"_s, child}, {u"child_age"_s, 8}}));
            families.append({id, name, QStringList{name, parent, email} + children});
        };
        for (int i = 0; i < 1200; ++i) {
            const QString number = QString::number(i);
            enroll(u"f%1"_s.arg(i, 4, 10, QLatin1Char('0')),
                   (i % 2 ? u"Family "_s : u"FAMILY "_s) + number, u"Parent "_s + number,
                   u"parent"_s + number + u"@example.org"_s, {u"Child "_s + number});
        }
        enroll(u"g1"_s, u"Famille Σοφία 1234"_s, u"Chloé Müller"_s, u"chloe1234@example.org"_s,
               {u"Zoé 1234"_s, u"Éloïse 1234"_s});
        enroll(u"g2"_s, u"family 1234 müller"_s, u"Parent 1234"_s, u"x_1234%@example.org"_s, {});
        const CommandBus::BatchResult batch = c.bus().dispatchBatch(commands);
        QVERIFY(batch.committed);
        QVERIFY(std::all_of(batch.results.cbegin(), batch.results.cend(),
                            [](const CommandResult& result) { return result.ok; }));
        QVERIFY(c.project());

        const auto expected = [&](const QString& term) {
            const QString folded = term.trimmed().toCaseFolded();
            QList<const Searchable*> found;
            for (const Searchable& family : families) {
                if (std::any_of(
                        family.texts.cbegin(), family.texts.cend(),
                        [&](const QString& text) { return text.toCaseFolded().contains(folded); }))
                    found.append(&family);
            }
            std::sort(found.begin(), found.end(), [](const Searchable* a, const Searchable* b) {
                const QByteArray x = nocaseKey(a->name);
                const QByteArray y = nocaseKey(b->name);
                return x != y ? x < y : a->id < b->id;
            });
            QStringList ids;
            for (const Searchable* family : found)
                ids.append(family->id);
            return ids;
        };
        QueryService& q = c.queries();
        FamilySort byName;
        for (const QString& term :
             {u"Family 1050"_s,     u"family 105"_s, u"FAMILY 10"_s,     u"mily 7"_s,
              u"ly 1199"_s,         u"Parent 999"_s, u"parent42@exa"_s,  u"@example.org"_s,
              u"Child 1"_s,         u"Family"_s,     u"ΣΟΦΊΑ 1234"_s,    u"éloïse 1234"_s,
              u"ELOISE 1234"_s,     u"MÜLLER"_s,     u"1234 mül"_s,      u"x_1234%"_s,
              u"_1234%@"_s,         u"ily 12345"_s,  u" family 1234 "_s, u"\"1234"_s,
              u"ly 1\" OR 1=1 --"_s}) {
            const QStringList all = expected(term);
            QCOMPARE(column(q.searchFamilies(term), u"family_id"_s), all.mid(0, 50));
            FamilyFilter filter;
            filter.search = term;
            QCOMPARE(q.countFamilies(filter), qint64(all.size()));
            QCOMPARE(column(q.listFamilies(filter, byName, 0, 100), u"family_id"_s),
                     all.mid(0, 100));
        }
    }

    void listAndCountFamilies()
    {
        Coop c;
        c.family(u"f1"_s, u"alpha"_s);
        c.risk(u"f1"_s, 90);
        c.family(u"f2"_s, u"Bravo"_s);
        c.risk(u"f2"_s, 45);
        c.charge(u"f2"_s, u"jan"_s, 5000, u"2025-01-05"_s);
        c.family(u"f3"_s, u"charlie"_s);
        c.risk(u"f3"_s, 88);
        c.withdraw(u"f3"_s);
        c.family(u"f4"_s, u"Delta"_s);
        c.pay(u"f4"_s, 700, u"2025-01-01"_s);
        c.family(u"f5"_s, u"echo"_s);
        c.child(u"f5"_s, u"Alphonse"_s);
        QVERIFY(c.project());

        QueryService& q = c.queries();
        const auto ids = [&](const FamilyFilter& filter, const FamilySort& sort, qint64 offset,
                             qint64 limit) {
            return column(q.listFamilies(filter, sort, offset, limit), u"family_id"_s);
        };
        const FamilySort byName;
        QCOMPARE(ids({}, byName, 0, 100),
                 (QStringList{u"f1"_s, u"f2"_s, u"f3"_s, u"f4"_s, u"f5"_s}));
        QCOMPARE(ids({}, byName, 1, 2), (QStringList{u"f2"_s, u"f3"_s}));
        QCOMPARE(ids({}, byName, 4, 10), QStringList{u"f5"_s});
        QCOMPARE(ids({}, byName, 5, 10), QStringList());
        QCOMPARE(ids({}, {u"family_name"_s, true}, 0, 2), (QStringList{u"f5"_s, u"f4"_s}));
        QCOMPARE(ids({}, {u"risk_score"_s, true}, 0, 100),
                 (QStringList{u"f1"_s, u"f3"_s, u"f2"_s, u"f5"_s, u"f4"_s}));
        QCOMPARE(ids({}, {u"balance_cents"_s, false}, 0, 100),
                 (QStringList{u"f4"_s, u"f1"_s, u"f3"_s, u"f5"_s, u"f2"_s}));
        // An unknown sort column falls back to the name.
        QCOMPARE(ids({}, {u"email; DROP TABLE x"_s, false}, 0, 100),
                 (QStringList{u"f1"_s, u"f2"_s, u"f3"_s, u"f4"_s, u"f5"_s}));

        FamilyFilter enrolled;
        enrolled.status = u"enrolled"_s;
        QCOMPARE(ids(enrolled, byName, 0, 100), (QStringList{u"f1"_s, u"f2"_s, u"f4"_s, u"f5"_s}));
        QCOMPARE(q.countFamilies(enrolled), 4);
        FamilyFilter withdrawn;
        withdrawn.status = u"withdrawn"_s;
        QCOMPARE(ids(withdrawn, byName, 0, 100), QStringList{u"f3"_s});
        QCOMPARE(q.countFamilies(withdrawn), 1);
        FamilyFilter critical;
        critical.tier = u"critical"_s;
        QCOMPARE(ids(critical, byName, 0, 100), (QStringList{u"f1"_s, u"f3"_s}));
        critical.status = u"enrolled"_s;
        QCOMPARE(ids(critical, byName, 0, 100), QStringList{u"f1"_s});
        QCOMPARE(q.countFamilies(critical), 1);
        FamilyFilter searching;
        searching.search = u" ALPH "_s; // alpha, and echo's child Alphonse
        QCOMPARE(ids(searching, byName, 0, 100), (QStringList{u"f1"_s, u"f5"_s}));
        QCOMPARE(q.countFamilies(searching), 2);
        searching.search = u"lp"_s; // short: scanned
        QCOMPARE(ids(searching, byName, 0, 100), (QStringList{u"f1"_s, u"f5"_s}));
        searching.tier = u"low"_s;
        QCOMPARE(ids(searching, byName, 0, 100), QStringList{u"f5"_s});
        QCOMPARE(q.countFamilies(searching), 1);
        QCOMPARE(q.countFamilies({}), 5);

        const QJsonObject f5 = q.listFamilies(searching, byName, 0, 1).first();
        QCOMPARE(keysOf(f5), sorted(familyColumns()));
        QCOMPARE(f5.value(u"children_names"_s).toArray(), QJsonArray{u"Alphonse"_s});
        QCOMPARE(f5.value(u"risk_factors"_s).toObject(), QJsonObject());
        QVERIFY(!q.getFamily(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestReadModels)
#include "tst_read_models.moc"
