// The command bus over a real co-op file: idempotency, optimistic
// concurrency, the state rules that need the stored family state, generated
// ids, batches (all or nothing), metadata and the order of the log.

#include "app_version.h"
#include "store/family_replay.h"
#include "temp_coop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString describe(const CommandResult& result)
{
    return QString::fromUtf8(result.toJsonLine());
}

bool isId(const QString& id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

QJsonObject addChild(const QString& familyId, const QString& name = u"Ana"_s, int age = 7)
{
    return cmd(u"AddChild"_s,
               {{u"family_id"_s, familyId}, {u"child_name"_s, name}, {u"child_age"_s, age}});
}

QJsonObject login(const QString& familyId, const QString& date = u"2024-10-01"_s)
{
    return cmd(u"RecordLogin"_s, {{u"family_id"_s, familyId}, {u"date"_s, date}});
}

QJsonObject charge(const QString& familyId, const QString& chargeId)
{
    QJsonObject fields{{u"family_id"_s, familyId},
                       {u"month"_s, u"2024-09"_s},
                       {u"amount_cents"_s, 45000},
                       {u"due_date"_s, u"2024-09-05"_s}};
    if (!chargeId.isNull())
        fields.insert(u"charge_id"_s, chargeId);
    return cmd(u"ChargeTuition"_s, fields);
}

QJsonObject payment(const QString& familyId, const QJsonValue& transactionId)
{
    QJsonObject fields{{u"family_id"_s, familyId},
                       {u"amount_cents"_s, 1000},
                       {u"date"_s, u"2024-09-03"_s},
                       {u"payment_method"_s, u"cash"_s}};
    if (!transactionId.isUndefined())
        fields.insert(u"transaction_id"_s, transactionId);
    return cmd(u"ReceivePayment"_s, fields);
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

} // namespace

class TestCommandBus : public QObject
{
    Q_OBJECT

private:
    static void verifyRejected(const CommandResult& result, const QString& code,
                               const std::optional<QString>& field)
    {
        QVERIFY2(!result.ok, qPrintable(describe(result)));
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->code, code);
        QCOMPARE(result.error->field, field);
        QVERIFY(!result.error->message.isEmpty());
    }
    static void verifyAccepted(const CommandResult& result)
    {
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QVERIFY(!result.error.has_value());
    }

private slots:
    void acceptedCommandReportsPositionAndVersion()
    {
        TempCoop coop;
        const CommandResult enrolled = coop.enroll(u"f1"_s);
        verifyAccepted(enrolled);
        QCOMPARE(enrolled.command, u"EnrollFamily"_s);
        QCOMPARE(enrolled.familyId, u"f1"_s);
        QCOMPARE(enrolled.position, 1);
        QCOMPARE(enrolled.streamVersion, 1);
        QCOMPARE(
            enrolled.toJsonLine(),
            QByteArray(
                R"({"ok":true,"command":"EnrollFamily","family_id":"f1","position":1,"stream_version":1})"));
        const CommandResult child = coop.run(addChild(u"f1"_s));
        verifyAccepted(child);
        QCOMPARE(child.position, 2);
        QCOMPARE(child.streamVersion, 2);
        QCOMPARE(coop.store().headPosition(), 2);
    }

    // SPEC 2.1 step 2: the same command_id with the same content (key order,
    // spacing and 5 versus 5.0 aside) returns the first result, appends nothing.
    void repeatedCommandIdReturnsTheFirstResult_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("again");
        const QByteArray first =
            R"({"command":"AddChild","command_id":"add-ana","family_id":"f1","child_name":"Ana","child_age":5})";
        QTest::newRow("same bytes") << first << first;
        QTest::newRow("key order")
            << first
            << QByteArray(
                   R"({"child_age":5,"child_name":"Ana","family_id":"f1","command_id":"add-ana","command":"AddChild"})");
        QTest::newRow("spacing")
            << first
            << QByteArray(" {\"command\" : \"AddChild\",\t\"command_id\":\"add-ana\", "
                          "\"family_id\":\"f1\",\"child_name\":\"Ana\",\"child_age\":5 }\r\n");
        QTest::newRow("5 and 5.0")
            << first
            << QByteArray(
                   R"({"command":"AddChild","command_id":"add-ana","family_id":"f1","child_name":"Ana","child_age":5.0})");
        QTest::newRow("5.0 then 5")
            << QByteArray(
                   R"({"command":"AddChild","command_id":"add-ana","family_id":"f1","child_name":"Ana","child_age":5.0})")
            << first;
        QTest::newRow("5 and 5e0")
            << first
            << QByteArray(
                   R"({"command":"AddChild","command_id":"add-ana","family_id":"f1","child_name":"Ana","child_age":5e0})");
        QTest::newRow("nested factors, key order")
            << QByteArray(
                   R"({"command":"UpdateRiskScore","command_id":"r","family_id":"f1","new_score":50,"risk_factors":{"a":1,"b":{"c":2,"d":3}}})")
            << QByteArray(
                   R"({"risk_factors":{"b":{"d":3.0,"c":2},"a":1},"new_score":50,"family_id":"f1","command_id":"r","command":"UpdateRiskScore"})");
    }
    void repeatedCommandIdReturnsTheFirstResult()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, again);
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        QSignalSpy appended(&coop.bus(), &CommandBus::appended);
        const CommandResult original = coop.bus().dispatch(first);
        verifyAccepted(original);
        QCOMPARE(appended.size(), 1);
        const qint64 head = coop.store().headPosition();

        coop.clock().advance(60'000);
        const CommandResult repeated = coop.bus().dispatch(again);
        verifyAccepted(repeated);
        QCOMPARE(repeated.toJsonLine(), original.toJsonLine());
        QCOMPARE(repeated.position, original.position);
        QCOMPARE(repeated.streamVersion, original.streamVersion);
        QCOMPARE(coop.store().headPosition(), head);
        QCOMPARE(appended.size(), 1); // nothing new became durable

        // Remembered in the file, not in the process.
        coop.reopen();
        const CommandResult afterReopen = coop.bus().dispatch(again);
        verifyAccepted(afterReopen);
        QCOMPARE(afterReopen.toJsonLine(), original.toJsonLine());
        QCOMPARE(coop.store().headPosition(), head);
    }

    void repeatedCommandIdWithOtherContentIsDuplicate_data()
    {
        QTest::addColumn<QByteArray>("again");
        QTest::newRow("other value") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":"Ana","child_age":6})");
        QTest::newRow("5.5 instead of 5") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":"Ana","child_age":5.5})");
        QTest::newRow("untrimmed text") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":" Ana","child_age":5})");
        QTest::newRow("an extra null field") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":"Ana","child_age":5,"expected_version":null})");
        QTest::newRow("other command") << QByteArray(
            R"({"command":"RecordLogin","command_id":"k1","family_id":"f1","date":"2024-01-01"})");
        QTest::newRow("other family") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f2","child_name":"Ana","child_age":5})");
        QTest::newRow("invalid content: step 2 comes first")
            << QByteArray(R"({"command":"AddChild","command_id":"k1","family_id":"f1"})");
        QTest::newRow("unknown family: step 2 comes first") << QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"nobody","child_name":"Ana","child_age":5})");
    }
    void repeatedCommandIdWithOtherContentIsDuplicate()
    {
        QFETCH(QByteArray, again);
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.enroll(u"f2"_s));
        verifyAccepted(coop.bus().dispatch(QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":"Ana","child_age":5})")));
        const qint64 head = coop.store().headPosition();
        const CommandResult result = coop.bus().dispatch(again);
        verifyRejected(result, u"duplicate"_s, u"command_id"_s);
        QCOMPARE(coop.store().headPosition(), head);
        // The first result is still the one remembered.
        const CommandResult first = coop.bus().dispatch(QByteArray(
            R"({"command":"AddChild","command_id":"k1","family_id":"f1","child_name":"Ana","child_age":5})"));
        verifyAccepted(first);
        QCOMPARE(first.position, 3);
    }

    // Only accepted commands are remembered.
    void rejectedCommandIdIsNotRemembered()
    {
        TempCoop coop;
        const QByteArray childForF1 =
            R"({"command":"AddChild","command_id":"k","family_id":"f1","child_name":"Ana","child_age":5})";
        verifyRejected(coop.bus().dispatch(childForF1), u"not_found"_s, u"family_id"_s);
        verifyAccepted(coop.enroll(u"f1"_s));
        // Same id, same content: runs now, as it was never accepted.
        const CommandResult accepted = coop.bus().dispatch(childForF1);
        verifyAccepted(accepted);
        QCOMPARE(accepted.position, 2);

        // A validation failure does not take the id either.
        verifyRejected(
            coop.bus().dispatch(QByteArray(
                R"({"command":"AddChild","command_id":"k2","family_id":"f1","child_age":5})")),
            u"validation"_s, u"child_name"_s);
        const CommandResult other = coop.bus().dispatch(QByteArray(
            R"({"command":"RecordLogin","command_id":"k2","family_id":"f1","date":"2024-01-01"})"));
        verifyAccepted(other);
        QCOMPARE(other.position, 3);

        // Nor a state rule.
        verifyAccepted(coop.run(
            cmd(u"WithdrawFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-01-01"_s}})));
        const QJsonObject blocked = with(login(u"f1"_s), u"command_id"_s, u"k3"_s);
        verifyRejected(coop.bus().dispatch(blocked), u"withdrawn"_s, u"family_id"_s);
        verifyAccepted(coop.run(
            cmd(u"ReenrollFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-02-01"_s}})));
        const CommandResult later = coop.bus().dispatch(blocked);
        verifyAccepted(later);
        QCOMPARE(later.position, 6);
    }

    // Ids are global to the file and not trimmed.
    void commandIdsAreGlobalAndUntrimmed()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.enroll(u"f2"_s));
        verifyAccepted(coop.bus().dispatch(with(login(u"f1"_s), u"command_id"_s, u"id"_s)));
        verifyRejected(coop.bus().dispatch(with(login(u"f2"_s), u"command_id"_s, u"id"_s)),
                       u"duplicate"_s, u"command_id"_s);
        const CommandResult spaced =
            coop.bus().dispatch(with(login(u"f2"_s), u"command_id"_s, u" id"_s));
        verifyAccepted(spaced);
        QCOMPARE(spaced.position, 4);
        const CommandResult upper =
            coop.bus().dispatch(with(login(u"f2"_s), u"command_id"_s, u"ID"_s));
        verifyAccepted(upper);
        QCOMPARE(upper.position, 5);
    }

    void generatedFamilyIdIsReturnedAgainOnRepeat()
    {
        TempCoop coop;
        const QByteArray line =
            R"({"command":"EnrollFamily","command_id":"enroll-1","family_name":"New Family","enrollment_date":"2024-09-01"})";
        const CommandResult first = coop.bus().dispatch(line);
        verifyAccepted(first);
        QVERIFY(isId(first.familyId));
        const CommandResult again = coop.bus().dispatch(line);
        verifyAccepted(again);
        QCOMPARE(again.familyId, first.familyId);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void commandIdFormatErrors_data()
    {
        QTest::addColumn<QJsonValue>("commandId");
        QTest::newRow("empty") << QJsonValue(u""_s);
        QTest::newRow("101 chars") << QJsonValue(QString(101, u'x'));
        QTest::newRow("number") << QJsonValue(42);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"id"_s, 1}});
        QTest::newRow("control character") << QJsonValue(u"a\u0007b"_s);
        QTest::newRow("line feed") << QJsonValue(u"a\nb"_s);
    }
    void commandIdFormatErrors()
    {
        QFETCH(QJsonValue, commandId);
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyRejected(coop.bus().dispatch(with(login(u"f1"_s), u"command_id"_s, commandId)),
                       u"validation"_s, u"command_id"_s);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void commandIdOfExactlyHundredCharacters()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        const QString id = QString(99, u'x') + u"\U0001F600"_s;
        const CommandResult result = coop.bus().dispatch(with(login(u"f1"_s), u"command_id"_s, id));
        verifyAccepted(result);
        const QList<RecordedEvent> events = coop.store().readStream(u"f1"_s);
        QCOMPARE(parse(events.last().metadata).value(u"command_id"_s).toString(), id);
    }

    // SPEC 2.1 step 5: expected_version against the stream; a new one is at 0.
    void expectedVersionConflicts()
    {
        TempCoop coop;
        verifyRejected(coop.bus().dispatch(
                           with(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                                        {u"family_name"_s, u"F"_s},
                                                        {u"enrollment_date"_s, u"2024-09-01"_s}}),
                                u"expected_version"_s, 1)),
                       u"conflict"_s, u"expected_version"_s);
        QCOMPARE(coop.store().headPosition(), 0);
        verifyAccepted(coop.bus().dispatch(
            with(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                         {u"family_name"_s, u"F"_s},
                                         {u"enrollment_date"_s, u"2024-09-01"_s}}),
                 u"expected_version"_s, 0)));
        const CommandResult v2 =
            coop.bus().dispatch(with(addChild(u"f1"_s), u"expected_version"_s, 1));
        verifyAccepted(v2);
        QCOMPARE(v2.streamVersion, 2);
        // A second writer that read version 1 loses.
        verifyRejected(
            coop.bus().dispatch(with(addChild(u"f1"_s, u"Bo"_s), u"expected_version"_s, 1)),
            u"conflict"_s, u"expected_version"_s);
        verifyRejected(coop.bus().dispatch(with(login(u"f1"_s), u"expected_version"_s, 3)),
                       u"conflict"_s, u"expected_version"_s);
        QCOMPARE(coop.store().headPosition(), 2);
        verifyAccepted(coop.bus().dispatch(with(login(u"f1"_s), u"expected_version"_s, 2.0)));
        // Other families' events do not move this stream's version.
        verifyAccepted(coop.enroll(u"f2"_s));
        verifyAccepted(coop.bus().dispatch(with(login(u"f1"_s), u"expected_version"_s, 3)));
        // Unknown family: not_found comes before conflict.
        verifyRejected(coop.bus().dispatch(with(login(u"ghost"_s), u"expected_version"_s, 0)),
                       u"not_found"_s, u"family_id"_s);
        // And the stored version survives a reopen.
        coop.reopen();
        verifyRejected(coop.bus().dispatch(with(login(u"f1"_s), u"expected_version"_s, 3)),
                       u"conflict"_s, u"expected_version"_s);
        verifyAccepted(coop.bus().dispatch(with(login(u"f1"_s), u"expected_version"_s, 4)));
    }

    void withdrawnAndReenrolled()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s, u"Lee Family"_s, u"2024-08-15"_s));
        const QJsonObject withdraw = cmd(
            u"WithdrawFamily"_s,
            {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-01-10"_s}, {u"reason"_s, u"Moving"_s}});
        const QJsonObject reenroll =
            cmd(u"ReenrollFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-03-01"_s}});
        verifyRejected(coop.bus().dispatch(reenroll), u"validation"_s, u"family_id"_s);
        verifyAccepted(coop.run(withdraw));
        verifyRejected(coop.bus().dispatch(withdraw), u"withdrawn"_s, u"family_id"_s);

        const QList<QJsonObject> marked{
            addChild(u"f1"_s),
            charge(u"f1"_s, u"c1"_s),
            cmd(u"UpdateEngagementScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 5}}),
            cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 5}}),
            cmd(u"AssignCoordinator"_s, {{u"family_id"_s, u"f1"_s}, {u"coordinator"_s, u"M"_s}}),
            cmd(u"LogVolunteerHours"_s,
                {{u"family_id"_s, u"f1"_s}, {u"hours"_s, 2}, {u"date"_s, u"2025-01-11"_s}}),
            cmd(u"RecordAttendance"_s, {{u"family_id"_s, u"f1"_s},
                                        {u"event_name"_s, u"Fair"_s},
                                        {u"date"_s, u"2025-01-11"_s},
                                        {u"attended"_s, false}}),
            login(u"f1"_s)};
        for (const QJsonObject& command : marked)
            verifyRejected(coop.bus().dispatch(command), u"withdrawn"_s, u"family_id"_s);
        QCOMPARE(coop.store().headPosition(), 2);

        // Not marked (E): still allowed on a withdrawn family.
        verifyAccepted(coop.run(payment(u"f1"_s, u"t1"_s)));
        verifyAccepted(coop.run(cmd(
            u"RecordContact"_s,
            {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-01-12"_s}, {u"method"_s, u"email"_s}})));
        verifyAccepted(coop.run(
            cmd(u"ChangeContactDetails"_s, {{u"family_id"_s, u"f1"_s}, {u"phone"_s, u"555"_s}})));
        // The withdrawn state is stored, not kept in memory.
        coop.reopen();
        verifyRejected(coop.bus().dispatch(addChild(u"f1"_s)), u"withdrawn"_s, u"family_id"_s);

        const CommandResult back = coop.run(reenroll);
        verifyAccepted(back);
        QCOMPARE(back.streamVersion, 6);
        verifyRejected(coop.bus().dispatch(reenroll), u"validation"_s, u"family_id"_s);
        verifyAccepted(coop.run(addChild(u"f1"_s)));

        // Re-enrollment: enrolled again, no withdrawal date, same enrollment date.
        const FamilyReplay replay = reconstructFamily(coop.store(), u"f1"_s);
        QVERIFY(replay.found);
        QCOMPARE(replay.record.status, u"enrolled"_s);
        QVERIFY(!replay.record.withdrawalDate.has_value());
        QCOMPARE(replay.record.enrollmentDate, u"2024-08-15"_s);
        QCOMPARE(replay.record.children.size(), 1);
    }

    void enrollTwiceIsAlreadyExists()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyRejected(
            coop.bus().dispatch(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                                        {u"family_name"_s, u"Other"_s},
                                                        {u"enrollment_date"_s, u"2024-09-01"_s}})),
            u"already_exists"_s, u"family_id"_s);
        coop.reopen();
        verifyRejected(
            coop.bus().dispatch(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                                        {u"family_name"_s, u"Other"_s},
                                                        {u"enrollment_date"_s, u"2024-09-01"_s}})),
            u"already_exists"_s, u"family_id"_s);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void duplicateChargeIds()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.enroll(u"f2"_s));
        verifyAccepted(coop.run(charge(u"f1"_s, u"2024-09"_s)));
        verifyRejected(coop.bus().dispatch(charge(u"f1"_s, u"2024-09"_s)), u"duplicate"_s,
                       u"charge_id"_s);
        // Unique per family: another family may use the same id.
        verifyAccepted(coop.run(charge(u"f2"_s, u"2024-09"_s)));
        verifyAccepted(coop.run(charge(u"f1"_s, u"2024-10"_s)));
        // A transaction id does not clash with a charge id.
        verifyAccepted(coop.run(payment(u"f1"_s, u"2024-09"_s)));
        coop.reopen();
        verifyRejected(coop.bus().dispatch(charge(u"f1"_s, u"2024-09"_s)), u"duplicate"_s,
                       u"charge_id"_s);
        verifyRejected(coop.bus().dispatch(charge(u"f1"_s, u"2024-10"_s)), u"duplicate"_s,
                       u"charge_id"_s);
        QCOMPARE(coop.store().headPosition(), 6);
    }

    void duplicateTransactionIds()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.enroll(u"f2"_s));
        verifyAccepted(coop.run(payment(u"f1"_s, u"tx-1"_s)));
        verifyRejected(coop.bus().dispatch(payment(u"f1"_s, u"tx-1"_s)), u"duplicate"_s,
                       u"transaction_id"_s);
        verifyRejected(coop.bus().dispatch(payment(u"f1"_s, u" tx-1 "_s)), u"duplicate"_s,
                       u"transaction_id"_s);
        verifyAccepted(coop.run(payment(u"f2"_s, u"tx-1"_s)));
        // Without a transaction id (absent, null or blank) payments never clash.
        verifyAccepted(coop.run(payment(u"f1"_s, QJsonValue(QJsonValue::Undefined))));
        verifyAccepted(coop.run(payment(u"f1"_s, QJsonValue(QJsonValue::Undefined))));
        verifyAccepted(coop.run(payment(u"f1"_s, QJsonValue::Null)));
        verifyAccepted(coop.run(payment(u"f1"_s, u"  "_s)));
        verifyAccepted(coop.run(payment(u"f1"_s, u"  "_s)));
        // A charge id does not clash with a transaction id.
        verifyAccepted(coop.run(charge(u"f1"_s, u"tx-1"_s)));
        coop.reopen();
        verifyRejected(coop.bus().dispatch(payment(u"f1"_s, u"tx-1"_s)), u"duplicate"_s,
                       u"transaction_id"_s);
        QCOMPARE(coop.store().headPosition(), 10);
    }

    void generatedIds()
    {
        TempCoop coop;
        const QJsonObject enroll =
            cmd(u"EnrollFamily"_s,
                {{u"family_name"_s, u"No Id"_s}, {u"enrollment_date"_s, u"2024-09-01"_s}});
        const CommandResult a = coop.run(enroll);
        const CommandResult b = coop.run(with(enroll, u"family_id"_s, QJsonValue::Null));
        verifyAccepted(a);
        verifyAccepted(b);
        QVERIFY2(isId(a.familyId), qPrintable(a.familyId));
        QVERIFY2(isId(b.familyId), qPrintable(b.familyId));
        QVERIFY(a.familyId != b.familyId);
        const QList<RecordedEvent> stream = coop.store().readStream(a.familyId);
        QCOMPARE(stream.size(), 1);
        QCOMPARE(stream.first().streamId, a.familyId);
        QVERIFY(!parse(stream.first().data).contains(u"family_id"_s));
        // The generated family is a family like any other.
        verifyAccepted(coop.run(addChild(a.familyId)));
        // "" is not a request for an id.
        verifyRejected(coop.bus().dispatch(with(enroll, u"family_id"_s, u""_s)), u"validation"_s,
                       u"family_id"_s);

        const CommandResult c1 = coop.run(charge(a.familyId, QString()));
        const CommandResult c2 =
            coop.run(with(charge(a.familyId, QString()), u"charge_id"_s, QJsonValue::Null));
        verifyAccepted(c1);
        verifyAccepted(c2);
        const QList<RecordedEvent> events = coop.store().readStream(a.familyId);
        QCOMPARE(events.size(), 4);
        const QString id1 = parse(events.at(2).data).value(u"charge_id"_s).toString();
        const QString id2 = parse(events.at(3).data).value(u"charge_id"_s).toString();
        QVERIFY2(isId(id1), qPrintable(id1));
        QVERIFY2(isId(id2), qPrintable(id2));
        QVERIFY(id1 != id2);
        // A generated charge id is reserved like a given one.
        verifyRejected(coop.bus().dispatch(charge(a.familyId, id1)), u"duplicate"_s,
                       u"charge_id"_s);
    }

    void riskTierIsDerived_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("tier");
        for (const auto& [score, tier] :
             {std::pair{0, u"low"_s}, std::pair{39, u"low"_s}, std::pair{40, u"medium"_s},
              std::pair{69, u"medium"_s}, std::pair{70, u"high"_s}, std::pair{84, u"high"_s},
              std::pair{85, u"critical"_s}, std::pair{100, u"critical"_s}})
            QTest::addRow("%d", score) << score << tier;
    }
    void riskTierIsDerived()
    {
        QFETCH(int, score);
        QFETCH(QString, tier);
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.run(
            cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, score}})));
        const QJsonObject data = parse(coop.store().readStream(u"f1"_s).last().data);
        QCOMPARE(data, (QJsonObject{{u"old_score"_s, 0},
                                    {u"new_score"_s, score},
                                    {u"risk_tier"_s, tier},
                                    {u"risk_factors"_s, QJsonObject{}}}));
    }

    void oldScoresComeFromState()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.enroll(u"f2"_s));
        const auto risk = [&](const QString& family, int score) {
            return coop.run(
                cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, family},
                                           {u"new_score"_s, score},
                                           {u"risk_factors"_s, QJsonObject{{u"s"_s, score}}}}));
        };
        const auto engagement = [&](const QString& family, int score) {
            return coop.run(cmd(u"UpdateEngagementScore"_s,
                                {{u"family_id"_s, family}, {u"new_score"_s, score}}));
        };
        verifyAccepted(risk(u"f1"_s, 72));
        verifyAccepted(engagement(u"f1"_s, 40));
        verifyAccepted(risk(u"f2"_s, 10)); // another family's score is its own
        verifyAccepted(risk(u"f1"_s, 90));
        coop.reopen();
        verifyAccepted(engagement(u"f1"_s, 61));
        verifyAccepted(risk(u"f1"_s, 15));

        QList<QJsonObject> riskData;
        QList<QJsonObject> engagementData;
        for (const RecordedEvent& event : coop.store().readStream(u"f1"_s)) {
            if (event.eventType == u"RiskScoreUpdated"_s)
                riskData.append(parse(event.data));
            else if (event.eventType == u"EngagementScoreUpdated"_s)
                engagementData.append(parse(event.data));
        }
        QCOMPARE(riskData.size(), 3);
        QCOMPARE(riskData.at(0).value(u"old_score"_s).toInt(), 0);
        QCOMPARE(riskData.at(1).value(u"old_score"_s).toInt(), 72);
        QCOMPARE(riskData.at(1).value(u"risk_tier"_s).toString(), u"critical"_s);
        QCOMPARE(riskData.at(2).value(u"old_score"_s).toInt(), 90);
        QCOMPARE(riskData.at(2).value(u"risk_tier"_s).toString(), u"low"_s);
        QCOMPARE(riskData.at(2).value(u"risk_factors"_s).toObject(), (QJsonObject{{u"s"_s, 15}}));
        QCOMPARE(engagementData.size(), 2);
        QCOMPARE(engagementData.at(0),
                 (QJsonObject{
                     {u"old_score"_s, 0}, {u"new_score"_s, 40}, {u"factors"_s, QJsonObject{}}}));
        QCOMPARE(engagementData.at(1).value(u"old_score"_s).toInt(), 40);
    }

    // Batches: all or nothing, and every bad command reported.
    void batchWithBadCommandsAppendsNothing()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.run(charge(u"f1"_s, u"c1"_s)));
        QSignalSpy appended(&coop.bus(), &CommandBus::appended);
        const QList<QJsonObject> batch{
            cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"b1"_s},
                                    {u"family_name"_s, u"Batch One"_s},
                                    {u"enrollment_date"_s, u"2024-09-01"_s}}),
            addChild(u"b1"_s),                               // ok: b1 exists by now
            addChild(u"b1"_s, u"Too Old"_s, 26),             // validation
            login(u"nobody"_s),                              // not_found
            charge(u"f1"_s, u"c1"_s),                        // duplicate
            with(login(u"f1"_s), u"expected_version"_s, 1),  // conflict
            cmd(u"Teleport"_s, {{u"family_id"_s, u"f1"_s}}), // unknown command
            charge(u"b1"_s, u"c1"_s),                        // ok: another family
            with(login(u"b1"_s), u"command_id"_s, u""_s),    // command_id
        };
        const CommandBus::BatchResult result = coop.bus().dispatchBatch(batch);
        QVERIFY(!result.committed);
        QVERIFY(!result.storageError);
        QCOMPARE(result.results.size(), batch.size());
        verifyAccepted(result.results.at(0));
        verifyAccepted(result.results.at(1));
        verifyRejected(result.results.at(2), u"validation"_s, u"child_age"_s);
        verifyRejected(result.results.at(3), u"not_found"_s, u"family_id"_s);
        verifyRejected(result.results.at(4), u"duplicate"_s, u"charge_id"_s);
        verifyRejected(result.results.at(5), u"conflict"_s, u"expected_version"_s);
        verifyRejected(result.results.at(6), u"validation"_s, u"command"_s);
        verifyAccepted(result.results.at(7));
        verifyRejected(result.results.at(8), u"validation"_s, u"command_id"_s);
        QCOMPARE(coop.store().headPosition(), 2);
        QVERIFY(coop.store().readStream(u"b1"_s).isEmpty());
        QCOMPARE(appended.size(), 0);
        // Nothing of it was kept: b1 can be enrolled, its charge id is free.
        verifyAccepted(coop.enroll(u"b1"_s));
        verifyAccepted(coop.run(charge(u"b1"_s, u"c1"_s)));
    }

    void batchWithOneBadCommandAppendsNothing()
    {
        TempCoop coop;
        QList<QJsonObject> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"b%1"_s.arg(i)},
                                                 {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                 {u"enrollment_date"_s, u"2024-09-01"_s}}));
        batch.append(addChild(u"b49"_s, u"X"_s, -1));
        const CommandBus::BatchResult result = coop.bus().dispatchBatch(batch);
        QVERIFY(!result.committed);
        QCOMPARE(result.results.size(), 51);
        verifyRejected(result.results.last(), u"validation"_s, u"child_age"_s);
        QCOMPARE(coop.store().headPosition(), 0);
        coop.reopen();
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void batchCommitsInOneGo()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f0"_s));
        QSignalSpy appended(&coop.bus(), &CommandBus::appended);
        QList<QJsonObject> batch;
        for (int i = 1; i <= 20; ++i) {
            batch.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                 {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                 {u"enrollment_date"_s, u"2024-09-01"_s}}));
            batch.append(with(addChild(u"f%1"_s.arg(i)), u"command_id"_s, u"child-%1"_s.arg(i)));
        }
        const CommandBus::BatchResult result = coop.bus().dispatchBatch(batch);
        QVERIFY(result.committed);
        QCOMPARE(result.results.size(), 40);
        for (qsizetype i = 0; i < result.results.size(); ++i) {
            verifyAccepted(result.results.at(i));
            QCOMPARE(result.results.at(i).position, i + 2);
            QCOMPARE(result.results.at(i).streamVersion, i % 2 + 1);
        }
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.first().first().toLongLong(), 41);
        QCOMPARE(coop.store().headPosition(), 41);

        // One correlation id for the batch; each event its own causation id.
        const QList<RecordedEvent> events = coop.store().readAfter(1, 1000);
        QCOMPARE(events.size(), 40);
        const QString correlation =
            parse(events.first().metadata).value(u"correlation_id"_s).toString();
        QVERIFY(!correlation.isEmpty());
        QSet<QString> causations;
        for (const RecordedEvent& event : events) {
            const QJsonObject metadata = parse(event.metadata);
            QCOMPARE(metadata.value(u"correlation_id"_s).toString(), correlation);
            causations.insert(metadata.value(u"causation_id"_s).toString());
        }
        QCOMPARE(causations.size(), 40);
        // Command ids given in a batch are remembered like any other.
        const CommandResult again =
            coop.bus().dispatch(with(addChild(u"f3"_s), u"command_id"_s, u"child-3"_s));
        verifyAccepted(again);
        QCOMPARE(again.position, result.results.at(5).position);
        QCOMPARE(coop.store().headPosition(), 41);
    }

    void batchRepeatingACommandIdInside()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        const QJsonObject once = with(login(u"f1"_s), u"command_id"_s, u"same"_s);
        const CommandBus::BatchResult result = coop.bus().dispatchBatch(
            {once, once, with(login(u"f1"_s, u"2024-10-02"_s), u"command_id"_s, u"same"_s)});
        QCOMPARE(result.results.size(), 3);
        verifyAccepted(result.results.at(0));
        verifyAccepted(result.results.at(1));
        QCOMPARE(result.results.at(1).position, result.results.at(0).position);
        verifyRejected(result.results.at(2), u"duplicate"_s, u"command_id"_s);
        QVERIFY(!result.committed);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    // SPEC 3: user_id, command_id, correlation_id, causation_id, app_version,
    // and recorded_at from the injected clock.
    void metadataAndRecordedAt()
    {
        TempCoop coop;
        coop.clock().set(QDateTime(QDate(2026, 11, 26), QTime(10, 51, 24, 123), Qt::UTC));
        verifyAccepted(coop.bus().dispatch(
            with(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                         {u"family_name"_s, u"F"_s},
                                         {u"enrollment_date"_s, u"2024-09-01"_s}}),
                 u"command_id"_s, u"cmd-enroll"_s)));
        coop.clock().advance(1001);
        coop.bus().setUserId(u"María"_s);
        verifyAccepted(coop.run(login(u"f1"_s)));

        const QList<RecordedEvent> events = coop.store().readStream(u"f1"_s);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).recordedAt, u"2026-11-26T10:51:24.123Z"_s);
        QCOMPARE(events.at(1).recordedAt, u"2026-11-26T10:51:25.124Z"_s);

        const QJsonObject first = parse(events.at(0).metadata);
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"app_version"_s, u"causation_id"_s, u"command_id"_s,
                                    u"correlation_id"_s, u"user_id"_s}));
        QCOMPARE(first.value(u"user_id"_s).toString(), u"tester"_s);
        QCOMPARE(first.value(u"command_id"_s).toString(), u"cmd-enroll"_s);
        QCOMPARE(first.value(u"app_version"_s).toString(), QString::fromLatin1(appVersion));
        QVERIFY(!first.value(u"correlation_id"_s).toString().isEmpty());
        QVERIFY(!first.value(u"causation_id"_s).toString().isEmpty());

        const QJsonObject second = parse(events.at(1).metadata);
        QCOMPARE(second.value(u"user_id"_s).toString(), u"María"_s);
        QVERIFY(second.value(u"command_id"_s).isNull()); // none given
        QVERIFY(!second.value(u"correlation_id"_s).toString().isEmpty());
        QVERIFY(second.value(u"correlation_id"_s) != first.value(u"correlation_id"_s));
        QCOMPARE(second.value(u"app_version"_s).toString(), QString::fromLatin1(appVersion));

        for (const RecordedEvent& event : events) {
            QCOMPARE(event.streamType, u"Family"_s);
            QVERIFY(!QUuid::fromString(event.eventId).isNull());
        }
        QVERIFY(events.at(0).eventId != events.at(1).eventId);
    }

    // Positions are global and gapless; versions are per stream, 1, 2, 3 …
    // Rejected commands take neither.
    void positionsAndVersions()
    {
        TempCoop coop;
        QList<CommandResult> accepted;
        const QStringList families{u"a"_s, u"b"_s, u"c"_s};
        for (const QString& family : families)
            accepted.append(coop.enroll(family));
        for (int round = 0; round < 10; ++round) {
            for (const QString& family : families) {
                if ((round + family.at(0).unicode()) % 3 == 0) {
                    // A rejected command in between.
                    verifyRejected(coop.bus().dispatch(addChild(family, u"X"_s, 99)),
                                   u"validation"_s, u"child_age"_s);
                }
                accepted.append(coop.run(login(family)));
            }
        }
        const QList<RecordedEvent> events = coop.store().readAfter(0, 10000);
        QCOMPARE(events.size(), accepted.size());
        QHash<QString, qint64> versions;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const RecordedEvent& event = events.at(i);
            QCOMPARE(event.position, i + 1);
            QCOMPARE(event.streamVersion, ++versions[event.streamId]);
            QCOMPARE(accepted.at(i).position, event.position);
            QCOMPARE(accepted.at(i).familyId, event.streamId);
            QCOMPARE(accepted.at(i).streamVersion, event.streamVersion);
        }
        QCOMPARE(versions.value(u"a"_s), 11);
        QCOMPARE(coop.store().readStream(u"b"_s).size(), 11);
    }

    void readAfterPagesThroughTheLog()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        for (int i = 0; i < 9; ++i)
            verifyAccepted(coop.run(login(u"f1"_s)));
        QCOMPARE(coop.store().readAfter(0, 4).size(), 4);
        QCOMPARE(coop.store().readAfter(4, 4).first().position, 5);
        QCOMPARE(coop.store().readAfter(8, 4).size(), 2);
        QVERIFY(coop.store().readAfter(10, 4).isEmpty());
        QCOMPARE(coop.store().headPosition(), 10);
    }

    void snapshotStateSurvivesReopen()
    {
        TempCoop coop;
        verifyAccepted(coop.enroll(u"f1"_s));
        verifyAccepted(coop.run(charge(u"f1"_s, u"c1"_s)));
        verifyAccepted(coop.run(payment(u"f1"_s, u"t1"_s)));
        verifyAccepted(coop.run(
            cmd(u"UpdateEngagementScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 33}})));
        verifyAccepted(
            coop.run(cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 77}})));
        verifyAccepted(coop.run(
            cmd(u"WithdrawFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-01-01"_s}})));
        coop.reopen();
        verifyRejected(coop.bus().dispatch(login(u"f1"_s)), u"withdrawn"_s, u"family_id"_s);
        verifyRejected(coop.bus().dispatch(payment(u"f1"_s, u"t1"_s)), u"duplicate"_s,
                       u"transaction_id"_s);
        verifyAccepted(coop.run(
            cmd(u"ReenrollFamily"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-02-01"_s}})));
        coop.reopen();
        verifyRejected(coop.bus().dispatch(charge(u"f1"_s, u"c1"_s)), u"duplicate"_s,
                       u"charge_id"_s);
        const CommandResult risk =
            coop.run(cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 1}}));
        verifyAccepted(risk);
        QCOMPARE(risk.streamVersion, 8);
        const CommandResult engagement = coop.run(
            cmd(u"UpdateEngagementScore"_s, {{u"family_id"_s, u"f1"_s}, {u"new_score"_s, 2}}));
        verifyAccepted(engagement);
        const QList<RecordedEvent> stream = coop.store().readStream(u"f1"_s);
        QCOMPARE(parse(stream.at(7).data).value(u"old_score"_s).toInt(), 77);
        QCOMPARE(parse(stream.at(8).data).value(u"old_score"_s).toInt(), 33);
    }

    void malformedLinesThroughTheBus()
    {
        TempCoop coop;
        verifyRejected(coop.bus().dispatch(QByteArray("{not json")), u"validation"_s, std::nullopt);
        // SPEC 2.1: JSON that is not an object is about `command`.
        verifyRejected(coop.bus().dispatch(QByteArray("[]")), u"validation"_s, u"command"_s);
        verifyRejected(coop.bus().dispatch(QByteArray("42")), u"validation"_s, u"command"_s);
        verifyRejected(coop.bus().dispatch(QByteArray(R"({"command":"Nope"})")), u"validation"_s,
                       u"command"_s);
        verifyRejected(
            coop.bus().dispatch(QByteArray(
                R"({"command":"EnrollFamily","family_name":"'); DROP TABLE events; --","enrollment_date":"2024-09-01","x":1})")),
            u"validation"_s, u"x"_s);
        // SQL text as data is data.
        const CommandResult sql = coop.bus().dispatch(QByteArray(
            R"({"command":"EnrollFamily","family_id":"s1","family_name":"'); DROP TABLE events; --","enrollment_date":"2024-09-01"})"));
        verifyAccepted(sql);
        QCOMPARE(
            parse(coop.store().readStream(u"s1"_s).first().data).value(u"family_name"_s).toString(),
            u"'); DROP TABLE events; --"_s);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void changeContactDetailsThroughTheBus()
    {
        TempCoop coop;
        verifyAccepted(coop.run(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f1"_s},
                                                        {u"family_name"_s, u"F"_s},
                                                        {u"enrollment_date"_s, u"2024-09-01"_s},
                                                        {u"parent_name"_s, u"Jo"_s},
                                                        {u"phone"_s, u"555"_s}})));
        verifyRejected(
            coop.bus().dispatch(cmd(u"ChangeContactDetails"_s, {{u"family_id"_s, u"f1"_s}})),
            u"validation"_s, std::nullopt);
        verifyRejected(
            coop.bus().dispatch(cmd(u"ChangeContactDetails"_s,
                                    {{u"family_id"_s, u"f1"_s}, {u"phone"_s, QJsonValue::Null}})),
            u"validation"_s, std::nullopt);
        verifyAccepted(coop.run(cmd(u"ChangeContactDetails"_s,
                                    {{u"family_id"_s, u"f1"_s}, {u"parent_name"_s, u""_s}})));
        QCOMPARE(coop.store().headPosition(), 2);
        const FamilyReplay replay = reconstructFamily(coop.store(), u"f1"_s);
        QVERIFY(!replay.record.parentName.has_value());
        QCOMPARE(replay.record.phone, std::optional<QString>(u"555"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandBus)
#include "tst_command_bus.moc"
