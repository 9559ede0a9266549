// EventFields, the replay's read of an event's stored data, against the
// QJsonObject that decodeEventData gives for the same text: every value the
// fold reads, and the same refusals.

#include "domain/event_fields.h"
#include "domain/event_upcasting.h"

#include <QTest>

using namespace coopdesk;
using namespace Qt::StringLiterals;

namespace {

RecordedEvent eventOf(const QString& type, const QByteArray& data, int schemaVersion = -1)
{
    RecordedEvent event;
    event.eventId = u"e-1"_s;
    event.eventType = type;
    event.schemaVersion = schemaVersion < 0 ? currentSchemaVersion(type) : schemaVersion;
    event.data = data;
    return event;
}

// Every read the fold makes, for every key the text has and one it lacks.
void compareReads(const RecordedEvent& event)
{
    const QJsonObject expected = decodeEventData(event);
    const EventFields fields = EventFields::decode(event);
    QStringList keys = expected.keys();
    keys << u"not_there"_s;
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue want = expected.value(key);
        const EventFields::Value got = fields.value(key);
        QVERIFY2(fields.contains(key) == expected.contains(key), qPrintable(key));
        QCOMPARE(got.isString(), want.isString());
        QCOMPARE(got.toString(), want.toString());
        QCOMPARE(got.toInteger(), want.toInteger());
        QCOMPARE(got.toInt(), want.toInt());
        QCOMPARE(got.toBool(), want.toBool());
        QCOMPARE(got.toObject(), want.toObject());
    }
}

// Outside moc's sight: its lexer loses its way in the JSON literals.
#ifndef Q_MOC_RUN
void addReadRows()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("schemaVersion");
    const auto row = [](const char* name, const char* type, const QByteArray& data,
                        int schema = -1) {
        QTest::newRow(name) << QString::fromLatin1(type) << data << schema;
    };
    row("charge", "TuitionCharged",
        R"({"amount_cents":15000,"charge_id":"c-7","due_date":"2024-03-05","family_id":"f1","month":"2024-03"})");
    row("payment", "PaymentReceived",
        R"({"amount_cents":10000,"date":"2024-03-03","family_id":"f1","payment_id":"p-1","payment_method":"ach","transaction_id":null})");
    row("payment of schema 2, upcast", "PaymentReceived",
        R"({"amount_cents":10000,"date":"2024-03-03","family_id":"f1","payment_method":"ach"})", 2);
    row("payment of schema 1, upcast", "PaymentReceived",
        R"({"amount":100.5,"date":"2024-03-03","family_id":"f1","payment_method":"ach"})", 1);
    row("white space", "ChildAdded", " {\n\t\"child_age\" : 7 ,\r\n \"child_name\":\"Ana\" } \n");
    row("empty object", "FamilyReenrolled", "{}");
    row("not ASCII", "FamilyEnrolled",
        R"({"family_name":"Muñoz Peña","enrollment_date":"2020-01-01","parent_name":"José"})");
    row("escapes", "FamilyEnrolled",
        "{\"family_name\":\"The \\\"Quoted\\\" family\\n\",\"enrollment_date\":\"2020-01-01\"}");
    row("booleans", "AttendanceRecorded",
        R"({"attended":true,"event":"x","other":false,"n":null})");
    row("nested", "RiskScoreUpdated",
        R"({"new_score":88,"risk_factors":{"a":[1,2,{"b":"}"}],"c":"]"},"risk_tier":"critical","list":[{"x":1}]})");
    row("big and negative integers", "VolunteerHoursLogged",
        R"({"hours":9223372036854775807,"low":-9223372036854775808,"int_overflow":3000000000,"zero":-0})");
    row("number beyond qint64", "VolunteerHoursLogged", R"({"hours":9223372036854775808})");
    row("fractions and exponents", "VolunteerHoursLogged",
        R"({"hours":2.5,"whole":3.0,"exp":1e3,"neg":-2E-2})");
    row("a key twice", "LoginRecorded", R"({"date":"2024-01-01","date":"2024-02-02"})");
    row("control character (Qt takes it)", "LoginRecorded", "{\"date\":\"a\x01b\"}");
    row("escaped key", "LoginRecorded", "{\"da\\u0074e\":\"2024-01-01\"}");
    row("strings read as numbers", "VolunteerHoursLogged", R"({"hours":"12"})");
}

void addRefusalRows()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("schemaVersion");
    QTest::newRow("unknown type") << u"NoSuchEvent"_s << QByteArray("{}") << 1;
    QTest::newRow("schema from the future") << u"LoginRecorded"_s << QByteArray("{}") << 2;
    QTest::newRow("schema 0") << u"LoginRecorded"_s << QByteArray("{}") << 0;
    QTest::newRow("not an object") << u"LoginRecorded"_s << QByteArray("[1]") << 1;
    QTest::newRow("truncated") << u"LoginRecorded"_s << QByteArray(R"({"date":"20)") << 1;
    QTest::newRow("garbage after") << u"LoginRecorded"_s << QByteArray(R"({} x)") << 1;
    QTest::newRow("leading zero") << u"VolunteerHoursLogged"_s << QByteArray(R"({"hours":012})")
                                  << 1;
    QTest::newRow("bad UTF-8") << u"LoginRecorded"_s << QByteArray("{\"date\":\"\xC3\x28\"}") << 1;
    QTest::newRow("bad nested object")
        << u"RiskScoreUpdated"_s << QByteArray(R"({"risk_factors":{"a":}})") << 1;
    QTest::newRow("payment too large")
        << u"PaymentReceived"_s
        << QByteArray(R"({"amount_cents":100000001,"payment_id":"p","date":"2024-01-01"})") << 3;
    QTest::newRow("payment of no cents")
        << u"PaymentReceived"_s << QByteArray(R"({"amount_cents":0,"payment_id":"p"})") << 3;
    QTest::newRow("payment cents as text")
        << u"PaymentReceived"_s << QByteArray(R"({"amount_cents":"5","payment_id":"p"})") << 3;
}
#endif

} // namespace

class TestEventFields : public QObject
{
    Q_OBJECT

private slots:
    void readsAsTheQJsonObjectDoes_data() { addReadRows(); }

    void readsAsTheQJsonObjectDoes()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, data);
        QFETCH(int, schemaVersion);
        compareReads(eventOf(type, data, schemaVersion));
    }

    // What decodeEventData refuses, EventFields refuses with the same message.
    void refusesWhatDecodeEventDataRefuses_data() { addRefusalRows(); }

    void refusesWhatDecodeEventDataRefuses()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, data);
        QFETCH(int, schemaVersion);
        const RecordedEvent event = eventOf(type, data, schemaVersion);
        QString expected;
        try {
            decodeEventData(event);
        } catch (const EventDecodeError& error) {
            expected = error.message();
        }
        QVERIFY2(!expected.isEmpty(), "decodeEventData took it");
        QString got;
        try {
            EventFields::decode(event);
        } catch (const EventDecodeError& error) {
            got = error.message();
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventFields)
#include "tst_event_fields.moc"
