// The pure fold of a family's events (SPEC 4.1) and the first-in first-out
// settlement of its charges (SPEC 4.2), on examples computed by hand.

#include "domain/family_record.h"

#include <QJsonArray>
#include <QTest>

using namespace coopdesk;
using namespace Qt::StringLiterals;

namespace {

// Feeds events to one FamilyRecord the way the projections do: positions
// and stream versions count up, each event recorded a minute after the last.
class Family
{
public:
    explicit Family(const QString& id = QStringLiteral("f1"), qint64 firstPosition = 1)
        : m_position(firstPosition - 1)
    {
        m_record.familyId = id;
    }

    SettlementChange apply(const QString& type, const QJsonObject& data)
    {
        RecordedEvent event;
        event.position = ++m_position;
        event.streamId = m_record.familyId;
        event.streamType = QStringLiteral("Family");
        event.streamVersion = ++m_version;
        event.eventType = type;
        event.recordedAt =
            QStringLiteral("2026-01-15T10:%1:00.000Z").arg(m_version % 60, 2, 10, QLatin1Char('0'));
        return applyFamilyEvent(m_record, event, data);
    }

    // Another stream's event took the next global position.
    void skipPositions(qint64 count) { m_position += count; }
    qint64 position() const { return m_position; }

    SettlementChange enroll(const QString& name = QStringLiteral("Martinez Family"),
                            const QString& date = QStringLiteral("2024-09-01"))
    {
        return apply(QStringLiteral("FamilyEnrolled"),
                     {{QStringLiteral("family_name"), name},
                      {QStringLiteral("enrollment_date"), date},
                      {QStringLiteral("preferred_contact_channel"), QStringLiteral("email")}});
    }
    SettlementChange charge(const QString& id, qint64 cents, const QString& due,
                            const QString& month = {})
    {
        return apply(QStringLiteral("TuitionCharged"),
                     {{QStringLiteral("charge_id"), id},
                      {QStringLiteral("month"), month.isEmpty() ? due.left(7) : month},
                      {QStringLiteral("amount_cents"), cents},
                      {QStringLiteral("due_date"), due}});
    }
    SettlementChange pay(qint64 cents, const QString& date,
                         const QString& method = QStringLiteral("card"), QString paymentId = {})
    {
        if (paymentId.isEmpty())
            paymentId = QStringLiteral("p%1").arg(m_position + 1);
        return apply(QStringLiteral("PaymentReceived"),
                     {{QStringLiteral("payment_id"), paymentId},
                      {QStringLiteral("amount_cents"), cents},
                      {QStringLiteral("date"), date},
                      {QStringLiteral("payment_method"), method}});
    }
    SettlementChange voidPayment(const QString& paymentId)
    {
        return apply(QStringLiteral("PaymentVoided"),
                     {{QStringLiteral("payment_id"), paymentId},
                      {QStringLiteral("reason"), QStringLiteral("bounced")}});
    }
    SettlementChange cancelCharge(const QString& chargeId)
    {
        return apply(QStringLiteral("ChargeCancelled"),
                     {{QStringLiteral("charge_id"), chargeId},
                      {QStringLiteral("reason"), QStringLiteral("scholarship")}});
    }
    SettlementChange contact(const QString& date, const QString& method)
    {
        return apply(QStringLiteral("ContactRecorded"),
                     {{QStringLiteral("date"), date}, {QStringLiteral("method"), method}});
    }
    SettlementChange attendance(bool attended)
    {
        return apply(QStringLiteral("AttendanceRecorded"),
                     {{QStringLiteral("event_name"), QStringLiteral("Park day")},
                      {QStringLiteral("date"), QStringLiteral("2025-03-01")},
                      {QStringLiteral("attended"), attended}});
    }

    const FamilyRecord& record() const { return m_record; }
    QJsonObject row() const { return m_record.toJson(); }

    // Every charge the family has, settled or open, by id.
    Charge chargeById(const QString& id) const
    {
        const auto found = m_charges.constFind(id);
        return found == m_charges.constEnd() ? Charge{} : found.value();
    }
    // Keeps the charges an event reported as changed (as family_charges does).
    SettlementChange track(const SettlementChange& change)
    {
        if (change.replacesAll)
            m_charges.clear();
        for (const Charge& charge : change.charges)
            m_charges.insert(charge.chargeId, charge);
        return change;
    }

private:
    FamilyRecord m_record;
    QHash<QString, Charge> m_charges;
    qint64 m_position = 0;
    qint64 m_version = 0;
};

QStringList chargeIds(const QList<Charge>& charges)
{
    QStringList ids;
    for (const Charge& charge : charges)
        ids.append(charge.chargeId);
    return ids;
}

} // namespace

class TestFamilyRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundingIsHalfUpOnIntegers_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("expected");
        QTest::newRow("2.5 -> 3 (not banker's 2)") << qint64(5) << qint64(2) << 0 << 3.0;
        QTest::newRow("7.5 -> 8") << qint64(15) << qint64(2) << 0 << 8.0;
        QTest::newRow("0.333 -> 0") << qint64(1) << qint64(3) << 0 << 0.0;
        QTest::newRow("3.125 -> 3.13") << qint64(100) << qint64(32) << 2 << 3.13;
        QTest::newRow("66.666 -> 66.67") << qint64(200) << qint64(3) << 2 << 66.67;
        QTest::newRow("16.666 -> 16.67") << qint64(100) << qint64(6) << 2 << 16.67;
        QTest::newRow("2.345 -> 2.35") << qint64(469) << qint64(200) << 2 << 2.35;
        QTest::newRow("0") << qint64(0) << qint64(7) << 2 << 0.0;
    }
    void roundingIsHalfUpOnIntegers()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(int, decimals);
        QFETCH(double, expected);
        QCOMPARE(roundedHalfUp(numerator, denominator, decimals), expected);
    }

    void daysBetweenCountsCalendarDays()
    {
        QCOMPARE(daysBetween(QStringLiteral("2025-01-05"), QStringLiteral("2025-01-09")), 4);
        QCOMPARE(daysBetween(QStringLiteral("2025-02-25"), QStringLiteral("2025-03-01")), 4);
        QCOMPARE(daysBetween(QStringLiteral("2024-02-25"), QStringLiteral("2024-03-01")), 5);
        QCOMPARE(daysBetween(QStringLiteral("2025-01-09"), QStringLiteral("2025-01-05")), -4);
    }

    void newFamilyHasTheDefaults()
    {
        Family f;
        f.enroll();
        const QJsonObject row = f.row();
        QCOMPARE(row.keys().size(), familyColumns().size());
        for (const QString& column : familyColumns())
            QVERIFY2(row.contains(column), qPrintable(column));
        QCOMPARE(row.value(u"family_id"_s).toString(), u"f1"_s);
        QCOMPARE(row.value(u"status"_s).toString(), u"enrolled"_s);
        QVERIFY(row.value(u"withdrawal_date"_s).isNull());
        QCOMPARE(row.value(u"children_count"_s).toInt(), 0);
        QCOMPARE(row.value(u"children_names"_s).toArray(), QJsonArray());
        QVERIFY(row.value(u"oldest_child_age"_s).isNull());
        QCOMPARE(row.value(u"total_paid_cents"_s).toInteger(), 0);
        QCOMPARE(row.value(u"payment_count"_s).toInteger(), 0);
        QVERIFY(row.value(u"last_payment_date"_s).isNull());
        QCOMPARE(row.value(u"balance_cents"_s).toInteger(), 0);
        QVERIFY(row.value(u"avg_payment_days_late"_s).isNull());
        QCOMPARE(row.value(u"engagement_score"_s).toInt(), 0);
        QVERIFY(row.value(u"last_login_date"_s).isNull());
        QCOMPARE(row.value(u"volunteer_hours"_s).toInteger(), 0);
        QVERIFY(row.value(u"event_attendance_rate"_s).isNull());
        QCOMPARE(row.value(u"risk_score"_s).toInt(), 0);
        QCOMPARE(row.value(u"risk_tier"_s).toString(), u"low"_s);
        QCOMPARE(row.value(u"risk_factors"_s).toObject(), QJsonObject());
        QCOMPARE(row.value(u"preferred_contact_channel"_s).toString(), u"email"_s);
        QVERIFY(row.value(u"last_contact_date"_s).isNull());
        QVERIFY(row.value(u"last_contact_method"_s).isNull());
        QCOMPARE(row.value(u"event_version"_s).toInteger(), 1);
        QCOMPARE(row.value(u"last_updated"_s).toString(), u"2026-01-15T10:01:00.000Z"_s);
    }

    // 100.00 charged, 150.00 paid: the 50.00 left is credit that settles
    // (part of) the next charge the moment it is charged.
    void overpaymentCreditSettlesALaterCharge()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"jan"_s, 10000, u"2025-01-05"_s));
        const SettlementChange paid = f.track(f.pay(15000, u"2025-01-03"_s, u"ach"_s));
        QCOMPARE(chargeIds(paid.charges), QStringList{u"jan"_s});
        QCOMPARE(f.chargeById(u"jan"_s).settledOn, std::optional(u"2025-01-03"_s));
        QCOMPARE(f.chargeById(u"jan"_s).daysLate, std::optional(0));
        QCOMPARE(f.record().balanceCents(), -5000);
        QCOMPARE(f.record().settlement.credits.size(), 1);
        QCOMPARE(f.record().settlement.credits.first().remainingCents, 5000);

        // The February charge takes the 50.00 credit at once and stays open.
        const SettlementChange charged = f.track(f.charge(u"feb"_s, 10000, u"2025-02-05"_s));
        QCOMPARE(charged.allocations.size(), 1);
        QCOMPARE(charged.allocations.first().cents, 5000);
        QCOMPARE(charged.allocations.first().method, u"ach"_s);
        QCOMPARE(charged.allocations.first().month, u"2025-02"_s);
        Charge feb = f.chargeById(u"feb"_s);
        QCOMPARE(feb.allocatedCents, 5000);
        QVERIFY(!feb.isSettled());
        QVERIFY(f.record().settlement.credits.isEmpty());
        QCOMPARE(f.record().balanceCents(), 5000);

        // The rest, 15 days after the due date, completes it.
        f.track(f.pay(5000, u"2025-02-20"_s, u"cash"_s));
        feb = f.chargeById(u"feb"_s);
        QCOMPARE(feb.settledOn, std::optional(u"2025-02-20"_s));
        QCOMPARE(feb.daysLate, std::optional(15));
        QCOMPARE(feb.allocatedByMethod.value(u"ach"_s), 5000);
        QCOMPARE(feb.allocatedByMethod.value(u"cash"_s), 5000);
        QCOMPARE(f.record().balanceCents(), 0);
        QCOMPARE(f.record().totalPaidCents(), 20000);
        // (0 + 15) / 2 = 7.5, rounded half up.
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(8));
        QCOMPARE(f.row().value(u"avg_payment_days_late"_s).toInteger(), 8);

        // A charge made while credit is left is settled on the payment's date.
        f.track(f.pay(12000, u"2025-02-25"_s));
        f.track(f.charge(u"mar"_s, 10000, u"2025-03-05"_s));
        const Charge mar = f.chargeById(u"mar"_s);
        QCOMPARE(mar.settledOn, std::optional(u"2025-02-25"_s));
        QCOMPARE(mar.daysLate, std::optional(0));
        QCOMPARE(f.record().balanceCents(), -2000);
    }

    // The projector copies a family's state before each batch (to compare
    // after); the copy shares the lists, so the next change detaches them.
    // Charged and paid a thousand times, one batch each, the lists must
    // keep the size of what they hold, not of everything that passed.
    void settledListsDoNotGrowWithHistory()
    {
        Family f;
        f.enroll();
        for (int month = 0; month < 1000; ++month) {
            [[maybe_unused]] const FamilyRecord before = f.record(); // the batch's copy
            f.track(f.charge(u"c%1"_s.arg(month), 5000, u"2025-01-05"_s));
            f.track(f.pay(5000, u"2025-01-03"_s));
        }
        QVERIFY(f.record().settlement.credits.isEmpty());
        QVERIFY(f.record().settlement.openCharges.isEmpty());
        QVERIFY2(f.record().settlement.credits.capacity() <= 8,
                 qPrintable(QString::number(f.record().settlement.credits.capacity())));
        QVERIFY2(f.record().settlement.openCharges.capacity() <= 8,
                 qPrintable(QString::number(f.record().settlement.openCharges.capacity())));
    }

    void partialPaymentsAddUpUntilTheChargeIsSettled()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"c1"_s, 10000, u"2025-03-01"_s));
        f.track(f.pay(3000, u"2025-02-25"_s, u"card"_s));
        QCOMPARE(f.chargeById(u"c1"_s).allocatedCents, 3000);
        QVERIFY(!f.chargeById(u"c1"_s).isSettled());
        QVERIFY(!f.record().avgPaymentDaysLate());
        f.track(f.pay(3000, u"2025-03-04"_s, u"cash"_s));
        QCOMPARE(f.chargeById(u"c1"_s).allocatedCents, 6000);
        QCOMPARE(f.record().balanceCents(), 4000);
        const SettlementChange last = f.track(f.pay(4000, u"2025-03-10"_s, u"check"_s));
        QCOMPARE(last.allocations.size(), 1);
        QCOMPARE(last.allocations.first().cents, 4000);
        const Charge c1 = f.chargeById(u"c1"_s);
        QCOMPARE(c1.allocatedCents, 10000);
        QCOMPARE(c1.settledOn, std::optional(u"2025-03-10"_s));
        QCOMPARE(c1.daysLate, std::optional(9));
        QCOMPARE(c1.allocatedByMethod,
                 (QMap<QString, qint64>{{u"card"_s, 3000}, {u"cash"_s, 3000}, {u"check"_s, 4000}}));
        QCOMPARE(f.record().paymentCount, 3);
        QCOMPARE(f.record().totalPaidCents(), 10000);
        QCOMPARE(f.record().balanceCents(), 0);
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(9));

        // One payment across several charges: each takes what it needs, in order.
        f.track(f.charge(u"c2"_s, 2500, u"2025-04-01"_s));
        f.track(f.charge(u"c3"_s, 2500, u"2025-05-01"_s));
        f.track(f.charge(u"c4"_s, 2500, u"2025-06-01"_s));
        const SettlementChange spread = f.track(f.pay(6000, u"2025-04-03"_s));
        QCOMPARE(spread.allocations.size(), 3);
        QCOMPARE(chargeIds(spread.charges), (QStringList{u"c2"_s, u"c3"_s, u"c4"_s}));
        QCOMPARE(f.chargeById(u"c2"_s).daysLate, std::optional(2));
        QCOMPARE(f.chargeById(u"c3"_s).daysLate, std::optional(0));
        QCOMPARE(f.chargeById(u"c4"_s).allocatedCents, 1000);
        QVERIFY(!f.chargeById(u"c4"_s).isSettled());
    }

    // Open charges are settled by (due_date, position), not by when they
    // were charged: a charge due earlier, charged later, goes first.
    void anEarlierDueDateChargedLaterIsSettledFirst()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"mar"_s, 10000, u"2025-03-05"_s));
        f.track(f.pay(4000, u"2025-03-01"_s)); // to March, the only open charge
        QCOMPARE(f.chargeById(u"mar"_s).allocatedCents, 4000);
        f.skipPositions(5);
        f.track(f.charge(u"feb-b"_s, 10000, u"2025-02-05"_s));
        f.track(f.charge(u"feb-a"_s, 10000, u"2025-02-05"_s)); // same due date, later position
        QCOMPARE(chargeIds(f.record().settlement.openCharges),
                 (QStringList{u"feb-b"_s, u"feb-a"_s, u"mar"_s}));

        f.track(f.pay(15000, u"2025-03-10"_s));
        QCOMPARE(f.chargeById(u"feb-b"_s).settledOn, std::optional(u"2025-03-10"_s));
        QCOMPARE(f.chargeById(u"feb-b"_s).daysLate, std::optional(33));
        QCOMPARE(f.chargeById(u"feb-a"_s).allocatedCents, 5000);
        QCOMPARE(f.chargeById(u"mar"_s).allocatedCents, 4000);

        f.track(f.pay(11000, u"2025-03-12"_s));
        QCOMPARE(f.chargeById(u"feb-a"_s).settledOn, std::optional(u"2025-03-12"_s));
        QCOMPARE(f.chargeById(u"feb-a"_s).daysLate, std::optional(35));
        QCOMPARE(f.chargeById(u"mar"_s).settledOn, std::optional(u"2025-03-12"_s));
        QCOMPARE(f.chargeById(u"mar"_s).daysLate, std::optional(7));
        QVERIFY(f.record().settlement.openCharges.isEmpty());
        // (33 + 35 + 7) / 3 = 25
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(25));
    }

    // days_late comes from the chunk that completed the charge, whatever the
    // dates of the chunks before it, and is never negative.
    void daysLateComesFromTheCompletingChunk()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"c1"_s, 10000, u"2025-01-10"_s));
        f.track(f.pay(6000, u"2025-01-20"_s)); // late, but does not complete it
        f.track(f.pay(4000, u"2025-01-05"_s)); // recorded later, dated before the due date
        QCOMPARE(f.chargeById(u"c1"_s).settledOn, std::optional(u"2025-01-05"_s));
        QCOMPARE(f.chargeById(u"c1"_s).daysLate, std::optional(0));

        f.track(f.charge(u"c2"_s, 10000, u"2025-02-10"_s));
        f.track(f.pay(9999, u"2025-02-01"_s));
        f.track(f.pay(1, u"2025-02-13"_s));
        QCOMPARE(f.chargeById(u"c2"_s).settledOn, std::optional(u"2025-02-13"_s));
        QCOMPARE(f.chargeById(u"c2"_s).daysLate, std::optional(3));

        // Paid before it was charged (credit): settled on the payment's date, 0 late.
        f.track(f.pay(10000, u"2024-12-01"_s));
        f.track(f.charge(u"c3"_s, 10000, u"2025-03-10"_s));
        QCOMPARE(f.chargeById(u"c3"_s).settledOn, std::optional(u"2024-12-01"_s));
        QCOMPARE(f.chargeById(u"c3"_s).daysLate, std::optional(0));
        // (0 + 3 + 0) / 3 = 1
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(1));
    }

    void avgPaymentDaysLateRoundsHalfUp()
    {
        Family f;
        f.enroll();
        f.charge(u"a"_s, 100, u"2025-01-01"_s);
        f.pay(100, u"2025-01-03"_s); // 2
        f.charge(u"b"_s, 100, u"2025-02-01"_s);
        f.pay(100, u"2025-02-04"_s);                                         // 3
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(3)); // 2.5
        f.charge(u"c"_s, 100, u"2025-03-01"_s);
        f.pay(100, u"2025-03-01"_s);                                         // 0
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(2)); // 1.67
        f.charge(u"d"_s, 100, u"2025-04-01"_s);
        f.pay(100, u"2025-03-20"_s);                                         // 0
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(1)); // 1.25
        // An open charge does not count.
        f.charge(u"e"_s, 100, u"2025-01-01"_s);
        QCOMPARE(f.record().avgPaymentDaysLate(), std::optional<qint64>(1));
        QCOMPARE(f.row().value(u"avg_payment_days_late"_s), QJsonValue(1));
    }

    void eventAttendanceRateHasTwoDecimalsHalfUp()
    {
        Family f;
        f.enroll();
        QVERIFY(!f.record().eventAttendanceRate());
        f.attendance(true);
        f.attendance(false);
        f.attendance(true);
        QCOMPARE(f.record().eventAttendanceRate(), std::optional(66.67));
        QCOMPARE(f.row().value(u"event_attendance_rate"_s).toDouble(), 66.67);

        Family g(u"f2"_s);
        g.enroll();
        g.attendance(true);
        for (int i = 0; i < 31; ++i)
            g.attendance(false);
        // 100 × 1 / 32 = 3.125 -> 3.13 (half up, not to even)
        QCOMPARE(g.record().eventAttendanceRate(), std::optional(3.13));

        Family h(u"f3"_s);
        h.enroll();
        h.attendance(false);
        QCOMPARE(h.record().eventAttendanceRate(), std::optional(0.0));
        h.attendance(true);
        QCOMPARE(h.record().eventAttendanceRate(), std::optional(50.0));
    }

    void lastContactIsTheLatestDateAndTiesGoToTheLaterEvent()
    {
        Family f;
        f.enroll();
        f.contact(u"2025-03-01"_s, u"phone"_s);
        f.contact(u"2025-03-01"_s, u"email"_s);
        QCOMPARE(f.record().lastContactDate, std::optional(u"2025-03-01"_s));
        QCOMPARE(f.record().lastContactMethod, std::optional(u"email"_s));
        f.contact(u"2025-02-01"_s, u"sms"_s); // earlier date, recorded later
        QCOMPARE(f.record().lastContactDate, std::optional(u"2025-03-01"_s));
        QCOMPARE(f.record().lastContactMethod, std::optional(u"email"_s));
        f.contact(u"2025-03-02"_s, u"in_person"_s);
        QCOMPARE(f.row().value(u"last_contact_date"_s).toString(), u"2025-03-02"_s);
        QCOMPARE(f.row().value(u"last_contact_method"_s).toString(), u"in_person"_s);
    }

    void lastPaymentAndLoginDatesAreTheLatestWhateverTheOrder()
    {
        Family f;
        f.enroll();
        f.pay(100, u"2025-03-10"_s);
        f.pay(100, u"2025-02-01"_s);
        QCOMPARE(f.record().lastPaymentDate, std::optional(u"2025-03-10"_s));
        f.pay(100, u"2025-03-11"_s);
        QCOMPARE(f.row().value(u"last_payment_date"_s).toString(), u"2025-03-11"_s);
        QCOMPARE(f.row().value(u"payment_count"_s).toInt(), 3);
        QCOMPARE(f.row().value(u"total_paid_cents"_s).toInteger(), 300);
        QCOMPARE(f.row().value(u"balance_cents"_s).toInteger(), -300);

        f.apply(u"LoginRecorded"_s, {{u"date"_s, u"2025-05-02"_s}});
        f.apply(u"LoginRecorded"_s, {{u"date"_s, u"2025-04-30"_s}});
        QCOMPARE(f.record().lastLoginDate, std::optional(u"2025-05-02"_s));
    }

    void reenrollmentRestoresStatusAndKeepsTheEnrollmentDate()
    {
        Family f;
        f.enroll(u"Nguyen Family"_s, u"2024-09-01"_s);
        f.apply(u"FamilyWithdrawn"_s, {{u"date"_s, u"2025-01-10"_s}, {u"reason"_s, u"Moving"_s}});
        QCOMPARE(f.row().value(u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(f.row().value(u"withdrawal_date"_s).toString(), u"2025-01-10"_s);
        f.apply(u"FamilyReenrolled"_s, {{u"date"_s, u"2025-03-01"_s}});
        QCOMPARE(f.row().value(u"status"_s).toString(), u"enrolled"_s);
        QVERIFY(f.row().value(u"withdrawal_date"_s).isNull());
        QCOMPARE(f.row().value(u"enrollment_date"_s).toString(), u"2024-09-01"_s);
        QCOMPARE(f.row().value(u"event_version"_s).toInteger(), 3);
    }

    void contactDetailsChangeOnlyTheFieldsGivenAndNullClears()
    {
        Family f;
        f.apply(u"FamilyEnrolled"_s, {{u"family_name"_s, u"Okafor Family"_s},
                                      {u"enrollment_date"_s, u"2024-09-01"_s},
                                      {u"parent_name"_s, u"Ada Okafor"_s},
                                      {u"email"_s, u"ada@example.org"_s},
                                      {u"phone"_s, u"555-0100"_s},
                                      {u"preferred_contact_channel"_s, u"sms"_s},
                                      {u"assigned_coordinator"_s, u"Grace Park"_s}});
        QCOMPARE(f.row().value(u"preferred_contact_channel"_s).toString(), u"sms"_s);
        f.apply(u"ContactDetailsChanged"_s,
                {{u"email"_s, QJsonValue::Null}, {u"phone"_s, u"555-0199"_s}});
        QJsonObject row = f.row();
        QVERIFY(row.value(u"email"_s).isNull());
        QCOMPARE(row.value(u"phone"_s).toString(), u"555-0199"_s);
        QCOMPARE(row.value(u"parent_name"_s).toString(), u"Ada Okafor"_s);
        QCOMPARE(row.value(u"preferred_contact_channel"_s).toString(), u"sms"_s);
        f.apply(u"ContactDetailsChanged"_s, {{u"parent_name"_s, QJsonValue::Null},
                                             {u"preferred_contact_channel"_s, u"phone"_s}});
        row = f.row();
        QVERIFY(row.value(u"parent_name"_s).isNull());
        QCOMPARE(row.value(u"phone"_s).toString(), u"555-0199"_s);
        QCOMPARE(row.value(u"preferred_contact_channel"_s).toString(), u"phone"_s);
        QCOMPARE(row.value(u"assigned_coordinator"_s).toString(), u"Grace Park"_s);
        f.apply(u"CoordinatorAssigned"_s, {{u"coordinator"_s, u"Tom Becker"_s}});
        QCOMPARE(f.row().value(u"assigned_coordinator"_s).toString(), u"Tom Becker"_s);
    }

    void childrenKeepTheirOrderAndTheOldestAgeIsTheMax()
    {
        Family f;
        f.enroll();
        f.apply(u"ChildAdded"_s, {{u"child_name"_s, u"Zoe"_s}, {u"child_age"_s, 7}});
        f.apply(u"ChildAdded"_s, {{u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 12}});
        f.apply(u"ChildAdded"_s, {{u"child_name"_s, u"Ben"_s}, {u"child_age"_s, 9}});
        f.apply(u"ChildAdded"_s, {{u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 0}});
        const QJsonObject row = f.row();
        QCOMPARE(row.value(u"children_count"_s).toInt(), 4);
        QCOMPARE(row.value(u"children_names"_s).toArray(),
                 (QJsonArray{u"Zoe"_s, u"Ana"_s, u"Ben"_s, u"Ana"_s}));
        QCOMPARE(row.value(u"oldest_child_age"_s).toInt(), 12);

        Family baby(u"f2"_s);
        baby.enroll();
        baby.apply(u"ChildAdded"_s, {{u"child_name"_s, u"Mia"_s}, {u"child_age"_s, 0}});
        QCOMPARE(baby.row().value(u"oldest_child_age"_s), QJsonValue(0));
    }

    void scoresHoursAndFactorsFollowTheirEvents()
    {
        Family f;
        f.enroll();
        f.apply(u"EngagementScoreUpdated"_s, {{u"old_score"_s, 0},
                                              {u"new_score"_s, 64},
                                              {u"factors"_s, QJsonObject{{u"logins"_s, 3}}}});
        f.apply(u"RiskScoreUpdated"_s, {{u"old_score"_s, 0},
                                        {u"new_score"_s, 85},
                                        {u"risk_tier"_s, u"critical"_s},
                                        {u"risk_factors"_s, QJsonObject{{u"late"_s, true}}}});
        f.apply(u"VolunteerHoursLogged"_s, {{u"hours"_s, 3}, {u"date"_s, u"2025-01-01"_s}});
        f.apply(u"VolunteerHoursLogged"_s, {{u"hours"_s, 24}, {u"date"_s, u"2025-01-02"_s}});
        QJsonObject row = f.row();
        QCOMPARE(row.value(u"engagement_score"_s).toInt(), 64);
        QCOMPARE(row.value(u"risk_score"_s).toInt(), 85);
        QCOMPARE(row.value(u"risk_tier"_s).toString(), u"critical"_s);
        QCOMPARE(row.value(u"risk_factors"_s).toObject(), (QJsonObject{{u"late"_s, true}}));
        QCOMPARE(row.value(u"volunteer_hours"_s).toInteger(), 27);
        // Each update replaces the previous object.
        f.apply(u"RiskScoreUpdated"_s, {{u"old_score"_s, 85},
                                        {u"new_score"_s, 39},
                                        {u"risk_tier"_s, u"low"_s},
                                        {u"risk_factors"_s, QJsonObject()}});
        row = f.row();
        QCOMPARE(row.value(u"risk_tier"_s).toString(), u"low"_s);
        QCOMPARE(row.value(u"risk_factors"_s).toObject(), QJsonObject());
        QCOMPARE(row.value(u"event_version"_s).toInteger(), 6);
        QCOMPARE(row.value(u"last_updated"_s).toString(), u"2026-01-15T10:06:00.000Z"_s);
    }

    // family_charges rows (SPEC 4.2): the columns, null until settled.
    void chargeRowsHaveTheSpecColumns()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"c1"_s, 10000, u"2025-01-05"_s, u"2025-01"_s));
        QJsonObject row = f.chargeById(u"c1"_s).toJson(u"f1"_s);
        QCOMPARE(QStringList(row.keys()).size(), chargeColumns().size());
        for (const QString& column : chargeColumns())
            QVERIFY2(row.contains(column), qPrintable(column));
        QVERIFY(row.value(u"settled_on"_s).isNull());
        QVERIFY(row.value(u"days_late"_s).isNull());
        QCOMPARE(row.value(u"allocated_cents"_s).toInteger(), 0);
        f.track(f.pay(10000, u"2025-01-07"_s));
        row = f.chargeById(u"c1"_s).toJson(u"f1"_s);
        QCOMPARE(row.value(u"settled_on"_s).toString(), u"2025-01-07"_s);
        QCOMPARE(row.value(u"days_late"_s).toInt(), 2);
        QCOMPARE(row.value(u"allocated_cents"_s).toInteger(), 10000);
        QCOMPARE(row.value(u"month"_s).toString(), u"2025-01"_s);
    }

    // SPEC 2.2: voiding the payment that settled the older charge moves
    // the later payment onto it; the later charge is open again.
    void voidingAPaymentSettlesTheRestAgainFromTheStart()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"jan"_s, 10000, u"2025-01-05"_s));
        f.track(f.charge(u"feb"_s, 10000, u"2025-02-05"_s));
        f.track(f.pay(10000, u"2025-01-03"_s, u"check"_s, u"pa"_s));
        f.track(f.pay(10000, u"2025-02-10"_s, u"card"_s, u"pb"_s));
        QCOMPARE(f.chargeById(u"feb"_s).daysLate, std::optional<int>(5));
        const SettlementChange change = f.track(f.voidPayment(u"pa"_s));
        QVERIFY(change.replacesAll);
        QCOMPARE(chargeIds(change.charges), (QStringList{u"jan"_s, u"feb"_s}));
        const Charge jan = f.chargeById(u"jan"_s);
        QCOMPARE(jan.settledOn, std::optional<QString>(u"2025-02-10"_s));
        QCOMPARE(jan.daysLate, std::optional<int>(36));
        QCOMPARE(jan.allocatedByMethod, (QMap<QString, qint64>{{u"card"_s, 10000}}));
        const Charge feb = f.chargeById(u"feb"_s);
        QVERIFY(!feb.isSettled());
        QCOMPARE(feb.allocatedCents, 0);
        const QJsonObject row = f.row();
        QCOMPARE(row.value(u"balance_cents"_s).toInteger(), 10000);
        QCOMPARE(row.value(u"total_paid_cents"_s).toInteger(), 10000);
        QCOMPARE(row.value(u"payment_count"_s).toInteger(), 1);
        QCOMPARE(row.value(u"last_payment_date"_s).toString(), u"2025-02-10"_s);
        QCOMPARE(row.value(u"avg_payment_days_late"_s).toInteger(), 36);
        QCOMPARE(row.value(u"event_version"_s).toInteger(), 6);
        // The next payment goes to the charge left open.
        f.track(f.pay(10000, u"2025-02-12"_s, u"cash"_s, u"pc"_s));
        QCOMPARE(f.chargeById(u"feb"_s).daysLate, std::optional<int>(7));
    }

    // Cancelling a charge a payment partly covered gives the payment back
    // as credit, which the next charge takes.
    void cancellingAPartlyCoveredChargeLeavesItsPaymentAsCredit()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"jan"_s, 10000, u"2025-01-05"_s));
        f.track(f.pay(6000, u"2025-01-04"_s));
        QCOMPARE(f.chargeById(u"jan"_s).allocatedCents, 6000);
        const SettlementChange change = f.track(f.cancelCharge(u"jan"_s));
        QVERIFY(change.replacesAll);
        QVERIFY(change.charges.isEmpty());
        QCOMPARE(f.row().value(u"balance_cents"_s).toInteger(), -6000);
        QCOMPARE(f.row().value(u"total_paid_cents"_s).toInteger(), 6000);
        f.track(f.charge(u"feb"_s, 10000, u"2025-02-05"_s));
        QCOMPARE(f.chargeById(u"feb"_s).allocatedCents, 6000);
        QCOMPARE(f.row().value(u"balance_cents"_s).toInteger(), 4000);
        // The same charge id may be charged again once cancelled.
        f.track(f.charge(u"jan"_s, 5000, u"2025-01-05"_s));
        QCOMPARE(f.chargeById(u"jan"_s).amountCents, 5000);
        QCOMPARE(f.row().value(u"balance_cents"_s).toInteger(), 9000);
    }

    // "As if its event had never been appended": a family with a voided
    // payment and a cancelled charge has the row and charges of the same
    // family without them (but for last_updated and event_version).
    void aCorrectedEntryCountsAsIfItHadNeverBeenAppended()
    {
        Family corrected;
        Family clean;
        for (Family* f : {&corrected, &clean}) {
            f->enroll();
            f->track(f->charge(u"sep"_s, 45000, u"2024-09-05"_s));
        }
        corrected.track(corrected.charge(u"oops"_s, 45000, u"2024-09-01"_s));
        clean.skipPositions(1);
        for (Family* f : {&corrected, &clean}) {
            f->track(f->pay(20000, u"2024-09-03"_s, u"check"_s, u"p1"_s));
            f->track(f->charge(u"oct"_s, 45000, u"2024-10-05"_s));
        }
        corrected.track(corrected.pay(99900, u"2024-09-04"_s, u"cash"_s, u"typo"_s));
        clean.skipPositions(1);
        for (Family* f : {&corrected, &clean}) {
            f->track(f->pay(25000, u"2024-09-20"_s, u"ach"_s, u"p2"_s));
            f->track(f->pay(45000, u"2024-10-09"_s, u"card"_s, u"p3"_s));
        }
        corrected.track(corrected.voidPayment(u"typo"_s));
        corrected.track(corrected.cancelCharge(u"oops"_s));
        QJsonObject a = corrected.row();
        QJsonObject b = clean.row();
        for (const char* moves : {"last_updated", "event_version"}) {
            a.remove(QLatin1String(moves));
            b.remove(QLatin1String(moves));
        }
        QCOMPARE(a, b);
        for (const QString& id : {u"sep"_s, u"oct"_s})
            QCOMPARE(corrected.chargeById(id).toJson(u"f1"_s),
                     clean.chargeById(id).toJson(u"f1"_s));
        QVERIFY(corrected.chargeById(u"oops"_s).chargeId.isEmpty());
        QCOMPARE(corrected.record().settlement.payments.size(), 3);
        QCOMPARE(corrected.record().settlement.allCharges().size(), 2);
    }

    // An id nothing live has changes nothing (the command side refuses it;
    // a skipped or foreign event must not disturb the record either).
    void aCorrectionOfAnUnknownIdChangesNothingButTheVersion()
    {
        Family f;
        f.enroll();
        f.track(f.charge(u"jan"_s, 10000, u"2025-01-05"_s));
        f.track(f.pay(4000, u"2025-01-04"_s));
        const QJsonObject before = f.row();
        const SettlementChange voided = f.voidPayment(u"nope"_s);
        const SettlementChange cancelled = f.cancelCharge(u"nope"_s);
        QVERIFY(!voided.replacesAll && !cancelled.replacesAll);
        QCOMPARE(f.row().value(u"balance_cents"_s), before.value(u"balance_cents"_s));
        QCOMPARE(f.row().value(u"event_version"_s).toInteger(), 5);
    }

    void correctingTheEnrollmentReplacesOnlyTheFieldsGiven()
    {
        Family f;
        f.enroll(u"Martniez Family"_s, u"2024-09-01"_s);
        f.apply(u"EnrollmentCorrected"_s, {{u"family_name"_s, u"Martinez Family"_s}});
        QCOMPARE(f.row().value(u"family_name"_s).toString(), u"Martinez Family"_s);
        QCOMPARE(f.row().value(u"enrollment_date"_s).toString(), u"2024-09-01"_s);
        f.apply(u"EnrollmentCorrected"_s, {{u"enrollment_date"_s, u"2024-08-26"_s}});
        QCOMPARE(f.row().value(u"family_name"_s).toString(), u"Martinez Family"_s);
        QCOMPARE(f.row().value(u"enrollment_date"_s).toString(), u"2024-08-26"_s);
    }
};

QTEST_GUILESS_MAIN(TestFamilyRecord)
#include "tst_family_record.moc"
