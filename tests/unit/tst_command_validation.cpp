// Every command of SPEC 2 and every rule of SPEC 2.1, through the pure part
// of the command side: the JSON line read (steps 1-2), its fields validated
// (step 3) and decide() asked against a family state the test chooses
// (steps 4-6). The command bus and the store are covered in
// tests/integration/tst_command_bus.cpp.

#include "domain/command.h"
#include "domain/event_upcasting.h"
#include "domain/family_state.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace coopdesk;
using namespace Qt::StringLiterals;

namespace {

// Families the tests know: f1 enrolled at version 4 with charge c1 and
// payment t1; w1 withdrawn at version 6; any other id is unknown.
FamilyState stateOf(const QString& familyId)
{
    FamilyState state;
    state.familyId = familyId;
    if (familyId == u"f1"_s) {
        state.version = 4;
        state.engagementScore = 30;
        state.riskScore = 20;
    } else if (familyId == u"w1"_s) {
        state.version = 6;
        state.withdrawn = true;
        state.engagementScore = 10;
        state.riskScore = 90;
    } else {
        return state;
    }
    hold(state, {{u"charge_id"_s, u"c1"_s}, 45000, {}});
    hold(state, {{u"payment_id"_s, u"p1"_s}, 20000, u"t1"_s});
    hold(state, {{u"transaction_id"_s, u"t1"_s}, 20000, {}});
    return state;
}

// The desk's today in these tests: (H) dates may be one day after it.
const QDate testToday(2026, 12, 2);

struct Outcome
{
    std::optional<CommandError> error;
    Command command;
    NewEvent event;
};

Outcome evaluate(const QByteArray& line)
{
    Outcome outcome;
    const auto read = readCommandEnvelope(line);
    if (const auto* error = std::get_if<CommandError>(&read)) {
        outcome.error = *error;
        return outcome;
    }
    const auto validated = validateCommand(std::get<CommandEnvelope>(read), testToday);
    if (const auto* error = std::get_if<CommandError>(&validated)) {
        outcome.error = *error;
        return outcome;
    }
    outcome.command = std::get<Command>(validated);
    const auto decision = decide(stateOf(outcome.command.familyId), outcome.command);
    if (const auto* error = std::get_if<CommandError>(&decision)) {
        outcome.error = *error;
        return outcome;
    }
    outcome.event = std::get<NewEvent>(decision);
    return outcome;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A valid command of each kind, on f1 (ReenrollFamily on w1, EnrollFamily
// on a new id), with its required fields and one optional field or two.
QJsonObject base(const QString& name)
{
    static const QHash<QString, QJsonObject> commands{
        {u"EnrollFamily"_s,
         {{u"family_id"_s, u"n1"_s},
          {u"family_name"_s, u"Martinez Family"_s},
          {u"enrollment_date"_s, u"2024-09-01"_s}}},
        {u"ChangeContactDetails"_s, {{u"family_id"_s, u"f1"_s}, {u"phone"_s, u"555-0100"_s}}},
        {u"AddChild"_s,
         {{u"family_id"_s, u"f1"_s}, {u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 7}}},
        {u"ChargeTuition"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"charge_id"_s, u"c2"_s},
          {u"month"_s, u"2024-09"_s},
          {u"amount_cents"_s, 45000},
          {u"due_date"_s, u"2024-09-05"_s}}},
        {u"ReceivePayment"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"payment_id"_s, u"p2"_s},
          {u"amount_cents"_s, 45000},
          {u"date"_s, u"2024-09-03"_s},
          {u"payment_method"_s, u"card"_s},
          {u"transaction_id"_s, u"t2"_s}}},
        {u"UpdateEngagementScore"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"new_score"_s, 55},
          {u"factors"_s, QJsonObject{{u"logins"_s, 3}}}}},
        {u"UpdateRiskScore"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"new_score"_s, 72},
          {u"risk_factors"_s, QJsonObject{{u"late"_s, 2}}}}},
        {u"RecordContact"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"date"_s, u"2024-09-10"_s},
          {u"method"_s, u"phone"_s},
          {u"notes"_s, u"Called about the fair"_s}}},
        {u"AssignCoordinator"_s, {{u"family_id"_s, u"f1"_s}, {u"coordinator"_s, u"Maria"_s}}},
        {u"LogVolunteerHours"_s,
         {{u"family_id"_s, u"f1"_s}, {u"hours"_s, 3}, {u"date"_s, u"2024-09-12"_s}}},
        {u"RecordAttendance"_s,
         {{u"family_id"_s, u"f1"_s},
          {u"event_name"_s, u"Science fair"_s},
          {u"date"_s, u"2024-10-01"_s},
          {u"attended"_s, true}}},
        {u"RecordLogin"_s, {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2024-09-15"_s}}},
        {u"WithdrawFamily"_s,
         {{u"family_id"_s, u"f1"_s}, {u"date"_s, u"2025-01-10"_s}, {u"reason"_s, u"Moving"_s}}},
        {u"ReenrollFamily"_s, {{u"family_id"_s, u"w1"_s}, {u"date"_s, u"2025-02-01"_s}}},
        {u"VoidPayment"_s,
         {{u"family_id"_s, u"f1"_s}, {u"payment_id"_s, u"p1"_s}, {u"reason"_s, u"Bounced"_s}}},
        {u"CancelCharge"_s,
         {{u"family_id"_s, u"f1"_s}, {u"charge_id"_s, u"c1"_s}, {u"reason"_s, u"Scholarship"_s}}},
        {u"CorrectEnrollment"_s, {{u"family_id"_s, u"f1"_s}, {u"family_name"_s, u"Martínez"_s}}},
    };
    QJsonObject command = commands.value(name);
    command.insert(u"command"_s, name);
    return command;
}

QStringList commandNames()
{
    return {u"EnrollFamily"_s,      u"ChangeContactDetails"_s, u"AddChild"_s,
            u"ChargeTuition"_s,     u"ReceivePayment"_s,       u"UpdateEngagementScore"_s,
            u"UpdateRiskScore"_s,   u"RecordContact"_s,        u"AssignCoordinator"_s,
            u"LogVolunteerHours"_s, u"RecordAttendance"_s,     u"RecordLogin"_s,
            u"WithdrawFamily"_s,    u"ReenrollFamily"_s,       u"VoidPayment"_s,
            u"CancelCharge"_s,      u"CorrectEnrollment"_s};
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

template <typename A, typename B>
QJsonObject with(const QJsonObject& object, const QString& key, const QStringBuilder<A, B>& text)
{
    return with(object, key, QJsonValue(QString(text)));
}

QJsonObject without(QJsonObject object, const QString& key)
{
    object.remove(key);
    return object;
}

// The command's line with `key` set to the JSON text `raw`, exactly as
// written (so 5.0 stays 5.0 and escapes stay escapes).
QByteArray withRaw(const QJsonObject& object, const QString& key, const QByteArray& raw)
{
    const QByteArray marker = "\"@@raw@@\"";
    QByteArray line = compact(with(object, key, u"@@raw@@"_s));
    return line.replace(marker, raw);
}

QString repeated(const QString& unit, qsizetype count)
{
    return unit.repeated(count);
}

const QString emoji = u"\U0001F600"_s; // one code point, two UTF-16 units

// Columns of every outcome table: the line, the expected code ("" when
// accepted) and the expected field ("" when the error has no field).
void outcomeColumns()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
}

void row(const QString& name, const QByteArray& line, const QString& code = {},
         const QString& field = {})
{
    QTest::newRow(name.toUtf8().constData()) << line << code << field;
}

void rowOk(const QString& name, const QByteArray& line)
{
    row(name, line);
}

void rowInvalid(const QString& name, const QByteArray& line, const QString& field)
{
    row(name, line, u"validation"_s, field);
}

// A JSON object nesting `levels` levels deep (objects and arrays), the
// object itself counting as one: {"d":{"d":…{}}}.
QJsonObject nested(int levels)
{
    QJsonObject object;
    for (int level = 1; level < levels; ++level)
        object = QJsonObject{{u"d"_s, object}};
    return object;
}

// A JSON object of exactly `bytes` bytes as compact UTF-8 JSON:
// {"k":"…"} with `filler` repeated (an odd byte count ends in a 'x').
QJsonObject ofBytes(qsizetype bytes, QChar filler = u'x')
{
    const qsizetype fillerBytes = QString(filler).toUtf8().size();
    const qsizetype room = bytes - qsizetype(sizeof(R"({"k":""})") - 1);
    QString text(room / fillerBytes, filler);
    text += QString(room % fillerBytes, u'x');
    const QJsonObject object{{u"k"_s, text}};
    if (QJsonDocument(object).toJson(QJsonDocument::Compact).size() != bytes)
        qFatal("ofBytes(%lld) is not that long", qint64(bytes));
    return object;
}

QString describe(const Outcome& outcome)
{
    if (!outcome.error)
        return u"accepted: "_s + QString::fromUtf8(compact(outcome.event.data));
    return outcome.error->code + u" / "_s + outcome.error->field.value_or(u"(null)"_s) + u": "_s +
           outcome.error->message;
}

// Integer fields of SPEC 2 with their bounds.
struct IntegerField
{
    QString command;
    QString field;
    qint64 min;
    qint64 max;
};

QList<IntegerField> integerFields()
{
    return {{u"AddChild"_s, u"child_age"_s, 0, 25},
            {u"ChargeTuition"_s, u"amount_cents"_s, 1, 100'000'000},
            {u"ReceivePayment"_s, u"amount_cents"_s, 1, 100'000'000},
            {u"UpdateEngagementScore"_s, u"new_score"_s, 0, 100},
            {u"UpdateRiskScore"_s, u"new_score"_s, 0, 100},
            {u"LogVolunteerHours"_s, u"hours"_s, 1, 24}};
}

// Text fields of SPEC 2: bounds in code points, required or not, and
// whether line feed and tab are allowed inside.
struct TextField
{
    QString command;
    QString field;
    qint64 min;
    qint64 max;
    bool required;
    bool multiline;
};

QList<TextField> textFields()
{
    return {{u"EnrollFamily"_s, u"family_name"_s, 1, 200, true, false},
            {u"EnrollFamily"_s, u"parent_name"_s, 0, 200, false, false},
            {u"EnrollFamily"_s, u"phone"_s, 0, 40, false, false},
            {u"EnrollFamily"_s, u"assigned_coordinator"_s, 0, 100, false, false},
            {u"ChangeContactDetails"_s, u"parent_name"_s, 0, 200, false, false},
            {u"ChangeContactDetails"_s, u"phone"_s, 0, 40, false, false},
            {u"AddChild"_s, u"child_name"_s, 1, 200, true, false},
            {u"ReceivePayment"_s, u"transaction_id"_s, 0, 100, false, false},
            {u"RecordContact"_s, u"notes"_s, 0, 2000, false, true},
            {u"AssignCoordinator"_s, u"coordinator"_s, 1, 100, true, false},
            {u"RecordAttendance"_s, u"event_name"_s, 1, 200, true, false},
            {u"WithdrawFamily"_s, u"reason"_s, 0, 2000, false, true}};
}

struct NamedField
{
    QString command;
    QString field;
};

QList<NamedField> dateFields()
{
    return {{u"EnrollFamily"_s, u"enrollment_date"_s},
            {u"ChargeTuition"_s, u"due_date"_s},
            {u"ReceivePayment"_s, u"date"_s},
            {u"RecordContact"_s, u"date"_s},
            {u"LogVolunteerHours"_s, u"date"_s},
            {u"RecordAttendance"_s, u"date"_s},
            {u"RecordLogin"_s, u"date"_s},
            {u"WithdrawFamily"_s, u"date"_s},
            {u"ReenrollFamily"_s, u"date"_s},
            {u"CorrectEnrollment"_s, u"enrollment_date"_s}};
}

// Whether the field is marked (H): it may not lie after today + 1.
bool recordsWhatHappened(const NamedField& f)
{
    for (const FieldRule& rule : findCommandSpec(f.command)->fields) {
        if (rule.name == f.field)
            return rule.happened;
    }
    return false;
}

// Required fields of each command, in the order of the spec's table.
QList<NamedField> requiredFieldList()
{
    QList<NamedField> list;
    const QList<std::pair<QString, QStringList>> table{
        {u"EnrollFamily"_s, {u"family_name"_s, u"enrollment_date"_s}},
        {u"ChangeContactDetails"_s, {u"family_id"_s}},
        {u"AddChild"_s, {u"family_id"_s, u"child_name"_s, u"child_age"_s}},
        {u"ChargeTuition"_s, {u"family_id"_s, u"month"_s, u"amount_cents"_s, u"due_date"_s}},
        {u"ReceivePayment"_s, {u"family_id"_s, u"amount_cents"_s, u"date"_s, u"payment_method"_s}},
        {u"UpdateEngagementScore"_s, {u"family_id"_s, u"new_score"_s}},
        {u"UpdateRiskScore"_s, {u"family_id"_s, u"new_score"_s}},
        {u"RecordContact"_s, {u"family_id"_s, u"date"_s, u"method"_s}},
        {u"AssignCoordinator"_s, {u"family_id"_s, u"coordinator"_s}},
        {u"LogVolunteerHours"_s, {u"family_id"_s, u"hours"_s, u"date"_s}},
        {u"RecordAttendance"_s, {u"family_id"_s, u"event_name"_s, u"date"_s, u"attended"_s}},
        {u"RecordLogin"_s, {u"family_id"_s, u"date"_s}},
        {u"WithdrawFamily"_s, {u"family_id"_s, u"date"_s}},
        {u"ReenrollFamily"_s, {u"family_id"_s, u"date"_s}},
        {u"VoidPayment"_s, {u"family_id"_s, u"payment_id"_s, u"reason"_s}},
        {u"CancelCharge"_s, {u"family_id"_s, u"charge_id"_s, u"reason"_s}},
        {u"CorrectEnrollment"_s, {u"family_id"_s}},
    };
    for (const auto& [command, names] : table) {
        for (const QString& name : names)
            list.append({command, name});
    }
    return list;
}

} // namespace

class TestCommandValidation : public QObject
{
    Q_OBJECT

private:
    void verifyOutcome()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Outcome outcome = evaluate(line);
        const QByteArray context = QByteArray("line ") + line + " -> " + describe(outcome).toUtf8();
        if (code.isEmpty()) {
            QVERIFY2(!outcome.error, context.constData());
            return;
        }
        QVERIFY2(outcome.error, context.constData());
        QVERIFY2(outcome.error->code == code, context.constData());
        if (field.isEmpty())
            QVERIFY2(!outcome.error->field.has_value(), context.constData());
        else
            QVERIFY2(outcome.error->field == field, context.constData());
        QVERIFY2(!outcome.error->message.trimmed().isEmpty(), context.constData());
    }

private slots:
    // Each command's success case, with the event it decides and that
    // event's data: the command's fields under the same names, without
    // family_id, plus what SPEC 2 adds (defaults, old scores, the tier).
    void acceptsEachCommand_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<int>("schemaVersion");
        QTest::addColumn<QJsonObject>("data");

        const auto add = [](const QString& name, const QString& type, const QJsonObject& data,
                            int schema = 1) {
            QTest::newRow(name.toUtf8().constData())
                << compact(base(name)) << type << schema << data;
        };
        add(u"EnrollFamily"_s, u"FamilyEnrolled"_s,
            {{u"family_name"_s, u"Martinez Family"_s},
             {u"enrollment_date"_s, u"2024-09-01"_s},
             {u"preferred_contact_channel"_s, u"email"_s}});
        add(u"ChangeContactDetails"_s, u"ContactDetailsChanged"_s, {{u"phone"_s, u"555-0100"_s}});
        add(u"AddChild"_s, u"ChildAdded"_s, {{u"child_name"_s, u"Ana"_s}, {u"child_age"_s, 7}});
        add(u"ChargeTuition"_s, u"TuitionCharged"_s,
            {{u"charge_id"_s, u"c2"_s},
             {u"month"_s, u"2024-09"_s},
             {u"amount_cents"_s, 45000},
             {u"due_date"_s, u"2024-09-05"_s}});
        add(u"ReceivePayment"_s, u"PaymentReceived"_s,
            {{u"payment_id"_s, u"p2"_s},
             {u"amount_cents"_s, 45000},
             {u"date"_s, u"2024-09-03"_s},
             {u"payment_method"_s, u"card"_s},
             {u"transaction_id"_s, u"t2"_s}},
            3);
        add(u"UpdateEngagementScore"_s, u"EngagementScoreUpdated"_s,
            {{u"old_score"_s, 30},
             {u"new_score"_s, 55},
             {u"factors"_s, QJsonObject{{u"logins"_s, 3}}}});
        add(u"UpdateRiskScore"_s, u"RiskScoreUpdated"_s,
            {{u"old_score"_s, 20},
             {u"new_score"_s, 72},
             {u"risk_tier"_s, u"high"_s},
             {u"risk_factors"_s, QJsonObject{{u"late"_s, 2}}}});
        add(u"RecordContact"_s, u"ContactRecorded"_s,
            {{u"date"_s, u"2024-09-10"_s},
             {u"method"_s, u"phone"_s},
             {u"notes"_s, u"Called about the fair"_s}});
        add(u"AssignCoordinator"_s, u"CoordinatorAssigned"_s, {{u"coordinator"_s, u"Maria"_s}});
        add(u"LogVolunteerHours"_s, u"VolunteerHoursLogged"_s,
            {{u"hours"_s, 3}, {u"date"_s, u"2024-09-12"_s}});
        add(u"RecordAttendance"_s, u"AttendanceRecorded"_s,
            {{u"event_name"_s, u"Science fair"_s},
             {u"date"_s, u"2024-10-01"_s},
             {u"attended"_s, true}});
        add(u"RecordLogin"_s, u"LoginRecorded"_s, {{u"date"_s, u"2024-09-15"_s}});
        add(u"WithdrawFamily"_s, u"FamilyWithdrawn"_s,
            {{u"date"_s, u"2025-01-10"_s}, {u"reason"_s, u"Moving"_s}});
        add(u"ReenrollFamily"_s, u"FamilyReenrolled"_s, {{u"date"_s, u"2025-02-01"_s}});
        // The amount comes from the state (p1: 200.00, c1: 450.00).
        add(u"VoidPayment"_s, u"PaymentVoided"_s,
            {{u"payment_id"_s, u"p1"_s}, {u"reason"_s, u"Bounced"_s}, {u"amount_cents"_s, 20000}});
        add(u"CancelCharge"_s, u"ChargeCancelled"_s,
            {{u"charge_id"_s, u"c1"_s},
             {u"reason"_s, u"Scholarship"_s},
             {u"amount_cents"_s, 45000}});
        add(u"CorrectEnrollment"_s, u"EnrollmentCorrected"_s, {{u"family_name"_s, u"Martínez"_s}});
    }
    void acceptsEachCommand()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, eventType);
        QFETCH(int, schemaVersion);
        QFETCH(QJsonObject, data);
        const Outcome outcome = evaluate(line);
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.type, eventType);
        QCOMPARE(outcome.event.schemaVersion, schemaVersion);
        QCOMPARE(outcome.event.schemaVersion, currentSchemaVersion(eventType));
        QCOMPARE(outcome.event.data, data);
        QVERIFY(!outcome.event.data.contains(u"family_id"_s));
    }

    void enrollFamilyKeepsEveryOptionalField()
    {
        const QJsonObject full{
            {u"command"_s, u"EnrollFamily"_s},      {u"family_id"_s, u"n2"_s},
            {u"family_name"_s, u"Lee Family"_s},    {u"enrollment_date"_s, u"2024-08-20"_s},
            {u"parent_name"_s, u"Jordan Lee"_s},    {u"email"_s, u"jordan@example.org"_s},
            {u"phone"_s, u"+1 555 0101"_s},         {u"preferred_contact_channel"_s, u"sms"_s},
            {u"assigned_coordinator"_s, u"Maria"_s}};
        const Outcome outcome = evaluate(compact(full));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.command.familyId, u"n2"_s);
        QJsonObject expected = full;
        expected.remove(u"command"_s);
        expected.remove(u"family_id"_s);
        QCOMPARE(outcome.event.data, expected);
    }

    void enrollFamilyWithoutIdLeavesItToTheBus()
    {
        for (const QByteArray& line :
             {compact(without(base(u"EnrollFamily"_s), u"family_id"_s)),
              compact(with(base(u"EnrollFamily"_s), u"family_id"_s, QJsonValue::Null))}) {
            const Outcome outcome = evaluate(line);
            QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
            QVERIFY(outcome.command.familyId.isEmpty());
        }
    }

    // Step 1: the line is JSON, an object, with a known command.
    void stepOneLineAndCommand_data()
    {
        outcomeColumns();
        row(u"not json"_s, "{\"command\":", u"validation"_s);
        row(u"empty line"_s, "", u"validation"_s);
        row(u"garbage"_s, "hello", u"validation"_s);
        row(u"trailing garbage"_s,
            R"({"command":"RecordLogin","family_id":"f1","date":"2024-01-01"} x)", u"validation"_s);
        // SPEC 2.1: JSON that is not an object is about `command`; only a
        // line that is not JSON at all has no field.
        rowInvalid(u"array"_s, "[1, 2, 3]", u"command"_s);
        rowInvalid(u"empty array"_s, "[]", u"command"_s);
        rowInvalid(u"string"_s, "\"RecordLogin\"", u"command"_s);
        rowInvalid(u"number"_s, "42", u"command"_s);
        rowInvalid(u"number with spaces"_s, " -4.5e3 ", u"command"_s);
        rowInvalid(u"null"_s, "null", u"command"_s);
        rowInvalid(u"true"_s, "true", u"command"_s);
        rowInvalid(u"false"_s, "false", u"command"_s);
        row(u"two numbers"_s, "1, 2", u"validation"_s);
        row(u"two values"_s, "1 2", u"validation"_s);
        row(u"brackets that close the wrapper"_s, "1], [2", u"validation"_s);
        row(u"bare word"_s, "RecordLogin", u"validation"_s);
        rowInvalid(u"no command"_s, "{}", u"command"_s);
        rowInvalid(u"command null"_s, R"({"command":null})", u"command"_s);
        rowInvalid(u"command number"_s, R"({"command":5})", u"command"_s);
        rowInvalid(u"command object"_s, R"({"command":{"name":"AddChild"}})", u"command"_s);
        rowInvalid(u"unknown command"_s, R"({"command":"DeleteFamily","family_id":"f1"})",
                   u"command"_s);
        rowInvalid(u"wrong case"_s, R"({"command":"addchild"})", u"command"_s);
        rowInvalid(u"untrimmed"_s, R"({"command":" AddChild"})", u"command"_s);
        rowInvalid(u"empty command"_s, R"({"command":""})", u"command"_s);
        rowInvalid(u"unknown command before bad command_id"_s,
                   R"({"command":"Nope","command_id":""})", u"command"_s);
        rowOk(u"CRLF line"_s, R"({"command":"RecordLogin","family_id":"f1","date":"2024-01-01"})"
                              "\r\n");
        rowOk(u"spaces around"_s,
              R"(  { "command" : "RecordLogin" , "family_id" : "f1" , "date" : "2024-01-01" }  )");
    }
    void stepOneLineAndCommand() { verifyOutcome(); }

    // Step 2: command_id is text of 1-100 printable characters, not trimmed.
    void stepTwoCommandIdFormat_data()
    {
        outcomeColumns();
        const QJsonObject login = base(u"RecordLogin"_s);
        const auto id = [&](const QJsonValue& value) {
            return compact(with(login, u"command_id"_s, value));
        };
        rowOk(u"simple"_s, id(u"cmd-1"_s));
        rowOk(u"1 char"_s, id(u"x"_s));
        rowOk(u"100 chars"_s, id(repeated(u"x"_s, 100)));
        rowOk(u"100 emoji"_s, id(repeated(emoji, 100)));
        rowOk(u"99 chars and an emoji"_s, id(QString(repeated(u"x"_s, 99) + emoji)));
        rowOk(u"spaces kept"_s, id(u"  padded id  "_s));
        rowOk(u"accents"_s, id(u"café-ñ"_s));
        rowOk(u"null is absent"_s, id(QJsonValue::Null));
        rowInvalid(u"empty"_s, id(u""_s), u"command_id"_s);
        rowInvalid(u"101 chars"_s, id(repeated(u"x"_s, 101)), u"command_id"_s);
        rowInvalid(u"101 emoji"_s, id(repeated(emoji, 101)), u"command_id"_s);
        rowInvalid(u"number"_s, id(5), u"command_id"_s);
        rowInvalid(u"bool"_s, id(true), u"command_id"_s);
        rowInvalid(u"object"_s, id(QJsonObject{}), u"command_id"_s);
        rowInvalid(u"array"_s, id(QJsonArray{u"a"_s}), u"command_id"_s);
        rowInvalid(u"tab"_s, id(u"a\tb"_s), u"command_id"_s);
        rowInvalid(u"line feed"_s, id(u"a\nb"_s), u"command_id"_s);
        rowInvalid(u"NUL"_s, id(QString(u"a\u0000b"_s)), u"command_id"_s);
        rowInvalid(u"escape"_s, id(u"a\u001Bb"_s), u"command_id"_s);
        rowInvalid(u"DEL"_s, id(u"a\u007Fb"_s), u"command_id"_s);
        rowInvalid(u"C1 control"_s, id(u"a\u0085b"_s), u"command_id"_s);
        // Step 2 comes before the fields of step 3.
        rowInvalid(u"before fields"_s,
                   compact(QJsonObject{{u"command"_s, u"AddChild"_s}, {u"command_id"_s, u""_s}}),
                   u"command_id"_s);
        rowInvalid(u"before unknown keys"_s,
                   compact(QJsonObject{
                       {u"command"_s, u"AddChild"_s}, {u"aaa"_s, 1}, {u"command_id"_s, 7}}),
                   u"command_id"_s);
        rowInvalid(u"valid id, fields still checked"_s,
                   compact(QJsonObject{{u"command"_s, u"AddChild"_s}, {u"command_id"_s, u"x"_s}}),
                   u"family_id"_s);
    }
    void stepTwoCommandIdFormat() { verifyOutcome(); }

    void commandIdIsKeptUntrimmed()
    {
        const Outcome outcome =
            evaluate(compact(with(base(u"RecordLogin"_s), u"command_id"_s, u" id "_s)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.command.commandId, u" id "_s);
    }

    // Step 3 begins with unknown keys: the first in sorted order is named.
    void unknownKeys_data()
    {
        outcomeColumns();
        const QJsonObject child = base(u"AddChild"_s);
        rowInvalid(u"one unknown"_s, compact(with(child, u"nickname"_s, u"x"_s)), u"nickname"_s);
        rowInvalid(u"first in sorted order"_s,
                   compact(with(with(with(child, u"zeta"_s, 1), u"alpha"_s, 2), u"mid"_s, 3)),
                   u"alpha"_s);
        rowInvalid(u"code point order"_s, compact(with(with(child, u"alpha"_s, 1), u"Zeta"_s, 2)),
                   u"Zeta"_s);
        rowInvalid(u"before a missing required field"_s,
                   compact(with(without(child, u"child_name"_s), u"extra"_s, 1)), u"extra"_s);
        rowInvalid(u"before a bad family_id"_s,
                   compact(with(with(child, u"family_id"_s, u""_s), u"zzz"_s, 1)), u"zzz"_s);
        rowInvalid(u"before a bad expected_version"_s,
                   compact(with(with(child, u"expected_version"_s, u"x"_s), u"zzz"_s, 1)),
                   u"zzz"_s);
        rowInvalid(u"even when null"_s, compact(with(child, u"extra"_s, QJsonValue::Null)),
                   u"extra"_s);
        rowInvalid(u"field of another command"_s, compact(with(child, u"hours"_s, 3)), u"hours"_s);
        rowInvalid(u"case differs"_s, compact(with(child, u"Child_Age"_s, 3)), u"Child_Age"_s);
        rowInvalid(u"family_id on no command but its own"_s,
                   compact(with(base(u"RecordLogin"_s), u"family_name"_s, u"x"_s)),
                   u"family_name"_s);
        rowInvalid(u"risk_tier is derived, not given"_s,
                   compact(with(base(u"UpdateRiskScore"_s), u"risk_tier"_s, u"high"_s)),
                   u"risk_tier"_s);
        rowInvalid(u"old_score comes from state"_s,
                   compact(with(base(u"UpdateEngagementScore"_s), u"old_score"_s, 3)),
                   u"old_score"_s);
        rowOk(u"command_id and expected_version are known"_s,
              compact(with(with(child, u"command_id"_s, u"k"_s), u"expected_version"_s, 4)));
    }
    void unknownKeys() { verifyOutcome(); }

    // Required fields: missing and null are the same error.
    void requiredFields_data()
    {
        outcomeColumns();
        for (const NamedField& required : requiredFieldList()) {
            const QJsonObject command = base(required.command);
            const QString name = required.command + u'.' + required.field;
            rowInvalid(name + u" missing"_s, compact(without(command, required.field)),
                       required.field);
            rowInvalid(name + u" null"_s, compact(with(command, required.field, QJsonValue::Null)),
                       required.field);
        }
    }
    void requiredFields() { verifyOutcome(); }

    // Optional fields: null means absent.
    void nullMeansAbsent_data()
    {
        outcomeColumns();
        const QList<NamedField> optional{
            {u"EnrollFamily"_s, u"family_id"_s},
            {u"EnrollFamily"_s, u"parent_name"_s},
            {u"EnrollFamily"_s, u"email"_s},
            {u"EnrollFamily"_s, u"phone"_s},
            {u"EnrollFamily"_s, u"preferred_contact_channel"_s},
            {u"EnrollFamily"_s, u"assigned_coordinator"_s},
            {u"ChargeTuition"_s, u"charge_id"_s},
            {u"ReceivePayment"_s, u"transaction_id"_s},
            {u"UpdateEngagementScore"_s, u"factors"_s},
            {u"UpdateRiskScore"_s, u"risk_factors"_s},
            {u"RecordContact"_s, u"notes"_s},
            {u"WithdrawFamily"_s, u"reason"_s},
            {u"AddChild"_s, u"expected_version"_s},
        };
        for (const NamedField& field : optional)
            rowOk(field.command + u'.' + field.field,
                  compact(with(base(field.command), field.field, QJsonValue::Null)));
    }
    void nullMeansAbsent() { verifyOutcome(); }

    void nullOptionalsLeaveNoTrace()
    {
        QJsonObject enroll = base(u"EnrollFamily"_s);
        for (const QString& key : {u"parent_name"_s, u"email"_s, u"phone"_s,
                                   u"preferred_contact_channel"_s, u"assigned_coordinator"_s})
            enroll.insert(key, QJsonValue::Null);
        Outcome outcome = evaluate(compact(enroll));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.data, (QJsonObject{{u"family_name"_s, u"Martinez Family"_s},
                                                  {u"enrollment_date"_s, u"2024-09-01"_s},
                                                  {u"preferred_contact_channel"_s, u"email"_s}}));

        outcome = evaluate(
            compact(with(base(u"UpdateRiskScore"_s), u"risk_factors"_s, QJsonValue::Null)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.data.value(u"risk_factors"_s), QJsonValue(QJsonObject{}));
        outcome = evaluate(compact(without(base(u"UpdateEngagementScore"_s), u"factors"_s)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.data.value(u"factors"_s), QJsonValue(QJsonObject{}));

        outcome = evaluate(
            compact(with(base(u"ReceivePayment"_s), u"transaction_id"_s, QJsonValue::Null)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QVERIFY(!outcome.event.data.contains(u"transaction_id"_s));
        outcome = evaluate(compact(with(base(u"RecordContact"_s), u"notes"_s, QJsonValue::Null)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QVERIFY(!outcome.event.data.contains(u"notes"_s));
    }

    // Integer fields: JSON numbers without a fractional part, within bounds.
    void integers_data()
    {
        outcomeColumns();
        for (const IntegerField& f : integerFields()) {
            const QJsonObject command = base(f.command);
            const QString name = f.command + u'.' + f.field + u' ';
            const auto raw = [&](const QByteArray& text) {
                return withRaw(command, f.field, text);
            };
            const QByteArray min = QByteArray::number(f.min);
            const QByteArray max = QByteArray::number(f.max);
            rowOk(name + u"min"_s, raw(min));
            rowOk(name + u"max"_s, raw(max));
            rowOk(name + u"min as x.0"_s, raw(min + ".0"));
            rowOk(name + u"max as x.0"_s, raw(max + ".0"));
            rowOk(name + u"max in exponent form"_s, raw(QByteArray::number(f.max) + "e0"));
            rowInvalid(name + u"min - 1"_s, raw(QByteArray::number(f.min - 1)), f.field);
            rowInvalid(name + u"max + 1"_s, raw(QByteArray::number(f.max + 1)), f.field);
            rowInvalid(name + u"max + 0.5"_s, raw(max + ".5"), f.field);
            rowInvalid(name + u"fraction"_s, raw(QByteArray::number(f.min + 1) + ".5"), f.field);
            rowInvalid(name + u"tiny fraction"_s, raw(QByteArray::number(f.min) + ".001"), f.field);
            rowInvalid(name + u"string"_s, raw('"' + QByteArray::number(f.min + 1) + '"'), f.field);
            rowInvalid(name + u"true"_s, raw("true"), f.field);
            rowInvalid(name + u"false"_s, raw("false"), f.field);
            rowInvalid(name + u"array"_s, raw("[5]"), f.field);
            rowInvalid(name + u"object"_s, raw("{}"), f.field);
            rowInvalid(name + u"huge"_s, raw("1e300"), f.field);
            rowInvalid(name + u"huge negative"_s, raw("-1e300"), f.field);
            rowInvalid(name + u"beyond int64"_s, raw("9223372036854775808"), f.field);
        }
    }
    void integers() { verifyOutcome(); }

    void wholeNumbersAreStoredAsIntegers()
    {
        const Outcome outcome = evaluate(withRaw(base(u"AddChild"_s), u"child_age"_s, "7.0"));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(compact(outcome.event.data), QByteArray(R"({"child_age":7,"child_name":"Ana"})"));
    }

    // Text fields: trimmed first, then counted in code points, both edges.
    void textBounds_data()
    {
        outcomeColumns();
        for (const TextField& f : textFields()) {
            const QJsonObject command = base(f.command);
            const QString name = f.command + u'.' + f.field + u' ';
            const auto value = [&](const QString& text) {
                return compact(with(command, f.field, text));
            };
            rowOk(name + u"max ascii"_s, value(repeated(u"a"_s, f.max)));
            rowOk(name + u"max emoji"_s, value(repeated(emoji, f.max)));
            rowOk(name + u"max - 1 ascii and an emoji"_s,
                  value(repeated(u"a"_s, f.max - 1) + emoji));
            rowOk(name + u"max after trimming"_s,
                  value(u"  \u3000"_s + repeated(u"a"_s, f.max) + u"\u00A0 "_s));
            rowOk(name + u"1 char"_s, value(u"a"_s));
            rowOk(name + u"1 emoji"_s, value(emoji));
            rowInvalid(name + u"max + 1 ascii"_s, value(repeated(u"a"_s, f.max + 1)), f.field);
            rowInvalid(name + u"max + 1 emoji"_s, value(repeated(emoji, f.max + 1)), f.field);
            rowInvalid(name + u"max ascii and an emoji"_s, value(repeated(u"a"_s, f.max) + emoji),
                       f.field);
            rowInvalid(name + u"number"_s, compact(with(command, f.field, 5)), f.field);
            rowInvalid(name + u"bool"_s, compact(with(command, f.field, true)), f.field);
            rowInvalid(name + u"array"_s, compact(with(command, f.field, QJsonArray{u"a"_s})),
                       f.field);
            rowInvalid(name + u"object"_s, compact(with(command, f.field, QJsonObject{})), f.field);
            if (f.required) {
                rowInvalid(name + u"empty"_s, value(u""_s), f.field);
                rowInvalid(name + u"only white space"_s, value(u" \t\u3000\u00A0\n"_s), f.field);
            } else {
                rowOk(name + u"empty is absent"_s, value(u""_s));
                rowOk(name + u"only white space is absent"_s, value(u" \t\u3000\u00A0\n"_s));
            }
        }
        // The e-mail address: at most 254 code points, then its shape.
        const QString domain = u"@example.org"_s;
        for (const QString& command : {u"EnrollFamily"_s, u"ChangeContactDetails"_s}) {
            const QJsonObject base_ = base(command);
            const auto email = [&](const QString& text) {
                return compact(with(base_, u"email"_s, text));
            };
            const QString name = command + u".email "_s;
            rowOk(name + u"254"_s, email(repeated(u"a"_s, 254 - domain.size()) + domain));
            rowOk(name + u"254 with emoji"_s, email(repeated(emoji, 254 - domain.size()) + domain));
            rowOk(name + u"254 after trimming"_s,
                  email(u" "_s + repeated(u"a"_s, 254 - domain.size()) + domain + u"\u3000"_s));
            rowInvalid(name + u"255"_s, email(repeated(u"a"_s, 255 - domain.size()) + domain),
                       u"email"_s);
            rowInvalid(name + u"255 with emoji"_s,
                       email(repeated(emoji, 255 - domain.size()) + domain), u"email"_s);
            rowInvalid(name + u"number"_s, compact(with(base_, u"email"_s, 5)), u"email"_s);
        }
    }
    void textBounds() { verifyOutcome(); }

    // What is stored is the trimmed text; an optional text empty after
    // trimming is left out; ids, enums and dates are never trimmed.
    void trimming_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("stored"); // undefined: not in the event data

        const auto add = [](const QString& name, const QJsonObject& command, const QString& key,
                            const QJsonValue& stored) {
            QTest::newRow(name.toUtf8().constData()) << compact(command) << key << stored;
        };
        const QString ws = u" \t\n\r\u000B\u000C\u0085\u00A0\u1680\u2000\u2005\u200A\u2028\u2029"
                           u"\u202F\u205F\u3000"_s;
        add(u"family_name every White_Space"_s,
            with(base(u"EnrollFamily"_s), u"family_name"_s, ws + u"Lee Family"_s + ws),
            u"family_name"_s, u"Lee Family"_s);
        add(u"inner spaces kept"_s,
            with(base(u"EnrollFamily"_s), u"family_name"_s, u"  Lee   Family "_s), u"family_name"_s,
            u"Lee   Family"_s);
        add(u"zero width space is not White_Space"_s,
            with(base(u"AddChild"_s), u"child_name"_s, u"\u200BAna"_s), u"child_name"_s,
            u"\u200BAna"_s);
        add(u"parent_name empty is absent"_s,
            with(base(u"EnrollFamily"_s), u"parent_name"_s, u"   "_s), u"parent_name"_s,
            QJsonValue(QJsonValue::Undefined));
        add(u"email trimmed"_s,
            with(base(u"EnrollFamily"_s), u"email"_s, u"\u00A0ana@example.org\t"_s), u"email"_s,
            u"ana@example.org"_s);
        add(u"email empty is absent"_s, with(base(u"EnrollFamily"_s), u"email"_s, u" "_s),
            u"email"_s, QJsonValue(QJsonValue::Undefined));
        add(u"phone trimmed"_s, with(base(u"EnrollFamily"_s), u"phone"_s, u" 555 "_s), u"phone"_s,
            u"555"_s);
        add(u"coordinator trimmed"_s,
            with(base(u"AssignCoordinator"_s), u"coordinator"_s, u"\u3000Maria\u3000"_s),
            u"coordinator"_s, u"Maria"_s);
        add(u"notes keep inner line feeds and tabs"_s,
            with(base(u"RecordContact"_s), u"notes"_s, u"\n\tline 1\nline\t2\n "_s), u"notes"_s,
            u"line 1\nline\t2"_s);
        add(u"notes empty is absent"_s, with(base(u"RecordContact"_s), u"notes"_s, u"\n\t "_s),
            u"notes"_s, QJsonValue(QJsonValue::Undefined));
        add(u"reason trimmed"_s, with(base(u"WithdrawFamily"_s), u"reason"_s, u" Moving\n"_s),
            u"reason"_s, u"Moving"_s);
        add(u"transaction_id trimmed"_s,
            with(base(u"ReceivePayment"_s), u"transaction_id"_s, u" t9 "_s), u"transaction_id"_s,
            u"t9"_s);
        add(u"transaction_id empty is absent"_s,
            with(base(u"ReceivePayment"_s), u"transaction_id"_s, u""_s), u"transaction_id"_s,
            QJsonValue(QJsonValue::Undefined));
        add(u"event_name trimmed"_s,
            with(base(u"RecordAttendance"_s), u"event_name"_s, u" Fair "_s), u"event_name"_s,
            u"Fair"_s);
    }
    void trimming()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, key);
        QFETCH(QJsonValue, stored);
        const Outcome outcome = evaluate(line);
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        if (stored.isUndefined())
            QVERIFY2(!outcome.event.data.contains(key), compact(outcome.event.data).constData());
        else
            QCOMPARE(outcome.event.data.value(key), stored);
    }

    // Control characters: rejected, except line feed and tab inside notes
    // and reason. At the ends, the White_Space ones are trimmed first.
    void controlCharacters_data()
    {
        outcomeColumns();
        const QList<std::pair<QString, QString>> controls{{u"NUL"_s, QString(u"a\u0000b"_s)},
                                                          {u"SOH"_s, u"a\u0001b"_s},
                                                          {u"LF"_s, u"a\nb"_s},
                                                          {u"TAB"_s, u"a\tb"_s},
                                                          {u"CR"_s, u"a\rb"_s},
                                                          {u"VT"_s, u"a\u000Bb"_s},
                                                          {u"ESC"_s, u"a\u001Bb"_s},
                                                          {u"DEL"_s, u"a\u007Fb"_s},
                                                          {u"NEL"_s, u"a\u0085b"_s},
                                                          {u"CSI"_s, u"a\u009Bb"_s}};
        for (const TextField& f : textFields()) {
            const QJsonObject command = base(f.command);
            for (const auto& [label, text] : controls) {
                const QString name = f.command + u'.' + f.field + u' ' + label;
                const bool allowed = f.multiline && (label == u"LF"_s || label == u"TAB"_s);
                if (allowed)
                    rowOk(name, compact(with(command, f.field, text)));
                else
                    rowInvalid(name, compact(with(command, f.field, text)), f.field);
            }
            rowOk(f.command + u'.' + f.field + u" LF and TAB at the ends are trimmed"_s,
                  compact(with(command, f.field, u"\n\tabc\t\n"_s)));
        }
        for (const QString& command : {u"EnrollFamily"_s, u"ChangeContactDetails"_s}) {
            rowInvalid(command + u".email TAB inside"_s,
                       compact(with(base(command), u"email"_s, u"a\tb@example.org"_s)), u"email"_s);
            rowInvalid(command + u".email NUL inside"_s,
                       compact(with(base(command), u"email"_s, QString(u"a\u0000b@example.org"_s))),
                       u"email"_s);
        }
    }
    void controlCharacters() { verifyOutcome(); }

    // Enums: matched exactly, untrimmed; "" is not a value.
    void enums_data()
    {
        outcomeColumns();
        const QList<std::tuple<QString, QString, QStringList>> enums{
            {u"EnrollFamily"_s,
             u"preferred_contact_channel"_s,
             {u"email"_s, u"phone"_s, u"sms"_s, u"in_person"_s}},
            {u"ChangeContactDetails"_s,
             u"preferred_contact_channel"_s,
             {u"email"_s, u"phone"_s, u"sms"_s, u"in_person"_s}},
            {u"ReceivePayment"_s,
             u"payment_method"_s,
             {u"card"_s, u"check"_s, u"cash"_s, u"ach"_s, u"other"_s}},
            {u"RecordContact"_s, u"method"_s, {u"email"_s, u"phone"_s, u"sms"_s, u"in_person"_s}},
        };
        for (const auto& [commandName, field, choices] : enums) {
            const QJsonObject command = base(commandName);
            const QString name = commandName + u'.' + field + u' ';
            for (const QString& choice : choices)
                rowOk(name + choice, compact(with(command, field, choice)));
            const QString first = choices.first();
            rowInvalid(name + u"empty"_s, compact(with(command, field, u""_s)), field);
            rowInvalid(name + u"upper case"_s, compact(with(command, field, first.toUpper())),
                       field);
            rowInvalid(name + u"leading space"_s, compact(with(command, field, u' ' + first)),
                       field);
            rowInvalid(name + u"trailing space"_s, compact(with(command, field, first + u' ')),
                       field);
            rowInvalid(name + u"trailing no-break space"_s,
                       compact(with(command, field, first + u"\u00A0"_s)), field);
            rowInvalid(name + u"unknown"_s, compact(with(command, field, u"fax"_s)), field);
            rowInvalid(name + u"number"_s, compact(with(command, field, 1)), field);
            rowInvalid(name + u"array"_s, compact(with(command, field, QJsonArray{first})), field);
        }
        rowInvalid(u"in-person with a dash"_s,
                   compact(with(base(u"RecordContact"_s), u"method"_s, u"in-person"_s)),
                   u"method"_s);
    }
    void enums() { verifyOutcome(); }

    // Dates: YYYY-MM-DD, real calendar dates, 1900-01-01 to 2100-12-31, exact.
    void dates_data()
    {
        outcomeColumns();
        const QList<std::pair<QString, bool>> values{{u"1900-01-01"_s, true},
                                                     {u"2100-12-31"_s, true},
                                                     {u"2024-02-29"_s, true},
                                                     {u"2000-02-29"_s, true},
                                                     {u"1899-12-31"_s, false},
                                                     {u"2101-01-01"_s, false},
                                                     {u"2023-02-29"_s, false},
                                                     {u"1900-02-29"_s, false},
                                                     {u"2100-02-29"_s, false},
                                                     {u"2024-04-31"_s, false},
                                                     {u"2024-13-01"_s, false},
                                                     {u"2024-00-10"_s, false},
                                                     {u"2024-01-00"_s, false},
                                                     {u"2024-01-32"_s, false},
                                                     {u" 2024-01-01"_s, false},
                                                     {u"2024-01-01 "_s, false},
                                                     {u"2024-1-01"_s, false},
                                                     {u"2024-01-1"_s, false},
                                                     {u"2024/01/01"_s, false},
                                                     {u"01-01-2024"_s, false},
                                                     {u""_s, false},
                                                     {u"2024-01-01T00:00:00"_s, false},
                                                     {u"+2024-01-01"_s, false},
                                                     {u"２０２４-01-01"_s, false},
                                                     {u"2024-01-01\u00A0"_s, false}};
        for (const NamedField& f : dateFields()) {
            const QJsonObject command = base(f.command);
            for (const auto& [text, valid] : values) {
                const QString name = f.command + u'.' + f.field + u" \""_s + text + u'"';
                if (valid && !(recordsWhatHappened(f) && text > u"2026-12-03"_s))
                    rowOk(name, compact(with(command, f.field, text)));
                else
                    rowInvalid(name, compact(with(command, f.field, text)), f.field);
            }
            rowInvalid(f.command + u'.' + f.field + u" number"_s,
                       compact(with(command, f.field, 20240101)), f.field);
            rowInvalid(f.command + u'.' + f.field + u" bool"_s,
                       compact(with(command, f.field, true)), f.field);
        }
    }
    void dates() { verifyOutcome(); }

    void monthsOfCharges_data()
    {
        outcomeColumns();
        const QJsonObject charge = base(u"ChargeTuition"_s);
        const auto month = [&](const QJsonValue& value) {
            return compact(with(charge, u"month"_s, value));
        };
        for (const QString& valid : {u"1900-01"_s, u"2100-12"_s, u"2024-09"_s, u"2024-12"_s})
            rowOk(u"month "_s + valid, month(valid));
        for (const QString& invalid :
             {u"1899-12"_s, u"2101-01"_s, u"2024-13"_s, u"2024-00"_s, u"2024-9"_s, u"24-09"_s,
              u"2024-09-01"_s, u" 2024-09"_s, u"2024-09 "_s, u"2024/09"_s, u""_s, u"September"_s})
            rowInvalid(u"month \""_s + invalid + u'"', month(invalid), u"month"_s);
        rowInvalid(u"month number"_s, month(202409), u"month"_s);
    }
    void monthsOfCharges() { verifyOutcome(); }

    void emailShape_data()
    {
        outcomeColumns();
        for (const QString& command : {u"EnrollFamily"_s, u"ChangeContactDetails"_s}) {
            const auto email = [&](const QString& text) {
                return compact(with(base(command), u"email"_s, text));
            };
            const QString name = command + u" email "_s;
            for (const QString& valid : {u"ana@example.org"_s, u"a.b+c@sub.example.co"_s,
                                         u"x@y.z"_s, u"ñandú@correo.es"_s})
                rowOk(name + valid, email(valid));
            for (const QString& invalid :
                 {u"ana"_s, u"ana@"_s, u"@example.org"_s, u"a@b@example.org"_s, u"ana@localhost"_s,
                  u"ana@.example.org"_s, u"ana@example.org."_s, u"ana@."_s, u"an a@example.org"_s,
                  u"ana@exa mple.org"_s, u"ana\u00A0x@example.org"_s, u"ana@example\u3000.org"_s})
                rowInvalid(name + invalid, email(invalid), u"email"_s);
        }
    }
    void emailShape() { verifyOutcome(); }

    // Ids: [A-Za-z0-9_-]{1,64}, not trimmed; "" is not "generate one".
    void ids_data()
    {
        outcomeColumns();
        const QJsonObject enroll = base(u"EnrollFamily"_s);
        const QJsonObject charge = base(u"ChargeTuition"_s);
        const QString ok64 = u"A-z_9"_s + repeated(u"x"_s, 59);
        for (const auto& [command, field] :
             {std::pair{enroll, u"family_id"_s}, std::pair{charge, u"charge_id"_s}}) {
            const QString name = field + u' ';
            rowOk(name + u"64 chars"_s, compact(with(command, field, ok64)));
            rowOk(name + u"1 char"_s, compact(with(command, field, u"Z"_s)));
            rowOk(name + u"dash and underscore"_s, compact(with(command, field, u"-_-"_s)));
            rowInvalid(name + u"65 chars"_s, compact(with(command, field, ok64 + u'x')), field);
            rowInvalid(name + u"empty"_s, compact(with(command, field, u""_s)), field);
            rowInvalid(name + u"leading space"_s, compact(with(command, field, u" id1"_s)), field);
            rowInvalid(name + u"trailing space"_s, compact(with(command, field, u"id1 "_s)), field);
            rowInvalid(name + u"trailing tab"_s, compact(with(command, field, u"id1\t"_s)), field);
            rowInvalid(name + u"inner space"_s, compact(with(command, field, u"id 1"_s)), field);
            rowInvalid(name + u"dot"_s, compact(with(command, field, u"id.1"_s)), field);
            rowInvalid(name + u"accent"_s, compact(with(command, field, u"idé"_s)), field);
            rowInvalid(name + u"emoji"_s, compact(with(command, field, emoji)), field);
            rowInvalid(name + u"fullwidth digit"_s, compact(with(command, field, u"id１"_s)),
                       field);
            rowInvalid(name + u"number"_s, compact(with(command, field, 12)), field);
            rowInvalid(name + u"bool"_s, compact(with(command, field, true)), field);
        }
        // On other commands family_id is required; a valid unknown one is not_found.
        for (const QString& command : commandNames()) {
            if (command == u"EnrollFamily"_s)
                continue;
            const QJsonObject object = base(command);
            rowInvalid(command + u" family_id empty"_s,
                       compact(with(object, u"family_id"_s, u""_s)), u"family_id"_s);
            rowInvalid(command + u" family_id untrimmed"_s,
                       compact(with(object, u"family_id"_s, u" f1"_s)), u"family_id"_s);
            rowInvalid(command + u" family_id 65"_s,
                       compact(with(object, u"family_id"_s, ok64 + u'x')), u"family_id"_s);
            row(command + u" family_id 64 unknown"_s, compact(with(object, u"family_id"_s, ok64)),
                u"not_found"_s, u"family_id"_s);
        }
    }
    void ids() { verifyOutcome(); }

    void objectsAndBooleans_data()
    {
        outcomeColumns();
        for (const auto& [command, field] : {std::pair{u"UpdateEngagementScore"_s, u"factors"_s},
                                             std::pair{u"UpdateRiskScore"_s, u"risk_factors"_s}}) {
            const QJsonObject object = base(command);
            const QString name = command + u'.' + field + u' ';
            rowOk(name + u"empty object"_s, compact(with(object, field, QJsonObject{})));
            rowOk(name + u"nested object"_s,
                  compact(with(object, field,
                               QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, QJsonArray{1, 2}}}}})));
            rowOk(name + u"absent"_s, compact(without(object, field)));
            rowInvalid(name + u"string"_s, compact(with(object, field, u"{}"_s)), field);
            rowInvalid(name + u"array"_s, compact(with(object, field, QJsonArray{})), field);
            rowInvalid(name + u"number"_s, compact(with(object, field, 1)), field);
            rowInvalid(name + u"bool"_s, compact(with(object, field, true)), field);
            // SPEC 2.1 bounds: depth 8 (the object itself is 1), 4 096
            // bytes as compact UTF-8 JSON; both edges.
            rowOk(name + u"depth 8"_s, compact(with(object, field, nested(8))));
            rowInvalid(name + u"depth 9"_s, compact(with(object, field, nested(9))), field);
            rowInvalid(name + u"depth 9 through an array"_s,
                       compact(with(object, field, QJsonObject{{u"a"_s, QJsonArray{nested(8)}}})),
                       field);
            rowOk(name + u"4096 bytes"_s, compact(with(object, field, ofBytes(4096))));
            rowInvalid(name + u"4097 bytes"_s, compact(with(object, field, ofBytes(4097))), field);
            rowOk(name + u"4096 bytes of UTF-8"_s,
                  compact(with(object, field, ofBytes(4096, u'\u00e9'))));
            rowInvalid(name + u"4097 bytes of UTF-8"_s,
                       compact(with(object, field, ofBytes(4097, u'\u00e9'))), field);
            // Bounds come in the field's turn: an earlier bad field wins.
            rowInvalid(name + u"new_score first"_s,
                       compact(with(with(object, u"new_score"_s, 101), field, nested(9))),
                       u"new_score"_s);
        }
        const QJsonObject attendance = base(u"RecordAttendance"_s);
        rowOk(u"attended true"_s, compact(with(attendance, u"attended"_s, true)));
        rowOk(u"attended false"_s, compact(with(attendance, u"attended"_s, false)));
        for (const auto& [label, raw] :
             {std::pair{u"string true"_s, QByteArray("\"true\"")},
              std::pair{u"1"_s, QByteArray("1")}, std::pair{u"0"_s, QByteArray("0")},
              std::pair{u"yes"_s, QByteArray("\"yes\"")},
              std::pair{u"array"_s, QByteArray("[true]")},
              std::pair{u"object"_s, QByteArray("{}")}})
            rowInvalid(u"attended "_s + label, withRaw(attendance, u"attended"_s, raw),
                       u"attended"_s);
    }
    void objectsAndBooleans() { verifyOutcome(); }

    void factorsAreKeptAsGiven()
    {
        const QJsonObject factors{{u"late_payments"_s, 2},
                                  {u"note"_s, u"x"_s},
                                  {u"nested"_s, QJsonObject{{u"k"_s, QJsonArray{1, true}}}}};
        const Outcome outcome =
            evaluate(compact(with(base(u"UpdateRiskScore"_s), u"risk_factors"_s, factors)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.data.value(u"risk_factors"_s).toObject(), factors);
    }

    // expected_version: a whole number, checked last in step 3, compared in step 5.
    void expectedVersion_data()
    {
        outcomeColumns();
        const QJsonObject child = base(u"AddChild"_s); // f1 is at version 4
        const auto version = [&](const QByteArray& raw) {
            return withRaw(child, u"expected_version"_s, raw);
        };
        rowOk(u"equal"_s, version("4"));
        rowOk(u"equal as 4.0"_s, version("4.0"));
        rowOk(u"null is absent"_s, version("null"));
        row(u"lower"_s, version("3"), u"conflict"_s, u"expected_version"_s);
        row(u"higher"_s, version("5"), u"conflict"_s, u"expected_version"_s);
        row(u"zero"_s, version("0"), u"conflict"_s, u"expected_version"_s);
        row(u"negative: no bounds"_s, version("-1"), u"conflict"_s, u"expected_version"_s);
        row(u"huge: no bounds"_s, version("1e300"), u"conflict"_s, u"expected_version"_s);
        rowInvalid(u"fraction"_s, version("4.5"), u"expected_version"_s);
        rowInvalid(u"string"_s, version("\"4\""), u"expected_version"_s);
        rowInvalid(u"true"_s, version("true"), u"expected_version"_s);
        rowInvalid(u"array"_s, version("[4]"), u"expected_version"_s);
        rowInvalid(u"object"_s, version("{}"), u"expected_version"_s);
        const QJsonObject enroll = base(u"EnrollFamily"_s);
        rowOk(u"new stream is at 0"_s, compact(with(enroll, u"expected_version"_s, 0)));
        row(u"new stream is not at 1"_s, compact(with(enroll, u"expected_version"_s, 1)),
            u"conflict"_s, u"expected_version"_s);
        row(u"withdrawn family at 6"_s,
            compact(with(base(u"ReenrollFamily"_s), u"expected_version"_s, 6)));
    }
    void expectedVersion() { verifyOutcome(); }

    // The order of SPEC 2.1: fields in table order, expected_version last
    // in step 3; then existence, then the version, then the state rules.
    void orderOfChecks_data()
    {
        outcomeColumns();
        const auto obj = [](std::initializer_list<std::pair<QString, QJsonValue>> pairs) {
            return compact(QJsonObject(pairs));
        };
        // Step 3, in the order of the table.
        rowInvalid(
            u"AddChild: family_id before the rest"_s,
            obj({{u"command"_s, u"AddChild"_s}, {u"family_id"_s, u""_s}, {u"child_age"_s, 99}}),
            u"family_id"_s);
        rowInvalid(
            u"AddChild: child_name before child_age"_s,
            obj({{u"command"_s, u"AddChild"_s}, {u"family_id"_s, u"f1"_s}, {u"child_age"_s, 99}}),
            u"child_name"_s);
        rowInvalid(u"AddChild: child_age before expected_version"_s,
                   obj({{u"command"_s, u"AddChild"_s},
                        {u"family_id"_s, u"f1"_s},
                        {u"child_name"_s, u"Ana"_s},
                        {u"child_age"_s, 99},
                        {u"expected_version"_s, u"x"_s}}),
                   u"child_age"_s);
        rowInvalid(u"EnrollFamily: family_id before family_name"_s,
                   obj({{u"command"_s, u"EnrollFamily"_s}, {u"family_id"_s, u""_s}}),
                   u"family_id"_s);
        rowInvalid(u"EnrollFamily: family_name before enrollment_date"_s,
                   obj({{u"command"_s, u"EnrollFamily"_s}, {u"enrollment_date"_s, u"bad"_s}}),
                   u"family_name"_s);
        rowInvalid(u"EnrollFamily: enrollment_date before parent_name"_s,
                   obj({{u"command"_s, u"EnrollFamily"_s},
                        {u"family_name"_s, u"F"_s},
                        {u"parent_name"_s, repeated(u"p"_s, 201)}}),
                   u"enrollment_date"_s);
        rowInvalid(
            u"EnrollFamily: parent_name before email"_s,
            compact(with(with(base(u"EnrollFamily"_s), u"parent_name"_s, repeated(u"p"_s, 201)),
                         u"email"_s, u"bad"_s)),
            u"parent_name"_s);
        rowInvalid(u"EnrollFamily: email before phone"_s,
                   compact(with(with(base(u"EnrollFamily"_s), u"email"_s, u"bad"_s), u"phone"_s,
                                repeated(u"1"_s, 41))),
                   u"email"_s);
        rowInvalid(u"EnrollFamily: phone before channel"_s,
                   compact(with(with(base(u"EnrollFamily"_s), u"phone"_s, repeated(u"1"_s, 41)),
                                u"preferred_contact_channel"_s, u"fax"_s)),
                   u"phone"_s);
        rowInvalid(
            u"EnrollFamily: channel before coordinator"_s,
            compact(with(with(base(u"EnrollFamily"_s), u"preferred_contact_channel"_s, u"fax"_s),
                         u"assigned_coordinator"_s, repeated(u"c"_s, 101))),
            u"preferred_contact_channel"_s);
        rowInvalid(u"ChargeTuition: charge_id before month"_s,
                   compact(with(with(base(u"ChargeTuition"_s), u"charge_id"_s, u"bad id"_s),
                                u"month"_s, u"bad"_s)),
                   u"charge_id"_s);
        rowInvalid(u"ChargeTuition: month before amount_cents"_s,
                   compact(with(with(base(u"ChargeTuition"_s), u"month"_s, u"bad"_s),
                                u"amount_cents"_s, 0)),
                   u"month"_s);
        rowInvalid(u"ChargeTuition: amount_cents before due_date"_s,
                   compact(with(with(base(u"ChargeTuition"_s), u"amount_cents"_s, 0), u"due_date"_s,
                                u"bad"_s)),
                   u"amount_cents"_s);
        rowInvalid(u"ReceivePayment: amount_cents before date"_s,
                   compact(with(with(base(u"ReceivePayment"_s), u"amount_cents"_s, 0.5), u"date"_s,
                                u""_s)),
                   u"amount_cents"_s);
        rowInvalid(u"ReceivePayment: date before payment_method"_s,
                   compact(with(with(base(u"ReceivePayment"_s), u"date"_s, u""_s),
                                u"payment_method"_s, u""_s)),
                   u"date"_s);
        rowInvalid(u"ReceivePayment: payment_method before transaction_id"_s,
                   compact(with(with(base(u"ReceivePayment"_s), u"payment_method"_s, u""_s),
                                u"transaction_id"_s, repeated(u"t"_s, 101))),
                   u"payment_method"_s);
        rowInvalid(u"UpdateRiskScore: new_score before risk_factors"_s,
                   compact(with(with(base(u"UpdateRiskScore"_s), u"new_score"_s, 101),
                                u"risk_factors"_s, 1)),
                   u"new_score"_s);
        rowInvalid(
            u"RecordContact: date before method"_s,
            compact(with(with(base(u"RecordContact"_s), u"date"_s, u"x"_s), u"method"_s, u"x"_s)),
            u"date"_s);
        rowInvalid(u"RecordContact: method before notes"_s,
                   compact(with(with(base(u"RecordContact"_s), u"method"_s, u"x"_s), u"notes"_s,
                                u"a\u0001"_s)),
                   u"method"_s);
        rowInvalid(
            u"LogVolunteerHours: hours before date"_s,
            compact(with(with(base(u"LogVolunteerHours"_s), u"hours"_s, 25), u"date"_s, u"x"_s)),
            u"hours"_s);
        rowInvalid(u"RecordAttendance: event_name before date"_s,
                   compact(with(with(base(u"RecordAttendance"_s), u"event_name"_s, u""_s),
                                u"date"_s, u"x"_s)),
                   u"event_name"_s);
        rowInvalid(u"RecordAttendance: date before attended"_s,
                   compact(with(with(base(u"RecordAttendance"_s), u"date"_s, u"x"_s), u"attended"_s,
                                u"yes"_s)),
                   u"date"_s);
        rowInvalid(u"WithdrawFamily: date before reason"_s,
                   compact(with(with(base(u"WithdrawFamily"_s), u"date"_s, u"x"_s), u"reason"_s,
                                repeated(u"r"_s, 2001))),
                   u"date"_s);
        rowInvalid(u"ChangeContactDetails: parent_name before email"_s,
                   compact(with(with(base(u"ChangeContactDetails"_s), u"parent_name"_s,
                                     repeated(u"p"_s, 201)),
                                u"email"_s, u"bad"_s)),
                   u"parent_name"_s);
        rowInvalid(
            u"ChangeContactDetails: phone before channel"_s,
            compact(with(with(base(u"ChangeContactDetails"_s), u"phone"_s, repeated(u"1"_s, 41)),
                         u"preferred_contact_channel"_s, u""_s)),
            u"phone"_s);
        rowInvalid(u"expected_version alone is reported"_s,
                   compact(with(base(u"AddChild"_s), u"expected_version"_s, u"4"_s)),
                   u"expected_version"_s);
        // Step 3 before step 4.
        rowInvalid(u"validation before not_found"_s,
                   compact(with(with(base(u"AddChild"_s), u"family_id"_s, u"ghost"_s),
                                u"child_age"_s, -1)),
                   u"child_age"_s);
        rowInvalid(u"validation before already_exists"_s,
                   compact(with(with(base(u"EnrollFamily"_s), u"family_id"_s, u"f1"_s),
                                u"enrollment_date"_s, u"x"_s)),
                   u"enrollment_date"_s);
        rowInvalid(u"bad expected_version before not_found"_s,
                   compact(with(with(base(u"AddChild"_s), u"family_id"_s, u"ghost"_s),
                                u"expected_version"_s, 1.5)),
                   u"expected_version"_s);
        // Step 4 before step 5.
        row(u"not_found before conflict"_s,
            compact(with(with(base(u"AddChild"_s), u"family_id"_s, u"ghost"_s),
                         u"expected_version"_s, 3)),
            u"not_found"_s, u"family_id"_s);
        row(u"already_exists before conflict"_s,
            compact(with(with(base(u"EnrollFamily"_s), u"family_id"_s, u"f1"_s),
                         u"expected_version"_s, 0)),
            u"already_exists"_s, u"family_id"_s);
        row(u"not_found before no-field rule"_s,
            compact(QJsonObject{{u"command"_s, u"ChangeContactDetails"_s},
                                {u"family_id"_s, u"ghost"_s}}),
            u"not_found"_s, u"family_id"_s);
        // Step 5 before step 6.
        row(u"conflict before withdrawn"_s,
            compact(
                with(with(base(u"AddChild"_s), u"family_id"_s, u"w1"_s), u"expected_version"_s, 5)),
            u"conflict"_s, u"expected_version"_s);
        row(u"right version, then withdrawn"_s,
            compact(
                with(with(base(u"AddChild"_s), u"family_id"_s, u"w1"_s), u"expected_version"_s, 6)),
            u"withdrawn"_s, u"family_id"_s);
        row(u"conflict before duplicate charge"_s,
            compact(with(with(base(u"ChargeTuition"_s), u"charge_id"_s, u"c1"_s),
                         u"expected_version"_s, 1)),
            u"conflict"_s, u"expected_version"_s);
        row(u"conflict before re-enrolling an enrolled family"_s,
            compact(with(with(base(u"ReenrollFamily"_s), u"family_id"_s, u"f1"_s),
                         u"expected_version"_s, 1)),
            u"conflict"_s, u"expected_version"_s);
        row(u"conflict before no-field rule"_s,
            compact(QJsonObject{{u"command"_s, u"ChangeContactDetails"_s},
                                {u"family_id"_s, u"f1"_s},
                                {u"expected_version"_s, 1}}),
            u"conflict"_s, u"expected_version"_s);
        // Within step 6: withdrawn before duplicate.
        row(u"withdrawn before duplicate charge"_s,
            compact(with(with(base(u"ChargeTuition"_s), u"family_id"_s, u"w1"_s), u"charge_id"_s,
                         u"c1"_s)),
            u"withdrawn"_s, u"family_id"_s);
    }
    void orderOfChecks() { verifyOutcome(); }

    // Step 4 and step 6 for every command.
    void stateRules_data()
    {
        outcomeColumns();
        for (const QString& command : commandNames()) {
            if (command == u"EnrollFamily"_s)
                continue;
            row(command + u" on an unknown family"_s,
                compact(with(base(command), u"family_id"_s, u"ghost"_s)), u"not_found"_s,
                u"family_id"_s);
        }
        row(u"EnrollFamily on an enrolled id"_s,
            compact(with(base(u"EnrollFamily"_s), u"family_id"_s, u"f1"_s)), u"already_exists"_s,
            u"family_id"_s);
        row(u"EnrollFamily on a withdrawn id"_s,
            compact(with(base(u"EnrollFamily"_s), u"family_id"_s, u"w1"_s)), u"already_exists"_s,
            u"family_id"_s);
        // (E) commands fail on a withdrawn family; the others go on.
        const QStringList marked{
            u"AddChild"_s,         u"ChargeTuition"_s,     u"UpdateEngagementScore"_s,
            u"UpdateRiskScore"_s,  u"AssignCoordinator"_s, u"LogVolunteerHours"_s,
            u"RecordAttendance"_s, u"RecordLogin"_s};
        for (const QString& command : marked)
            row(command + u" on a withdrawn family"_s,
                compact(with(base(command), u"family_id"_s, u"w1"_s)), u"withdrawn"_s,
                u"family_id"_s);
        for (const QString& command :
             {u"ChangeContactDetails"_s, u"ReceivePayment"_s, u"RecordContact"_s})
            rowOk(command + u" on a withdrawn family"_s,
                  compact(with(base(command), u"family_id"_s, u"w1"_s)));
        row(u"WithdrawFamily twice"_s,
            compact(with(base(u"WithdrawFamily"_s), u"family_id"_s, u"w1"_s)), u"withdrawn"_s,
            u"family_id"_s);
        row(u"ReenrollFamily on an enrolled family"_s,
            compact(with(base(u"ReenrollFamily"_s), u"family_id"_s, u"f1"_s)), u"validation"_s,
            u"family_id"_s);
        row(u"duplicate charge_id"_s,
            compact(with(base(u"ChargeTuition"_s), u"charge_id"_s, u"c1"_s)), u"duplicate"_s,
            u"charge_id"_s);
        rowOk(u"charge_id is per family, case matters"_s,
              compact(with(base(u"ChargeTuition"_s), u"charge_id"_s, u"C1"_s)));
        row(u"duplicate transaction_id"_s,
            compact(with(base(u"ReceivePayment"_s), u"transaction_id"_s, u"t1"_s)), u"duplicate"_s,
            u"transaction_id"_s);
        row(u"duplicate transaction_id after trimming"_s,
            compact(with(base(u"ReceivePayment"_s), u"transaction_id"_s, u"  t1\u3000"_s)),
            u"duplicate"_s, u"transaction_id"_s);
        row(u"duplicate transaction_id on a withdrawn family"_s,
            compact(with(with(base(u"ReceivePayment"_s), u"family_id"_s, u"w1"_s),
                         u"transaction_id"_s, u"t1"_s)),
            u"duplicate"_s, u"transaction_id"_s);
        rowOk(u"payments without transaction_id never clash"_s,
              compact(without(base(u"ReceivePayment"_s), u"transaction_id"_s)));
    }
    void stateRules() { verifyOutcome(); }

    // ChangeContactDetails: at least one field (null is absent), "" clears.
    void changeContactDetails_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonObject>("data");
        const auto add = [](const QString& name, const QJsonObject& fields, const QString& code,
                            const QString& field, const QJsonObject& data) {
            QJsonObject command = fields;
            command.insert(u"command"_s, u"ChangeContactDetails"_s);
            command.insert(u"family_id"_s, u"f1"_s);
            QTest::newRow(name.toUtf8().constData()) << compact(command) << code << field << data;
        };
        add(u"no field"_s, {}, u"validation"_s, {}, {});
        add(u"only nulls"_s,
            {{u"parent_name"_s, QJsonValue::Null},
             {u"email"_s, QJsonValue::Null},
             {u"phone"_s, QJsonValue::Null},
             {u"preferred_contact_channel"_s, QJsonValue::Null}},
            u"validation"_s, {}, {});
        add(u"only expected_version"_s, {{u"expected_version"_s, 4}}, u"validation"_s, {}, {});
        add(u"empty parent_name clears it"_s, {{u"parent_name"_s, u""_s}}, {}, {},
            {{u"parent_name"_s, QJsonValue::Null}});
        add(u"blank email clears it"_s, {{u"email"_s, u" \u3000 "_s}}, {}, {},
            {{u"email"_s, QJsonValue::Null}});
        add(u"empty phone clears it"_s, {{u"phone"_s, u""_s}}, {}, {},
            {{u"phone"_s, QJsonValue::Null}});
        add(u"null leaves a field alone"_s,
            {{u"parent_name"_s, QJsonValue::Null}, {u"phone"_s, u" 555 "_s}}, {}, {},
            {{u"phone"_s, u"555"_s}});
        add(u"every field"_s,
            {{u"parent_name"_s, u"Jo"_s},
             {u"email"_s, u"jo@example.org"_s},
             {u"phone"_s, u"555"_s},
             {u"preferred_contact_channel"_s, u"in_person"_s}},
            {}, {},
            {{u"parent_name"_s, u"Jo"_s},
             {u"email"_s, u"jo@example.org"_s},
             {u"phone"_s, u"555"_s},
             {u"preferred_contact_channel"_s, u"in_person"_s}});
        add(u"empty channel is not a value"_s, {{u"preferred_contact_channel"_s, u""_s}},
            u"validation"_s, u"preferred_contact_channel"_s, {});
        add(u"bad email"_s, {{u"email"_s, u"nope"_s}}, u"validation"_s, u"email"_s, {});
    }
    void changeContactDetails()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QJsonObject, data);
        const Outcome outcome = evaluate(line);
        if (code.isEmpty()) {
            QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
            QCOMPARE(outcome.event.type, u"ContactDetailsChanged"_s);
            QCOMPARE(outcome.event.data, data);
            return;
        }
        QVERIFY2(outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.error->code, code);
        QCOMPARE(outcome.error->field.has_value(), !field.isEmpty());
        if (!field.isEmpty())
            QCOMPARE(*outcome.error->field, field);
    }

    // risk_tier is derived from new_score; old scores come from the state.
    void riskTier_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("tier");
        const QList<std::pair<int, QString>> cases{
            {0, u"low"_s},   {39, u"low"_s},  {40, u"medium"_s},   {69, u"medium"_s},
            {70, u"high"_s}, {84, u"high"_s}, {85, u"critical"_s}, {100, u"critical"_s}};
        for (const auto& [score, tier] : cases)
            QTest::addRow("%d", score) << score << tier;
    }
    void riskTier()
    {
        QFETCH(int, score);
        QFETCH(QString, tier);
        QCOMPARE(riskTierFor(score), tier);
        const Outcome outcome =
            evaluate(compact(with(base(u"UpdateRiskScore"_s), u"new_score"_s, score)));
        QVERIFY2(!outcome.error, qPrintable(describe(outcome)));
        QCOMPARE(outcome.event.data.value(u"risk_tier"_s).toString(), tier);
        QCOMPARE(outcome.event.data.value(u"new_score"_s).toInt(), score);
        QCOMPARE(outcome.event.data.value(u"old_score"_s).toInt(), 20);
    }

    void oldScoresComeFromTheState()
    {
        FamilyState state = stateOf(u"f1"_s);
        auto read = readCommandEnvelope(compact(base(u"UpdateEngagementScore"_s)));
        auto command =
            std::get<Command>(validateCommand(std::get<CommandEnvelope>(read), testToday));
        state.engagementScore = 81;
        auto decision = decide(state, command);
        QCOMPARE(std::get<NewEvent>(decision).data.value(u"old_score"_s).toInt(), 81);
        // evolve() carries the new score into the state for the next command.
        evolve(state, u"EngagementScoreUpdated"_s, std::get<NewEvent>(decision).data);
        QCOMPARE(state.engagementScore, 55);
        QCOMPARE(state.version, 5);
        decision = decide(state, command);
        QCOMPARE(std::get<NewEvent>(decision).data.value(u"old_score"_s).toInt(), 55);
    }

    void evolveTracksWhatDecideNeeds()
    {
        FamilyState state;
        state.familyId = u"x"_s;
        evolve(state, u"FamilyEnrolled"_s, {{u"family_name"_s, u"X"_s}});
        QVERIFY(state.exists());
        QCOMPARE(state.version, 1);
        evolve(state, u"TuitionCharged"_s, {{u"charge_id"_s, u"c9"_s}, {u"amount_cents"_s, 300}});
        evolve(
            state, u"PaymentReceived"_s,
            {{u"payment_id"_s, u"p9"_s}, {u"transaction_id"_s, u"t9"_s}, {u"amount_cents"_s, 7}});
        evolve(state, u"PaymentReceived"_s, {{u"payment_id"_s, u"p8"_s}, {u"amount_cents"_s, 5}});
        QCOMPARE(state.find(u"charge_id"_s, u"c9"_s)->amountCents, 300);
        QCOMPARE(state.find(u"payment_id"_s, u"p9"_s)->transactionId, u"t9"_s);
        QCOMPARE(state.find(u"payment_id"_s, u"p8"_s)->amountCents, 5);
        QVERIFY(state.find(u"transaction_id"_s, u"t9"_s));
        QCOMPARE(state.reservations.size(), 4);
        // A void gives back the payment's id and its transaction id, a
        // cancellation the charge's id.
        evolve(state, u"PaymentVoided"_s, {{u"payment_id"_s, u"p9"_s}});
        QVERIFY(!state.find(u"payment_id"_s, u"p9"_s));
        QVERIFY(!state.find(u"transaction_id"_s, u"t9"_s));
        evolve(state, u"ChargeCancelled"_s, {{u"charge_id"_s, u"c9"_s}});
        QVERIFY(!state.find(u"charge_id"_s, u"c9"_s));
        QCOMPARE(state.reservations.size(), 1);
        evolve(state, u"RiskScoreUpdated"_s, {{u"new_score"_s, 77}});
        QCOMPARE(state.riskScore, 77);
        evolve(state, u"FamilyWithdrawn"_s, {{u"date"_s, u"2025-01-01"_s}});
        QVERIFY(state.withdrawn);
        evolve(state, u"FamilyReenrolled"_s, {{u"date"_s, u"2025-02-01"_s}});
        QVERIFY(!state.withdrawn);
        QCOMPARE(state.version, 9);
    }

    // The reservation rules are the command side's: what a command asks the
    // store about, and what an event takes (the store keeps only that).
    void reservedIdsAreAskedByCommandsAndTakenByEvents()
    {
        const QList<ReservedId> asked = reservedIdsAskedBy({{u"charge_id"_s, u"c1"_s},
                                                            {u"payment_id"_s, u"p1"_s},
                                                            {u"transaction_id"_s, u"t1"_s},
                                                            {u"month"_s, u"2024-09"_s}});
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(0), (ReservedId{u"charge_id"_s, u"c1"_s}));
        QCOMPARE(asked.at(1), (ReservedId{u"payment_id"_s, u"p1"_s}));
        QCOMPARE(asked.at(2), (ReservedId{u"transaction_id"_s, u"t1"_s}));
        QVERIFY(reservedIdsAskedBy({{u"charge_id"_s, 5}}).isEmpty()); // not an id

        const QList<Reservation> charged = reservationsTakenBy(
            u"TuitionCharged"_s, {{u"charge_id"_s, u"c1"_s}, {u"amount_cents"_s, 45000}});
        QCOMPARE(charged.size(), 1);
        QCOMPARE(charged.first().reserved, (ReservedId{u"charge_id"_s, u"c1"_s}));
        QCOMPARE(charged.first().amountCents, 45000);
        const QList<Reservation> paid = reservationsTakenBy(
            u"PaymentReceived"_s,
            {{u"payment_id"_s, u"p1"_s}, {u"transaction_id"_s, u"t1"_s}, {u"amount_cents"_s, 5}});
        QCOMPARE(paid.size(), 2);
        QCOMPARE(paid.at(0).reserved, (ReservedId{u"payment_id"_s, u"p1"_s}));
        QCOMPARE(paid.at(0).transactionId, u"t1"_s);
        QCOMPARE(paid.at(1).reserved, (ReservedId{u"transaction_id"_s, u"t1"_s}));
        QCOMPARE(reservationsTakenBy(u"PaymentReceived"_s, {{u"payment_id"_s, u"p2"_s}}).size(), 1);
        // Only the event that makes a charge takes its id.
        QVERIFY(reservationsTakenBy(u"ContactRecorded"_s, {{u"charge_id"_s, u"c1"_s}}).isEmpty());

        FamilyState state;
        for (const Reservation& reservation : charged + paid)
            hold(state, reservation);
        QCOMPARE(reservationsReleasedBy(state, u"PaymentVoided"_s, {{u"payment_id"_s, u"p1"_s}}),
                 (QList<ReservedId>{{u"payment_id"_s, u"p1"_s}, {u"transaction_id"_s, u"t1"_s}}));
        QCOMPARE(reservationsReleasedBy(state, u"ChargeCancelled"_s, {{u"charge_id"_s, u"c1"_s}}),
                 (QList<ReservedId>{{u"charge_id"_s, u"c1"_s}}));
        QVERIFY(reservationsReleasedBy(state, u"PaymentReceived"_s, {}).isEmpty());
    }

    // Canonical JSON, the idempotency fingerprint: key order, spacing and
    // 5 versus 5.0 aside, equal values are equal.
    void canonicalJsonIgnoresKeyOrderSpacingAndNumberSpelling()
    {
        const auto fingerprint = [](const QByteArray& line) {
            return std::get<CommandEnvelope>(readCommandEnvelope(line)).fingerprint;
        };
        const QByteArray a = fingerprint(
            R"({"command":"AddChild","command_id":"k","family_id":"f1","child_name":"Ana","child_age":5})");
        const QByteArray b = fingerprint(
            R"( { "child_age" : 5.0 , "child_name":"Ana",  "family_id":"f1","command_id":"k","command":"AddChild" } )");
        const QByteArray c = fingerprint(
            R"({"command":"AddChild","command_id":"k","family_id":"f1","child_name":"Ana","child_age":6})");
        const QByteArray d = fingerprint(
            R"({"command":"AddChild","command_id":"k","family_id":"f1","child_name":"Ana ","child_age":5})");
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a != d); // raw content, before trimming
        QCOMPARE(canonicalJson(
                     QJsonObject{{u"b"_s, 1}, {u"a"_s, QJsonObject{{u"z"_s, 1.0}, {u"y"_s, 2}}}}),
                 canonicalJson(QJsonObject{{u"a"_s, QJsonObject{{u"y"_s, 2.0}, {u"z"_s, 1}}},
                                           {u"b"_s, 1.0}}));
    }

    // Upcasting of the seed's PaymentReceived schema 1, on its own.
    void dollarsToCents_data()
    {
        QTest::addColumn<double>("dollars");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("125.5") << 125.5 << qint64(12550);
        QTest::newRow("1.005") << 1.005 << qint64(101);
        QTest::newRow("1.004") << 1.004 << qint64(100);
        QTest::newRow("0.015") << 0.015 << qint64(2);
        QTest::newRow("2.675") << 2.675 << qint64(268);
        QTest::newRow("0.01") << 0.01 << qint64(1);
        QTest::newRow("100") << 100.0 << qint64(10000);
        QTest::newRow("1000000") << 1000000.0 << qint64(100000000);
        QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(30);
        QTest::newRow("0.005 away from zero") << 0.005 << qint64(1);
        QTest::newRow("0.001 rounds to nothing") << 0.001 << qint64(0);
        QTest::newRow("1000000.01") << 1000000.01 << qint64(100000001);
        // No amount at all (-1 here): no overflow, no silent zero, no sign flip.
        QTest::newRow("-5") << -5.0 << qint64(-1);
        QTest::newRow("-1.005") << -1.005 << qint64(-1);
        QTest::newRow("1e17") << 1e17 << qint64(-1);
        QTest::newRow("9.3e18") << 9.3e18 << qint64(-1);
        QTest::newRow("1e300") << 1e300 << qint64(-1);
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64(-1);
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64(-1);
    }
    void dollarsToCents()
    {
        QFETCH(double, dollars);
        QFETCH(qint64, cents);
        QCOMPARE(coopdesk::dollarsToCents(dollars).value_or(-1), cents);
    }

    // SPEC 2: a schema-1 amount that does not fit a payment makes the event
    // unreadable (a poison event), never a silent zero or a negative payment.
    void schemaOneAmountsThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::newRow("1e17") << QByteArray("1e17");
        QTest::newRow("9.3e18") << QByteArray("9.3e18");
        QTest::newRow("-5") << QByteArray("-5");
        QTest::newRow("0") << QByteArray("0");
        QTest::newRow("0.001") << QByteArray("0.001");
        QTest::newRow("1000000.01") << QByteArray("1000000.01");
        QTest::newRow("1e400") << QByteArray("1e400");
        QTest::newRow("text") << QByteArray(R"("12")");
        QTest::newRow("NaN text") << QByteArray(R"("NaN")");
        QTest::newRow("NaN literal") << QByteArray("NaN");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("missing") << QByteArray();
    }
    void schemaOneAmountsThatDoNotFitAreRefused()
    {
        QFETCH(QByteArray, amount);
        const QByteArray data = amount.isEmpty()
                                    ? QByteArray(R"({"date":"2024-09-03"})")
                                    : R"({"amount":)" + amount + R"(,"date":"2024-09-03"})";
        QVERIFY_THROWS_EXCEPTION(EventDecodeError,
                                 decodeEventData(u"PaymentReceived"_s, 1, data, u"e1"_s));
    }
    void schemaOneAmountsAtTheEdgesFit_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("125.5") << QByteArray("125.5") << qint64(12550);
        QTest::newRow("0.005") << QByteArray("0.005") << qint64(1);
        QTest::newRow("0.01") << QByteArray("0.01") << qint64(1);
        QTest::newRow("1000000.00") << QByteArray("1000000.00") << qint64(100000000);
        QTest::newRow("1e6") << QByteArray("1e6") << qint64(100000000);
    }
    void schemaOneAmountsAtTheEdgesFit()
    {
        QFETCH(QByteArray, amount);
        QFETCH(qint64, cents);
        const QJsonObject data =
            decodeEventData(u"PaymentReceived"_s, 1,
                            R"({"amount":)" + amount + R"(,"date":"2024-09-03"})", u"e1"_s);
        QCOMPARE(data.value(u"amount_cents"_s).toInteger(), cents);
        QVERIFY(!data.contains(u"amount"_s));
    }

    void decodesSchemaOnePayments()
    {
        const QJsonObject data = decodeEventData(
            u"PaymentReceived"_s, 1,
            R"({"amount":125.5,"date":"2024-09-03","payment_method":"check","transaction_id":"t7"})",
            u"e1"_s);
        QCOMPARE(data, (QJsonObject{{u"amount_cents"_s, 12550},
                                    {u"date"_s, u"2024-09-03"_s},
                                    {u"payment_method"_s, u"check"_s},
                                    {u"transaction_id"_s, u"t7"_s},
                                    {u"payment_id"_s, u"e1"_s}}));
        QVERIFY_THROWS_EXCEPTION(EventDecodeError,
                                 decodeEventData(u"PaymentReceived"_s, 1, R"({"amount":"5"})", {}));
        QVERIFY_THROWS_EXCEPTION(EventDecodeError, decodeEventData(u"PaymentReceived"_s, 4,
                                                                   R"({"amount_cents":5})", {}));
        QVERIFY_THROWS_EXCEPTION(EventDecodeError, decodeEventData(u"FamilyMoved"_s, 1, "{}", {}));
        QVERIFY_THROWS_EXCEPTION(EventDecodeError,
                                 decodeEventData(u"LoginRecorded"_s, 1, "not json", {}));
    }

    // SPEC 2: schema 2 had no payment_id; the event's id names the payment.
    // Schema 3 carries its own. An amount that does not fit is a poison
    // event in every schema, never a silent zero.
    void schemaTwoPaymentsAreNamedByTheirEventId()
    {
        QCOMPARE(decodeEventData(u"PaymentReceived"_s, 2, R"({"amount_cents":5})", u"e2"_s),
                 (QJsonObject{{u"amount_cents"_s, 5}, {u"payment_id"_s, u"e2"_s}}));
        QCOMPARE(decodeEventData(u"PaymentReceived"_s, 3, R"({"amount_cents":5,"payment_id":"p3"})",
                                 u"e3"_s),
                 (QJsonObject{{u"amount_cents"_s, 5}, {u"payment_id"_s, u"p3"_s}}));
        for (const char* bad :
             {R"({"amount_cents":0})", R"({"amount_cents":-5})", R"({"amount_cents":100000001})",
              R"({"amount_cents":2.5})", R"({"amount_cents":"5"})", R"({})"}) {
            QVERIFY_THROWS_EXCEPTION(EventDecodeError,
                                     decodeEventData(u"PaymentReceived"_s, 2, bad, u"e"_s));
            QVERIFY_THROWS_EXCEPTION(EventDecodeError,
                                     decodeEventData(u"PaymentReceived"_s, 3, bad, u"e"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandValidation)
#include "tst_command_validation.moc"
