// A family's statement (SPEC 7, docs/STATEMENTS.md) as a pure function of
// its audit trail: dates, order, the balance brought forward, corrections
// linked to what they take back, the seed's dollars, poison events.

#include "queries/family_statement.h"

#include <QTest>

using namespace coopdesk;
using namespace Qt::StringLiterals;

namespace {

// History rows as QueryService::familyHistory gives them.
class Trail
{
public:
    Trail& add(const QString& type, const QJsonObject& data, const QString& recordedOn,
               int schema = 0)
    {
        ++m_position;
        m_rows << QJsonObject{
            {u"position"_s, m_position},
            {u"event_id"_s, u"event-%1"_s.arg(m_position)},
            {u"event_type"_s, type},
            {u"schema_version"_s, schema > 0 ? schema : (type == u"PaymentReceived"_s ? 3 : 1)},
            {u"data"_s, data},
            {u"recorded_at"_s, QString(recordedOn + u"T12:00:00.000Z"_s)}};
        return *this;
    }
    Trail& charge(const QString& id, qint64 cents, const QString& due, const QString& recordedOn)
    {
        return add(u"TuitionCharged"_s,
                   {{u"charge_id"_s, id},
                    {u"month"_s, due.left(7)},
                    {u"amount_cents"_s, cents},
                    {u"due_date"_s, due}},
                   recordedOn);
    }
    Trail& pay(const QString& id, qint64 cents, const QString& date, const QString& recordedOn,
               const QString& method = u"check"_s, const QString& transaction = {})
    {
        QJsonObject data{{u"payment_id"_s, id},
                         {u"amount_cents"_s, cents},
                         {u"date"_s, date},
                         {u"payment_method"_s, method}};
        if (!transaction.isEmpty())
            data.insert(u"transaction_id"_s, transaction);
        return add(u"PaymentReceived"_s, data, recordedOn);
    }
    Trail& voidPayment(const QString& id, qint64 cents, const QString& recordedOn)
    {
        return add(u"PaymentVoided"_s,
                   {{u"payment_id"_s, id}, {u"amount_cents"_s, cents}, {u"reason"_s, u"bounced"_s}},
                   recordedOn);
    }
    Trail& cancel(const QString& id, qint64 cents, const QString& recordedOn)
    {
        return add(u"ChargeCancelled"_s,
                   {{u"charge_id"_s, id}, {u"amount_cents"_s, cents}, {u"reason"_s, u"waived"_s}},
                   recordedOn);
    }
    const QList<QJsonObject>& rows() const { return m_rows; }

private:
    QList<QJsonObject> m_rows;
    qint64 m_position = 0;
};

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const StatementPeriod everything{QDate(1900, 1, 1), QDate(2100, 12, 31)};

FamilyStatement statementOf(const Trail& trail, const StatementPeriod& period = everything)
{
    return familyStatement(trail.rows(), period, QTimeZone::utc());
}

} // namespace

class TestFamilyStatement : public QObject
{
    Q_OBJECT

private slots:
    void chargesAndPaymentsGiveARunningBalance()
    {
        Trail trail;
        trail.add(u"FamilyEnrolled"_s, {{u"family_name"_s, u"Adams"_s}}, u"2025-08-20"_s)
            .charge(u"TUI-2025-09"_s, 15000, u"2025-09-05"_s, u"2025-09-01"_s)
            .pay(u"p1"_s, 10000, u"2025-09-04"_s, u"2025-09-04"_s, u"check"_s, u"1001"_s)
            .charge(u"TUI-2025-10"_s, 15000, u"2025-10-05"_s, u"2025-10-01"_s);
        const FamilyStatement statement = statementOf(trail);
        QCOMPARE(statement.lines.size(), 3); // enrollment is no line
        QCOMPARE(statement.lines.at(0).balanceCents, 15000);
        QCOMPARE(statement.lines.at(1).balanceCents, 5000);
        QCOMPARE(statement.lines.at(1).transactionId, u"1001"_s);
        QCOMPARE(statement.lines.at(1).paymentMethod, u"check"_s);
        QCOMPARE(statement.lines.at(2).balanceCents, 20000);
        QCOMPARE(statement.lines.at(2).month, u"2025-10"_s);
        QCOMPARE(statement.lines.at(2).dueDate, d("2025-10-05"));
        QCOMPARE(statement.chargesCents, 30000);
        QCOMPARE(statement.creditsCents, 10000);
        QCOMPARE(statement.closingCents, 20000);
        QCOMPARE(statement.currentCents, 20000);
        QCOMPARE(statement.broughtForwardCents, 0);
    }

    // A charge is dated when it was made, or by its due date when that is
    // earlier; a payment by its own date, whenever it was entered. Lines go
    // by date, then by their order in the trail.
    void linesAreDatedAndOrderedAsTheFamilyLivedThem()
    {
        Trail trail;
        trail
            .charge(u"c-oct"_s, 100, u"2025-10-05"_s, u"2025-09-25"_s) // billed ahead
            .charge(u"c-old"_s, 200, u"2025-03-05"_s, u"2025-10-02"_s) // entered late
            .pay(u"p1"_s, 50, u"2025-09-20"_s, u"2025-10-03"_s);       // entered late
        const FamilyStatement statement = statementOf(trail);
        QCOMPARE(statement.lines.size(), 3);
        QCOMPARE(statement.lines.at(0).entryId, u"c-old"_s);
        QCOMPARE(statement.lines.at(0).date, d("2025-03-05"));
        QCOMPARE(statement.lines.at(1).entryId, u"p1"_s);
        QCOMPARE(statement.lines.at(1).date, d("2025-09-20"));
        QCOMPARE(statement.lines.at(2).entryId, u"c-oct"_s);
        QCOMPARE(statement.lines.at(2).date, d("2025-09-25"));
        QCOMPARE(statement.lines.at(0).balanceCents, 200);
        QCOMPARE(statement.lines.at(1).balanceCents, 150);
        QCOMPARE(statement.lines.at(2).balanceCents, 250);
    }

    void linesBeforeThePeriodAreBroughtForward()
    {
        Trail trail;
        trail.charge(u"c1"_s, 1000, u"2025-01-05"_s, u"2025-01-01"_s)
            .pay(u"p1"_s, 300, u"2025-01-10"_s, u"2025-01-10"_s)
            .charge(u"c2"_s, 1000, u"2025-02-05"_s, u"2025-02-01"_s)
            .pay(u"p2"_s, 400, u"2025-02-28"_s, u"2025-02-28"_s)
            .charge(u"c3"_s, 1000, u"2025-03-05"_s, u"2025-03-01"_s);
        const FamilyStatement statement =
            statementOf(trail, StatementPeriod{d("2025-02-01"), d("2025-02-28")});
        QCOMPARE(statement.broughtForwardCents, 700);
        QCOMPARE(statement.lines.size(), 2); // the period's first and last day included
        QCOMPARE(statement.lines.first().entryId, u"c2"_s);
        QCOMPARE(statement.lines.last().entryId, u"p2"_s);
        QCOMPARE(statement.closingCents, 1300);
        QCOMPARE(statement.lines.last().balanceCents, statement.closingCents);
        QCOMPARE(statement.laterLines, 1);
        QCOMPARE(statement.currentCents, 2300);
    }

    // SPEC 2.2: the void and the cancellation are lines of their own, and
    // what they take back still shows, marked with the correction's date.
    void correctionsAreLinesOfTheirOwn()
    {
        Trail trail;
        trail.charge(u"c1"_s, 15000, u"2025-09-05"_s, u"2025-09-01"_s)
            .pay(u"p1"_s, 15000, u"2025-09-03"_s, u"2025-09-03"_s, u"check"_s, u"1001"_s)
            .voidPayment(u"p1"_s, 15000, u"2025-09-08"_s)
            // The same payment id and check number again, as SPEC 2.2 allows.
            .pay(u"p1"_s, 15000, u"2025-09-10"_s, u"2025-09-10"_s, u"check"_s, u"1001"_s)
            .charge(u"c2"_s, 15000, u"2025-10-05"_s, u"2025-10-01"_s)
            .cancel(u"c2"_s, 15000, u"2025-10-04"_s);
        const FamilyStatement statement = statementOf(trail);
        using K = StatementLine::Kind;
        QList<K> kinds;
        for (const StatementLine& line : statement.lines)
            kinds << line.kind;
        QCOMPARE(kinds, (QList<K>{K::Charge, K::Payment, K::PaymentVoided, K::Payment, K::Charge,
                                  K::ChargeCancelled}));
        const StatementLine& voided = statement.lines.at(1);
        const StatementLine& voidLine = statement.lines.at(2);
        QVERIFY(voided.isTakenBack());
        QCOMPARE(voided.correctionDate, d("2025-09-08"));
        QCOMPARE(voidLine.correctionDate, d("2025-09-03"));
        QCOMPARE(voidLine.chargeCents, 15000);
        QCOMPARE(voidLine.reason, u"bounced"_s);
        QCOMPARE(voidLine.balanceCents, 15000);
        QVERIFY(!statement.lines.at(3).isTakenBack()); // the payment made again counts
        QVERIFY(statement.lines.at(4).isTakenBack());
        QCOMPARE(statement.lines.at(5).creditCents, 15000);
        QCOMPARE(statement.lines.at(5).correctionDate, d("2025-10-01"));
        QCOMPARE(statement.closingCents, 0);
    }

    // A void recorded in the evening UTC may name a payment dated the next
    // day (dates may lie a day ahead for time zones): it never shows before it.
    void aCorrectionNeverPrecedesWhatItTakesBack()
    {
        Trail trail;
        trail.pay(u"p1"_s, 500, u"2025-09-04"_s, u"2025-09-03"_s)
            .voidPayment(u"p1"_s, 500, u"2025-09-03"_s);
        const FamilyStatement statement = statementOf(trail);
        QCOMPARE(statement.lines.size(), 2);
        QCOMPARE(statement.lines.at(0).kind, StatementLine::Kind::Payment);
        QCOMPARE(statement.lines.at(1).date, d("2025-09-04"));
        QCOMPARE(statement.lines.at(1).balanceCents, 0);
    }

    // The day an event was recorded is the day where the desk is.
    void recordedTimesAreReadInTheDesksZone()
    {
        Trail trail;
        trail.charge(u"c1"_s, 100, u"2025-12-31"_s, u"2025-10-01"_s);
        QList<QJsonObject> rows = trail.rows();
        rows[0].insert(u"recorded_at"_s, u"2025-10-01T02:00:00.000Z"_s);
        const FamilyStatement utc = familyStatement(rows, everything, QTimeZone::utc());
        // A fixed offset (New York in October is UTC-4): no tz database needed.
        const FamilyStatement newYork = familyStatement(rows, everything, QTimeZone(-4 * 3600));
        QCOMPARE(utc.lines.first().date, d("2025-10-01"));
        QCOMPARE(newYork.lines.first().date, d("2025-09-30"));
    }

    // The seed's payments in dollars are upcast (SPEC 2); a payment whose
    // amount does not fit is a poison event: left out and counted, as the
    // read models leave it out.
    void oldSchemasAreUpcastAndPoisonEventsLeftOut()
    {
        Trail trail;
        trail.charge(u"c1"_s, 20000, u"2025-09-05"_s, u"2025-09-01"_s)
            .add(u"PaymentReceived"_s,
                 {{u"amount"_s, 125.5},
                  {u"date"_s, u"2025-09-02"_s},
                  {u"payment_method"_s, u"cash"_s}},
                 u"2025-09-02"_s, 1)
            .add(u"PaymentReceived"_s,
                 {{u"amount_cents"_s, -5},
                  {u"date"_s, u"2025-09-03"_s},
                  {u"payment_method"_s, u"cash"_s}},
                 u"2025-09-03"_s, 2);
        const FamilyStatement statement = statementOf(trail);
        QCOMPARE(statement.lines.size(), 2);
        QCOMPARE(statement.lines.at(1).creditCents, 12550);
        QCOMPARE(statement.lines.at(1).entryId, u"event-2"_s); // named by its event
        QCOMPARE(statement.unreadablePositions, QList<qint64>{3});
        QCOMPARE(statement.closingCents, 7450);
    }

    void theDefaultPeriodIsTwelveCalendarMonths()
    {
        const StatementPeriod period = defaultStatementPeriod(d("2026-01-15"));
        QCOMPARE(period.from, d("2025-02-01"));
        QCOMPARE(period.to, d("2026-01-15"));
        QVERIFY(period.contains(d("2025-02-01")));
        QVERIFY(!period.contains(d("2025-01-31")));
        QVERIFY(!period.contains(d("2026-01-16")));
    }
};

QTEST_GUILESS_MAIN(TestFamilyStatement)
#include "tst_family_statement.moc"
