// Corrections over a real co-op file (SPEC 2, 2.1, 2.2): VoidPayment,
// CancelCharge and CorrectEnrollment through the command bus, their errors
// in the order of SPEC 2.1, the ids they give back, the (H) date rule on a
// fixed clock, the read models that count a corrected entry nowhere, and a
// schema-2 file upgraded on open so its payments can be voided.

#include "projections/projector.h"
#include "projections/views_verifier.h"
#include "queries/query_service.h"
#include "raw_event.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject charge(const QString& family, const QString& id, qint64 cents, const QString& due)
{
    return cmd(u"ChargeTuition"_s, {{u"family_id"_s, family},
                                    {u"charge_id"_s, id},
                                    {u"month"_s, due.left(7)},
                                    {u"amount_cents"_s, cents},
                                    {u"due_date"_s, due}});
}

QJsonObject pay(const QString& family, const QString& id, qint64 cents, const QString& date,
                const QString& method = u"check"_s, const QString& transaction = {})
{
    QJsonObject fields{{u"family_id"_s, family},
                       {u"amount_cents"_s, cents},
                       {u"date"_s, date},
                       {u"payment_method"_s, method}};
    if (!id.isEmpty())
        fields.insert(u"payment_id"_s, id);
    if (!transaction.isEmpty())
        fields.insert(u"transaction_id"_s, transaction);
    return cmd(u"ReceivePayment"_s, fields);
}

QJsonObject voidPayment(const QString& family, const QJsonValue& id,
                        const QJsonValue& reason = u"Check bounced"_s)
{
    return cmd(u"VoidPayment"_s,
               {{u"family_id"_s, family}, {u"payment_id"_s, id}, {u"reason"_s, reason}});
}

QJsonObject cancelCharge(const QString& family, const QJsonValue& id,
                         const QJsonValue& reason = u"Scholarship"_s)
{
    return cmd(u"CancelCharge"_s,
               {{u"family_id"_s, family}, {u"charge_id"_s, id}, {u"reason"_s, reason}});
}

// code/field of a rejection, "ok" when accepted.
QString outcome(const CommandResult& result)
{
    if (result.ok)
        return u"ok"_s;
    return result.error->code + u'/' + result.error->field.value_or(u"null"_s);
}

QJsonObject lastEventData(EventStore& store)
{
    const RecordedEvent last = store.readAfter(store.headPosition() - 1, 1).first();
    return QJsonDocument::fromJson(last.data).object();
}

void project(TempCoop& coop)
{
    Projector projector(coop.location(), coop.clock());
    projector.open();
    projector.catchUp();
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void voidingAPaymentRecordsItsAmountAndGivesItsIdsBack()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        const CommandResult paid =
            coop.run(pay(u"f1"_s, {}, 12500, u"2025-03-05"_s, u"check"_s, u"chk-100"_s));
        // The generated payment_id is in the result, for a script to void.
        QCOMPARE(paid.entryField, u"payment_id"_s);
        QCOMPARE(QJsonDocument::fromJson(paid.toJsonLine()).object().value(u"payment_id"_s),
                 QJsonValue(paid.entryId));
        QCOMPARE(lastEventData(coop.store()).value(u"payment_id"_s).toString(), paid.entryId);
        QCOMPARE(coop.store().readAfter(paid.position - 1, 1).first().schemaVersion, 3);

        // The same check again is a duplicate while the first one is live.
        QCOMPARE(outcome(coop.bus().dispatch(
                     pay(u"f1"_s, {}, 12500, u"2025-03-06"_s, u"check"_s, u"chk-100"_s))),
                 u"duplicate/transaction_id"_s);
        const CommandResult voided = coop.run(voidPayment(u"f1"_s, paid.entryId));
        QVERIFY(voided.entryField.isEmpty());
        QCOMPARE(lastEventData(coop.store()), (QJsonObject{{u"payment_id"_s, paid.entryId},
                                                           {u"amount_cents"_s, 12500},
                                                           {u"reason"_s, u"Check bounced"_s}}));
        // Voided: not found any more, and its check number may be entered again.
        QCOMPARE(outcome(coop.bus().dispatch(voidPayment(u"f1"_s, paid.entryId))),
                 u"not_found/payment_id"_s);
        QVERIFY(
            coop.run(pay(u"f1"_s, paid.entryId, 12500, u"2025-03-12"_s, u"check"_s, u"chk-100"_s))
                .ok);
        // Reopened as another process would: the reservations were stored.
        coop.reopen();
        QCOMPARE(outcome(coop.bus().dispatch(pay(u"f1"_s, paid.entryId, 100, u"2025-03-12"_s))),
                 u"duplicate/payment_id"_s);
    }

    void cancellingAChargeGivesItsIdBack()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        const CommandResult charged =
            coop.run(charge(u"f1"_s, u"TUI-2025-03"_s, 45000, u"2025-03-05"_s));
        QCOMPARE(charged.entryField, u"charge_id"_s);
        QCOMPARE(charged.entryId, u"TUI-2025-03"_s);
        QCOMPARE(
            outcome(coop.bus().dispatch(charge(u"f1"_s, u"TUI-2025-03"_s, 40000, u"2025-03-05"_s))),
            u"duplicate/charge_id"_s);
        coop.run(cancelCharge(u"f1"_s, u"TUI-2025-03"_s));
        QCOMPARE(lastEventData(coop.store()).value(u"amount_cents"_s).toInteger(), 45000);
        QCOMPARE(outcome(coop.bus().dispatch(cancelCharge(u"f1"_s, u"TUI-2025-03"_s))),
                 u"not_found/charge_id"_s);
        QVERIFY(coop.run(charge(u"f1"_s, u"TUI-2025-03"_s, 40000, u"2025-03-05"_s)).ok);
    }

    // The books stay correctable on a withdrawn family (neither is (E)).
    void correctionsAreAllowedOnAWithdrawnFamily()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.run(charge(u"f1"_s, u"c1"_s, 45000, u"2025-01-05"_s));
        coop.run(pay(u"f1"_s, u"p1"_s, 45000, u"2025-01-04"_s));
        coop.run(
            cmd(u"WithdrawFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-02-01"_s}}));
        QCOMPARE(outcome(coop.bus().dispatch(charge(u"f1"_s, u"c2"_s, 100, u"2025-02-05"_s))),
                 u"withdrawn/family_id"_s);
        QVERIFY(coop.run(voidPayment(u"f1"_s, u"p1"_s)).ok);
        QVERIFY(coop.run(cancelCharge(u"f1"_s, u"c1"_s)).ok);
        QVERIFY(coop.run(cmd(u"CorrectEnrollment"_s,
                             {{u"family_id"_s, u"f1"_s}, {u"family_name"_s, u"Okafor Family"_s}}))
                    .ok);
    }

    // SPEC 2.1: fields in the table's order, then existence, then the
    // version, then the state rules; a payment or charge of another family
    // is not found.
    void errorsComeInTheOrderOfTheSpec_data()
    {
        QTest::addColumn<QJsonObject>("command");
        QTest::addColumn<QString>("expected");
        const QString f1 = u"f1"_s;
        QTest::newRow("no payment_id")
            << cmd(u"VoidPayment"_s, {{u"family_id"_s, f1}}) << u"validation/payment_id"_s;
        QTest::newRow("bad payment_id and no reason")
            << cmd(u"VoidPayment"_s, {{u"family_id"_s, f1}, {u"payment_id"_s, u"a b"_s}})
            << u"validation/payment_id"_s;
        QTest::newRow("no reason")
            << cmd(u"VoidPayment"_s, {{u"family_id"_s, f1}, {u"payment_id"_s, u"p1"_s}})
            << u"validation/reason"_s;
        QTest::newRow("blank reason")
            << voidPayment(f1, u"p1"_s, u" \t "_s) << u"validation/reason"_s;
        QTest::newRow("reason too long")
            << voidPayment(f1, u"p1"_s, QString(2001, u'x')) << u"validation/reason"_s;
        QTest::newRow("reason with a control character")
            << voidPayment(f1, u"p1"_s, u"bad\u0007"_s) << u"validation/reason"_s;
        QTest::newRow("reason keeps line feeds")
            << voidPayment(f1, u"p1"_s, u"one\ntwo"_s) << u"ok"_s;
        QTest::newRow("unknown key first")
            << cmd(u"VoidPayment"_s, {{u"family_id"_s, f1}, {u"amount_cents"_s, 5}})
            << u"validation/amount_cents"_s;
        QTest::newRow("unknown family")
            << voidPayment(u"nobody"_s, u"p1"_s) << u"not_found/family_id"_s;
        QTest::newRow("version before state")
            << cmd(u"VoidPayment"_s, {{u"family_id"_s, f1},
                                      {u"payment_id"_s, u"nope"_s},
                                      {u"reason"_s, u"x"_s},
                                      {u"expected_version"_s, 99}})
            << u"conflict/expected_version"_s;
        QTest::newRow("no such payment") << voidPayment(f1, u"nope"_s) << u"not_found/payment_id"_s;
        QTest::newRow("another family's payment")
            << voidPayment(f1, u"p2"_s) << u"not_found/payment_id"_s;
        QTest::newRow("a charge id is not a payment id")
            << voidPayment(f1, u"c1"_s) << u"not_found/payment_id"_s;
        QTest::newRow("no such charge") << cancelCharge(f1, u"nope"_s) << u"not_found/charge_id"_s;
        QTest::newRow("another family's charge")
            << cancelCharge(f1, u"c2"_s) << u"not_found/charge_id"_s;
        QTest::newRow("cancel without reason")
            << cmd(u"CancelCharge"_s, {{u"family_id"_s, f1}, {u"charge_id"_s, u"c1"_s}})
            << u"validation/reason"_s;
        QTest::newRow("correct nothing")
            << cmd(u"CorrectEnrollment"_s, {{u"family_id"_s, f1}}) << u"validation/null"_s;
        QTest::newRow("correct to a blank name is nothing")
            << cmd(u"CorrectEnrollment"_s, {{u"family_id"_s, f1}, {u"family_name"_s, u"  "_s}})
            << u"validation/null"_s;
        QTest::newRow("correct a bad date")
            << cmd(u"CorrectEnrollment"_s,
                   {{u"family_id"_s, f1}, {u"enrollment_date"_s, u"2025-02-30"_s}})
            << u"validation/enrollment_date"_s;
        QTest::newRow("a name too long")
            << cmd(u"CorrectEnrollment"_s,
                   {{u"family_id"_s, f1}, {u"family_name"_s, QString(201, u'x')}})
            << u"validation/family_name"_s;
        QTest::newRow("an enrollment date may lie ahead")
            << cmd(u"CorrectEnrollment"_s,
                   {{u"family_id"_s, f1}, {u"enrollment_date"_s, u"2027-09-01"_s}})
            << u"ok"_s;
        QTest::newRow("duplicate payment_id")
            << pay(f1, u"p1"_s, 100, u"2025-01-01"_s) << u"duplicate/payment_id"_s;
        QTest::newRow("payment_id before transaction_id")
            << pay(f1, u"p1"_s, 100, u"2025-01-01"_s, u"check"_s, u"t1"_s)
            << u"duplicate/payment_id"_s;
        QTest::newRow("payment_id shape")
            << pay(f1, u"p 1"_s, 100, u"2025-01-01"_s) << u"validation/payment_id"_s;
        QTest::newRow("payment_id before amount")
            << cmd(u"ReceivePayment"_s, {{u"family_id"_s, f1},
                                         {u"payment_id"_s, QString(65, u'p')},
                                         {u"amount_cents"_s, 0},
                                         {u"date"_s, u"2025-01-01"_s},
                                         {u"payment_method"_s, u"cash"_s}})
            << u"validation/payment_id"_s;
    }
    void errorsComeInTheOrderOfTheSpec()
    {
        QFETCH(QJsonObject, command);
        QFETCH(QString, expected);
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.enroll(u"f2"_s);
        coop.run(charge(u"f1"_s, u"c1"_s, 45000, u"2025-01-05"_s));
        coop.run(charge(u"f2"_s, u"c2"_s, 45000, u"2025-01-05"_s));
        coop.run(pay(u"f1"_s, u"p1"_s, 100, u"2025-01-04"_s, u"check"_s, u"t1"_s));
        coop.run(pay(u"f2"_s, u"p2"_s, 100, u"2025-01-04"_s));
        const qint64 head = coop.store().headPosition();
        const CommandResult result = coop.bus().dispatch(command);
        QCOMPARE(outcome(result), expected);
        QCOMPARE(coop.store().headPosition(), head + (result.ok ? 1 : 0));
    }

    // SPEC 2: a date of something that happened may be the desk's UTC date
    // + 1 (time zones ahead), not + 2; dates of what is planned may lie ahead.
    void happenedDatesStopAtTomorrow_data()
    {
        QTest::addColumn<QJsonObject>("command");
        QTest::addColumn<QString>("field");
        const QString f1 = u"f1"_s;
        QTest::newRow("payment") << pay(f1, {}, 100, u"@"_s) << u"date"_s;
        QTest::newRow("contact") << cmd(u"RecordContact"_s, {{u"family_id"_s, f1},
                                                             {u"date"_s, u"@"_s},
                                                             {u"method"_s, u"phone"_s}})
                                 << u"date"_s;
        QTest::newRow("hours") << cmd(u"LogVolunteerHours"_s,
                                      {{u"family_id"_s, f1}, {u"hours"_s, 2}, {u"date"_s, u"@"_s}})
                               << u"date"_s;
        QTest::newRow("attendance") << cmd(u"RecordAttendance"_s, {{u"family_id"_s, f1},
                                                                   {u"event_name"_s, u"Fair"_s},
                                                                   {u"date"_s, u"@"_s},
                                                                   {u"attended"_s, true}})
                                    << u"date"_s;
        QTest::newRow("login") << cmd(u"RecordLogin"_s, {{u"family_id"_s, f1}, {u"date"_s, u"@"_s}})
                               << u"date"_s;
        QTest::newRow("withdrawal")
            << cmd(u"WithdrawFamily"_s, {{u"family_id"_s, f1}, {u"date"_s, u"@"_s}}) << u"date"_s;
    }
    void happenedDatesStopAtTomorrow()
    {
        QFETCH(QJsonObject, command);
        QFETCH(QString, field);
        TempCoop coop;
        coop.clock().set(QDateTime(QDate(2026, 12, 2), QTime(23, 30), Qt::UTC));
        coop.enroll(u"f1"_s);
        const auto dated = [&](const char* date) {
            QJsonObject c = command;
            c.insert(field, QString::fromLatin1(date));
            return c;
        };
        const CommandResult late = coop.bus().dispatch(dated("2026-12-04"));
        QCOMPARE(outcome(late), u"validation/"_s + field);
        QVERIFY2(late.error->message.contains(u"future"_s), qPrintable(late.error->message));
        QCOMPARE(outcome(coop.bus().dispatch(dated("2026-12-03"))), u"ok"_s);
    }
    void plannedDatesMayLieAhead()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s, u"Ahead Family"_s, u"2027-09-01"_s);
        QVERIFY(coop.run(charge(u"f1"_s, u"c1"_s, 100, u"2027-10-05"_s)).ok);
        // The (H) check is the field's last: a bad shape is reported as such.
        const CommandResult shape = coop.bus().dispatch(pay(u"f1"_s, {}, 100, u"2099-02-30"_s));
        QVERIFY(!shape.error->message.contains(u"future"_s));
    }

    // A repeated command_id returns the first result, payment_id included.
    void aRepeatedCommandReturnsItsPaymentId()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QJsonObject command = pay(u"f1"_s, {}, 100, u"2025-01-04"_s);
        command.insert(u"command_id"_s, u"k1"_s);
        const CommandResult first = coop.run(command);
        const CommandResult again = coop.bus().dispatch(command);
        QVERIFY(again.replayed);
        QCOMPARE(again.entryId, first.entryId);
        QCOMPARE(again.toJsonLine(), first.toJsonLine());
    }

    // SPEC 2.2 end to end: the read models count the voided payment and the
    // cancelled charge nowhere, as if their events had never been appended,
    // and verify agrees with a fresh rebuild.
    void readModelsCountACorrectionNowhere()
    {
        TempCoop corrected;
        TempCoop clean;
        for (TempCoop* coop : {&corrected, &clean}) {
            coop->enroll(u"f1"_s);
            coop->enroll(u"f2"_s);
            coop->run(charge(u"f1"_s, u"jan"_s, 30000, u"2025-01-05"_s));
            coop->run(charge(u"f1"_s, u"feb"_s, 30000, u"2025-02-05"_s));
            coop->run(charge(u"f2"_s, u"jan"_s, 20000, u"2025-01-05"_s));
        }
        corrected.run(charge(u"f2"_s, u"mar"_s, 20000, u"2025-03-05"_s)); // to cancel
        corrected.run(pay(u"f1"_s, u"bounced"_s, 30000, u"2025-01-03"_s, u"check"_s, u"101"_s));
        for (TempCoop* coop : {&corrected, &clean}) {
            coop->run(pay(u"f1"_s, u"p2"_s, 30000, u"2025-02-10"_s, u"card"_s));
            coop->run(pay(u"f2"_s, u"p3"_s, 25000, u"2025-01-20"_s, u"cash"_s)); // 50.00 credit
        }
        corrected.run(voidPayment(u"f1"_s, u"bounced"_s));
        corrected.run(cancelCharge(u"f2"_s, u"mar"_s));
        // Re-entered with the same check number, as the treasurer does.
        for (TempCoop* coop : {&corrected, &clean})
            coop->run(pay(u"f1"_s, u"p4"_s, 30000, u"2025-03-01"_s, u"check"_s, u"101"_s));

        project(corrected);
        project(clean);
        QueryService a(corrected.location());
        QueryService b(clean.location());
        const auto withoutVersions = [](QJsonObject row) {
            row.remove(u"last_updated"_s);
            row.remove(u"event_version"_s);
            return row;
        };
        for (const QString& family : {u"f1"_s, u"f2"_s}) {
            QCOMPARE(withoutVersions(*a.getFamily(family)), withoutVersions(*b.getFamily(family)));
            QCOMPARE(a.familyCharges(family), b.familyCharges(family));
        }
        const QDate asOf(2025, 3, 20);
        QCOMPARE(a.getPaymentAnalytics({}, {}, asOf), b.getPaymentAnalytics({}, {}, asOf));
        QCOMPARE(a.getCashReceipts({}, {}), b.getCashReceipts({}, {}));
        QCOMPARE(a.creditOnAccount(), b.creditOnAccount());

        // The figures themselves, by hand.
        const QJsonObject f1 = *a.getFamily(u"f1"_s);
        QCOMPARE(f1.value(u"payment_count"_s).toInteger(), 2);
        QCOMPARE(f1.value(u"total_paid_cents"_s).toInteger(), 60000);
        QCOMPARE(f1.value(u"balance_cents"_s).toInteger(), 0);
        QCOMPARE(f1.value(u"last_payment_date"_s).toString(), u"2025-03-01"_s);
        const QList<QJsonObject> charges = a.familyCharges(u"f1"_s);
        QCOMPARE(charges.at(0).value(u"settled_on"_s).toString(), u"2025-02-10"_s); // jan
        QCOMPARE(charges.at(0).value(u"days_late"_s).toInteger(), 36);
        QCOMPARE(charges.at(1).value(u"settled_on"_s).toString(), u"2025-03-01"_s); // feb
        const QList<QJsonObject> payments = a.familyPayments(u"f1"_s);
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).value(u"payment_id"_s).toString(), u"p2"_s);
        QCOMPARE(payments.at(1).value(u"transaction_id"_s).toString(), u"101"_s);
        QCOMPARE(a.familyCharges(u"f2"_s).size(), 1);
        QCOMPARE(a.getFamily(u"f2"_s)->value(u"balance_cents"_s).toInteger(), -5000);
        QCOMPARE(a.creditOnAccount(), (QJsonObject{{u"families"_s, 1}, {u"credit_cents"_s, 5000}}));

        // March had only the cancelled charge: no analytics row for it.
        const QList<QJsonObject> months = a.getPaymentAnalytics({}, {}, asOf);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).value(u"month"_s).toString(), u"2025-02"_s);
        const QJsonObject jan = months.at(1);
        QCOMPARE(jan.value(u"revenue_expected_cents"_s).toInteger(), 50000);
        QCOMPARE(jan.value(u"revenue_collected_cents"_s).toInteger(), 50000);
        QCOMPARE(jan.value(u"families_paid_late"_s).toInteger(), 2);
        QCOMPARE(jan.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"card"_s, 30000}, {u"cash"_s, 20000}}));

        // Receipts by payment date: the credit counts in full, the void not at all.
        const QList<QJsonObject> receipts = a.getCashReceipts({}, {});
        QCOMPARE(receipts.size(), 3);
        QCOMPARE(receipts.at(0),
                 (QJsonObject{{u"month"_s, u"2025-03"_s},
                              {u"payments_count"_s, 1},
                              {u"families_paying"_s, 1},
                              {u"received_cents"_s, 30000},
                              {u"payment_method_breakdown"_s, QJsonObject{{u"check"_s, 30000}}}}));
        QCOMPARE(receipts.at(2).value(u"month"_s).toString(), u"2025-01"_s);
        QCOMPARE(receipts.at(2).value(u"received_cents"_s).toInteger(), 25000);
        QCOMPARE(receipts.at(2).value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"cash"_s, 25000}}));
        QCOMPARE(a.getCashReceipts(u"2025-02"_s, u"2025-02"_s).size(), 1);

        const ViewsReport verified = verifyReadModels(corrected.location(), corrected.clock());
        QVERIFY2(verified.ok, qPrintable(verified.difference));
    }

    // Applied one batch at a time (the app's live path), the correction
    // lands the same as in one catch-up.
    void aCorrectionProjectedLiveMatchesARebuild()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.run(charge(u"f1"_s, u"jan"_s, 30000, u"2025-01-05"_s));
        coop.run(pay(u"f1"_s, u"p1"_s, 10000, u"2025-01-03"_s));
        project(coop);
        coop.run(pay(u"f1"_s, u"p2"_s, 20000, u"2025-01-04"_s));
        project(coop);
        coop.run(voidPayment(u"f1"_s, u"p1"_s));
        project(coop);
        coop.run(cancelCharge(u"f1"_s, u"jan"_s));
        project(coop);
        coop.run(charge(u"f1"_s, u"jan"_s, 15000, u"2025-01-05"_s));
        project(coop);
        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"balance_cents"_s).toInteger(), -5000);
        QCOMPARE(queries.familyCharges(u"f1"_s).first().value(u"settled_on"_s).toString(),
                 u"2025-01-04"_s);
        const ViewsReport verified = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(verified.ok, qPrintable(verified.difference));
    }

    // SPEC 3: a file of schema 2 (its command side kept no amounts or
    // payment ids) is upgraded on open, its events untouched; its schema-2
    // payments are then named by their event ids and can be voided.
    void aSchemaTwoFileIsUpgradedAndItsPaymentsCanBeVoided()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.run(charge(u"f1"_s, u"c1"_s, 45000, u"2025-01-05"_s));
        const QString path = coop.path();
        coop.reopen();
        const qint64 position =
            appendRawEvent(path, u"f1"_s, u"PaymentReceived"_s, 2,
                           R"({"amount_cents":45000,"date":"2025-01-04","payment_method":"check",)"
                           R"("transaction_id":"chk-7"})");
        {
            SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
            db.execute("DROP TABLE family_reserved_ids;"
                       "CREATE TABLE family_reserved_ids (family_id TEXT NOT NULL, kind TEXT NOT "
                       "NULL, reserved_id TEXT NOT NULL, PRIMARY KEY (family_id, kind, "
                       "reserved_id)) WITHOUT ROWID;"
                       "INSERT INTO family_reserved_ids VALUES ('f1', 'charge_id', 'c1');"
                       "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        const QString eventsBefore = [&] {
            SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
            return QString::number(db.scalar("SELECT count(*) FROM events"));
        }();
        coop.reopen();
        {
            SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
            QCOMPARE(db.scalar("SELECT value FROM meta WHERE key = 'schema_version'"),
                     qint64{coopfile::schemaVersion});
            QCOMPARE(QString::number(db.scalar("SELECT count(*) FROM events")), eventsBefore);
        }
        const RecordedEvent old = coop.store().readAfter(position - 1, 1).first();
        QCOMPARE(outcome(coop.bus().dispatch(
                     pay(u"f1"_s, {}, 100, u"2025-01-05"_s, u"check"_s, u"chk-7"_s))),
                 u"duplicate/transaction_id"_s);
        QCOMPARE(outcome(coop.bus().dispatch(charge(u"f1"_s, u"c1"_s, 1, u"2025-01-05"_s))),
                 u"duplicate/charge_id"_s);
        QVERIFY(coop.run(voidPayment(u"f1"_s, old.eventId)).ok);
        QCOMPARE(lastEventData(coop.store()).value(u"amount_cents"_s).toInteger(), 45000);
        QVERIFY(coop.run(pay(u"f1"_s, {}, 45000, u"2025-01-06"_s, u"check"_s, u"chk-7"_s)).ok);
        project(coop);
        QueryService queries(coop.location());
        const QList<QJsonObject> payments = queries.familyPayments(u"f1"_s);
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().value(u"date"_s).toString(), u"2025-01-06"_s);
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"balance_cents"_s).toInteger(), 0);
        const ViewsReport verified = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(verified.ok, qPrintable(verified.difference));
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
