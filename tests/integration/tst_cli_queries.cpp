// coopdesk-cli's read side (SPEC 8): the JSON of every `query`, `status`,
// `rebuild`, `verify`, `exec --wait` and `seed-demo`, keys in the spec's
// order, and the exit codes (0 ok, 1 rejected or failed check, 2 usage,
// 3 storage).

#include "cli_runner.h"
#include "domain/event.h"
#include "domain/family_record.h"
#include "projections/projection_registry.h"
#include "projections/views_file.h"
#include "queries/query_service.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The keys of the first JSON object in `json`, in the order written.
QStringList firstObjectKeys(const QByteArray& json)
{
    QStringList keys;
    int depth = 0;
    int objectDepth = -1;
    bool inString = false;
    bool escaped = false;
    bool expectKey = false;
    bool capturing = false;
    QByteArray key;
    for (const char c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (capturing)
                    keys.append(QString::fromUtf8(key));
                capturing = false;
                continue;
            }
            if (capturing)
                key += c;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            if (expectKey && depth == objectDepth) {
                capturing = true;
                key.clear();
                expectKey = false;
            }
            break;
        case '{':
            ++depth;
            if (objectDepth < 0) {
                objectDepth = depth;
                expectKey = true;
            }
            break;
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == objectDepth)
                return keys;
            --depth;
            break;
        case ',':
            if (depth == objectDepth)
                expectKey = true;
            break;
        default:
            break;
        }
    }
    return keys;
}

QJsonArray parseArray(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not a JSON array:" << json.left(300);
    return document.array();
}

QStringList ids(const QJsonArray& rows, const QString& key = u"family_id"_s)
{
    QStringList values;
    for (const QJsonValue& row : rows)
        values.append(row.toObject().value(key).toVariant().toString());
    return values;
}

const QByteArray commands = R"(
{"command":"EnrollFamily","family_id":"f1","family_name":"Martinez Family","enrollment_date":"2024-09-01","parent_name":"Laura Martinez","email":"laura@example.org","preferred_contact_channel":"phone","assigned_coordinator":"Grace Park"}
{"command":"AddChild","family_id":"f1","child_name":"Sofía","child_age":9}
{"command":"AddChild","family_id":"f1","child_name":"Mateo","child_age":12}
{"command":"ChargeTuition","family_id":"f1","charge_id":"jan","month":"2025-01","amount_cents":15000,"due_date":"2025-01-05"}
{"command":"ReceivePayment","family_id":"f1","amount_cents":10000,"date":"2025-01-09","payment_method":"card"}
{"command":"UpdateRiskScore","family_id":"f1","new_score":90,"risk_factors":{"late":true}}
{"command":"RecordContact","family_id":"f1","date":"2025-03-01","method":"sms"}
{"command":"EnrollFamily","family_id":"f2","family_name":"Nguyen Family","enrollment_date":"2024-09-03"}
{"command":"ChargeTuition","family_id":"f2","charge_id":"jan","month":"2025-01","amount_cents":15000,"due_date":"2025-01-05"}
{"command":"ReceivePayment","family_id":"f2","amount_cents":15000,"date":"2025-01-05","payment_method":"ach"}
{"command":"UpdateRiskScore","family_id":"f2","new_score":72}
{"command":"UpdateEngagementScore","family_id":"f2","new_score":55}
{"command":"EnrollFamily","family_id":"f3","family_name":"Okafor Family","enrollment_date":"2024-09-05"}
{"command":"WithdrawFamily","family_id":"f3","date":"2025-02-01","reason":"Moving"}
)";

class CliCoop
{
public:
    CliCoop()
        : m_path(m_dir.filePath(u"cli.coop"_s))
    {}
    QString path() const { return m_path; }
    QString views() const { return viewsPathOf(m_path); }
    CliRun cli(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments.prepend(m_path);
        arguments.prepend(u"--db"_s);
        return runCli(arguments, input);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

class TestCliQueries : public QObject
{
    Q_OBJECT

private:
    CliCoop m_coop;
    qint64 m_head = 0;

private slots:
    void initTestCase()
    {
        QCOMPARE(m_coop.cli({u"init"_s}).exitCode, 0);
        const CliRun run =
            m_coop.cli({u"--user"_s, u"carla"_s, u"exec"_s, u"-"_s, u"--wait"_s}, commands);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 14);
        m_head = run.jsonLines().last().value(u"position"_s).toInteger();
        QCOMPARE(m_head, 14);
    }

    void queryFamily()
    {
        const CliRun run = m_coop.cli({u"query"_s, u"family"_s, u"f1"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 1);
        QCOMPARE(firstObjectKeys(run.out), familyColumns());
        const QJsonObject f1 = run.json();
        QCOMPARE(f1.value(u"family_name"_s).toString(), u"Martinez Family"_s);
        QCOMPARE(f1.value(u"children_names"_s).toArray(), (QJsonArray{u"Sofía"_s, u"Mateo"_s}));
        QCOMPARE(f1.value(u"children_count"_s), QJsonValue(2));
        QCOMPARE(f1.value(u"oldest_child_age"_s), QJsonValue(12));
        QCOMPARE(f1.value(u"total_paid_cents"_s), QJsonValue(10000));
        QCOMPARE(f1.value(u"balance_cents"_s), QJsonValue(5000));
        QVERIFY(f1.value(u"avg_payment_days_late"_s).isNull());
        QCOMPARE(f1.value(u"risk_factors"_s).toObject(), (QJsonObject{{u"late"_s, true}}));
        QCOMPARE(f1.value(u"risk_tier"_s).toString(), u"critical"_s);
        QVERIFY(f1.value(u"event_attendance_rate"_s).isNull());
        QCOMPARE(f1.value(u"event_version"_s), QJsonValue(7));
        // JSON columns are embedded as JSON, not as strings.
        QVERIFY(run.out.contains(R"("children_names":["Sofía","Mateo"])"));
        QVERIFY(run.out.contains(R"("risk_factors":{"late":true})"));
    }

    void unknownFamilyIsNotFound_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("family") << u"family"_s;
        QTest::newRow("history") << u"history"_s;
    }
    void unknownFamilyIsNotFound()
    {
        QFETCH(QString, what);
        const CliRun run = m_coop.cli({u"query"_s, what, u"nobody"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstObjectKeys(run.out), (QStringList{u"ok"_s, u"error"_s}));
        const QJsonObject result = run.json();
        QCOMPARE(result.value(u"ok"_s), QJsonValue(false));
        const QJsonObject error = result.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"not_found"_s);
        QCOMPARE(error.value(u"field"_s).toString(), u"family_id"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void queryFamilies()
    {
        CliRun run = m_coop.cli({u"query"_s, u"families"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 1);
        QVERIFY(run.out.startsWith("[{"));
        QCOMPARE(firstObjectKeys(run.out), familyColumns());
        QCOMPARE(ids(parseArray(run.out)), (QStringList{u"f1"_s, u"f2"_s, u"f3"_s}));

        run = m_coop.cli({u"query"_s, u"families"_s, u"--status"_s, u"withdrawn"_s});
        QCOMPARE(ids(parseArray(run.out)), QStringList{u"f3"_s});
        run = m_coop.cli(
            {u"query"_s, u"families"_s, u"--status"_s, u"enrolled"_s, u"--tier"_s, u"high"_s});
        QCOMPARE(ids(parseArray(run.out)), QStringList{u"f2"_s});
        run = m_coop.cli({u"query"_s, u"families"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(ids(parseArray(run.out)), (QStringList{u"f1"_s, u"f2"_s}));
        run = m_coop.cli({u"query"_s, u"families"_s, u"--limit=1"_s, u"--offset"_s, u"2"_s});
        QCOMPARE(ids(parseArray(run.out)), QStringList{u"f3"_s});
        run = m_coop.cli({u"query"_s, u"families"_s, u"--tier"_s, u"medium"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("[]"));
    }

    void queryAtRiskTiersPaymentsSearch()
    {
        CliRun run = m_coop.cli({u"query"_s, u"at-risk"_s, u"--as-of"_s, u"2025-03-11"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), QueryService::atRiskColumns());
        QJsonArray rows = parseArray(run.out);
        // f1: 90 + 5 (owes) = 95, contacted 10 days before; f2: 72 + 10 = 82.
        QCOMPARE(ids(rows), (QStringList{u"f1"_s, u"f2"_s}));
        QCOMPARE(ids(rows, u"intervention_priority"_s), (QStringList{u"95"_s, u"82"_s}));
        QCOMPARE(ids(rows, u"recommended_intervention"_s),
                 (QStringList{u"coordinator_call_48h"_s, u"personal_checkin_7d"_s}));
        QCOMPARE(rows.at(0).toObject().value(u"days_since_contact"_s), QJsonValue(10));
        QVERIFY(rows.at(1).toObject().value(u"days_since_contact"_s).isNull());
        QCOMPARE(rows.at(0).toObject().value(u"risk_factors"_s).toObject(),
                 (QJsonObject{{u"late"_s, true}}));
        run = m_coop.cli(
            {u"query"_s, u"at-risk"_s, u"--min"_s, u"85"_s, u"--as-of"_s, u"2025-03-11"_s});
        QCOMPARE(ids(parseArray(run.out)), QStringList{u"f1"_s});
        run = m_coop.cli(
            {u"query"_s, u"at-risk"_s, u"--min"_s, u"5"_s, u"--as-of"_s, u"2025-03-11"_s});
        QCOMPARE(ids(parseArray(run.out)), (QStringList{u"f1"_s, u"f2"_s}));

        run = m_coop.cli({u"query"_s, u"tiers"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), QueryService::tierColumns());
        QCOMPARE(
            run.out.trimmed(),
            QByteArray(R"([{"risk_tier":"critical","count":1,"avg_engagement":0,"avg_risk":90},)"
                       R"({"risk_tier":"high","count":1,"avg_engagement":55,"avg_risk":72}])"));

        run = m_coop.cli({u"query"_s, u"payments"_s, u"--as-of"_s, u"2025-02-01"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), QueryService::paymentColumns());
        rows = parseArray(run.out);
        QCOMPARE(rows.size(), 1);
        const QJsonObject jan = rows.at(0).toObject();
        QCOMPARE(jan.value(u"month"_s).toString(), u"2025-01"_s);
        QCOMPARE(jan.value(u"families_active"_s), QJsonValue(2));
        QCOMPARE(jan.value(u"families_paid_on_time"_s), QJsonValue(1));
        QCOMPARE(jan.value(u"families_unsettled"_s), QJsonValue(1));
        QCOMPARE(jan.value(u"families_overdue"_s), QJsonValue(1));
        QCOMPARE(jan.value(u"revenue_outstanding_cents"_s), QJsonValue(5000));
        QCOMPARE(jan.value(u"median_payment_days_late"_s), QJsonValue(0));
        QCOMPARE(jan.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"ach"_s, 15000}, {u"card"_s, 10000}}));
        QVERIFY(run.out.contains(R"("payment_method_breakdown":{"ach":15000,"card":10000})"));
        run = m_coop.cli(
            {u"query"_s, u"payments"_s, u"--from"_s, u"2025-02"_s, u"--to"_s, u"2025-12"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("[]"));

        // Receipts by payment date (SPEC 4.6), the same two payments.
        run = m_coop.cli({u"query"_s, u"receipts"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), QueryService::receiptColumns());
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"([{"month":"2025-01","payments_count":2,"families_paying":2,)"
                            R"("received_cents":25000,)"
                            R"("payment_method_breakdown":{"ach":15000,"card":10000}}])"));
        run = m_coop.cli({u"query"_s, u"receipts"_s, u"--from"_s, u"2025-02"_s});
        QCOMPARE(run.out.trimmed(), QByteArray("[]"));
        QCOMPARE(m_coop.cli({u"query"_s, u"receipts"_s, u"--to"_s, u"2025-1"_s}).exitCode, 2);

        run = m_coop.cli({u"query"_s, u"search"_s, u"  MARTÍ  "_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("[]"));
        run = m_coop.cli({u"query"_s, u"search"_s, u"sofía"_s});
        QCOMPARE(firstObjectKeys(run.out), familyColumns());
        QCOMPARE(ids(parseArray(run.out)), QStringList{u"f1"_s});
        run = m_coop.cli({u"query"_s, u"search"_s, u"family"_s});
        QCOMPARE(ids(parseArray(run.out)), (QStringList{u"f1"_s, u"f2"_s, u"f3"_s}));
    }

    void queryHistory()
    {
        const CliRun run = m_coop.cli({u"query"_s, u"history"_s, u"f2"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), RecordedEvent::columns());
        const QJsonArray events = parseArray(run.out);
        QCOMPARE(ids(events, u"event_type"_s),
                 (QStringList{u"FamilyEnrolled"_s, u"TuitionCharged"_s, u"PaymentReceived"_s,
                              u"RiskScoreUpdated"_s, u"EngagementScoreUpdated"_s}));
        QCOMPARE(ids(events, u"stream_version"_s),
                 (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        QCOMPARE(ids(events, u"position"_s),
                 (QStringList{u"8"_s, u"9"_s, u"10"_s, u"11"_s, u"12"_s}));
        const QJsonObject risk = events.at(3).toObject();
        QCOMPARE(risk.value(u"data"_s).toObject(),
                 (QJsonObject{{u"new_score"_s, 72},
                              {u"old_score"_s, 0},
                              {u"risk_tier"_s, u"high"_s},
                              {u"risk_factors"_s, QJsonObject()}}));
        QCOMPARE(risk.value(u"metadata"_s).toObject().value(u"user_id"_s).toString(), u"carla"_s);
        QCOMPARE(risk.value(u"stream_id"_s).toString(), u"f2"_s);
        QCOMPARE(risk.value(u"hash"_s).toString().size(), 64);
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("query alone") << QStringList{u"query"_s};
        QTest::newRow("unknown query") << QStringList{u"query"_s, u"everything"_s};
        QTest::newRow("family without id") << QStringList{u"query"_s, u"family"_s};
        QTest::newRow("family with two ids")
            << QStringList{u"query"_s, u"family"_s, u"a"_s, u"b"_s};
        QTest::newRow("history without id") << QStringList{u"query"_s, u"history"_s};
        QTest::newRow("search without term") << QStringList{u"query"_s, u"search"_s};
        QTest::newRow("bad status")
            << QStringList{u"query"_s, u"families"_s, u"--status"_s, u"gone"_s};
        QTest::newRow("bad tier") << QStringList{u"query"_s, u"families"_s, u"--tier"_s,
                                                 u"severe"_s};
        QTest::newRow("bad limit")
            << QStringList{u"query"_s, u"families"_s, u"--limit"_s, u"ten"_s};
        QTest::newRow("negative offset")
            << QStringList{u"query"_s, u"families"_s, u"--offset"_s, u"-1"_s};
        QTest::newRow("bad sort") << QStringList{u"query"_s, u"families"_s, u"--sort"_s,
                                                 u"email"_s};
        QTest::newRow("bad min") << QStringList{u"query"_s, u"at-risk"_s, u"--min"_s, u"high"_s};
        QTest::newRow("bad as-of")
            << QStringList{u"query"_s, u"at-risk"_s, u"--as-of"_s, u"2025-02-30"_s};
        QTest::newRow("bad month")
            << QStringList{u"query"_s, u"payments"_s, u"--from"_s, u"2025-13"_s};
        QTest::newRow("bad payments as-of")
            << QStringList{u"query"_s, u"payments"_s, u"--as-of"_s, u"yesterday"_s};
        QTest::newRow("option without value") << QStringList{u"query"_s, u"at-risk"_s, u"--min"_s};
        QTest::newRow("unknown option") << QStringList{u"query"_s, u"tiers"_s, u"--fancy"_s};
        QTest::newRow("rebuild of nothing known") << QStringList{u"rebuild"_s, u"everything"_s};
        QTest::newRow("rebuild of two")
            << QStringList{u"rebuild"_s, u"search"_s, u"activity_log"_s};
        QTest::newRow("seed-demo without families") << QStringList{u"seed-demo"_s};
        QTest::newRow("seed-demo of 0") << QStringList{u"seed-demo"_s, u"--families"_s, u"0"_s};
        QTest::newRow("seed-demo of many")
            << QStringList{u"seed-demo"_s, u"--families"_s, u"lots"_s};
        QTest::newRow("seed-demo months")
            << QStringList{u"seed-demo"_s, u"--families"_s, u"3"_s, u"--months"_s, u"0"_s};
        QTest::newRow("seed-demo seed")
            << QStringList{u"seed-demo"_s, u"--families"_s, u"3"_s, u"--seed"_s, u"x"_s};
        QTest::newRow("seed-demo as-of")
            << QStringList{u"seed-demo"_s, u"--families"_s, u"3"_s, u"--as-of"_s, u"2025-1-1"_s};
        QTest::newRow("overdue as-of")
            << QStringList{u"query"_s, u"overdue"_s, u"--as-of"_s, u"2025-02-30"_s};
        const QStringList month{u"charge-all"_s, u"--month"_s, u"2025-02"_s, u"--due"_s,
                                u"2025-02-05"_s};
        QTest::newRow("charge-all without rule") << month;
        QTest::newRow("charge-all with two rules")
            << month + QStringList{u"--amount"_s, u"100"_s, u"--last-amount"_s};
        QTest::newRow("charge-all amount in dollars")
            << month + QStringList{u"--amount"_s, u"150.00"_s};
        QTest::newRow("charge-all amount zero") << month + QStringList{u"--per-child"_s, u"0"_s};
        QTest::newRow("charge-all without month")
            << QStringList{u"charge-all"_s, u"--due"_s, u"2025-02-05"_s, u"--last-amount"_s};
        QTest::newRow("charge-all bad month")
            << QStringList{u"charge-all"_s, u"--month"_s,    u"2025-2"_s,
                           u"--due"_s,      u"2025-02-05"_s, u"--last-amount"_s};
        QTest::newRow("charge-all without due")
            << QStringList{u"charge-all"_s, u"--month"_s, u"2025-02"_s, u"--last-amount"_s};
        QTest::newRow("charge-all with a word")
            << month + QStringList{u"--last-amount"_s, u"everyone"_s};
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const QByteArray before = fileBytes(m_coop.path());
        const CliRun run = m_coop.cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("coopdesk-cli:"));
        QCOMPARE(fileBytes(m_coop.path()), before);
    }

    // The treasurer's month from the command line (SPEC 8): who is charged,
    // what a dry run leaves, and a second run charging nobody twice.
    void chargeAllAndQueryOverdue()
    {
        CliCoop coop;
        QCOMPARE(coop.cli({u"init"_s}).exitCode, 0);
        QCOMPARE(coop.cli({u"exec"_s, u"-"_s}, commands).exitCode, 0);

        CliRun run = coop.cli({u"query"_s, u"overdue"_s, u"--as-of"_s, u"2025-01-05"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("[]")); // due that day: not yet overdue
        run = coop.cli({u"query"_s, u"overdue"_s, u"--as-of"_s, u"2025-01-06"_s});
        QCOMPARE(firstObjectKeys(run.out), QueryService::overdueColumns());
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"([{"family_id":"f1","family_name":"Martinez Family",)"
                            R"("parent_name":"Laura Martinez","email":"laura@example.org",)"
                            R"("phone":null,"amount_overdue_cents":5000,)"
                            R"("oldest_due_date":"2025-01-05"}])"));

        // Per child: f1 has two children, f2 none, f3 is withdrawn.
        const QStringList february{u"charge-all"_s, u"--month"_s, u"2025-02"_s, u"--due"_s,
                                   u"2025-02-05"_s};
        const QByteArray before = fileBytes(coop.path());
        run = coop.cli(february + QStringList{u"--per-child"_s, u"7500"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"charged":1,"skipped":1,"total_cents":15000,)"
                            R"("dry_run":true})"));
        QCOMPARE(coop.cli({u"query"_s, u"family"_s, u"f1"_s})
                     .json()
                     .value(u"balance_cents"_s)
                     .toInteger(),
                 5000);
        run = coop.cli(february + QStringList{u"--per-child"_s, u"7500"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"charged":1,"skipped":1,"total_cents":15000,)"
                            R"("dry_run":false})"));
        QVERIFY(fileBytes(coop.path()) != before);
        QCOMPARE(coop.cli({u"query"_s, u"family"_s, u"f1"_s})
                     .json()
                     .value(u"balance_cents"_s)
                     .toInteger(),
                 20000);
        run = coop.cli(february + QStringList{u"--per-child"_s, u"7500"_s});
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"charged":0,"skipped":2,"total_cents":0,)"
                            R"("dry_run":false})"));

        // The same amount: only f2 lacks TUI-2025-02.
        run = coop.cli(february + QStringList{u"--amount"_s, u"5000"_s});
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"charged":1,"skipped":1,"total_cents":5000,)"
                            R"("dry_run":false})"));
        // The last amount: each family's February charge.
        run = coop.cli({u"charge-all"_s, u"--month"_s, u"2025-03"_s, u"--due"_s, u"2025-03-05"_s,
                        u"--last-amount"_s});
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"charged":2,"skipped":0,"total_cents":20000,)"
                            R"("dry_run":false})"));
        run = coop.cli({u"query"_s, u"overdue"_s, u"--as-of"_s, u"2025-03-06"_s});
        QCOMPARE(ids(parseArray(run.out)), (QStringList{u"f1"_s, u"f2"_s}));
        QCOMPARE(parseArray(run.out).at(0).toObject().value(u"amount_overdue_cents"_s),
                 QJsonValue(5000 + 15000 + 15000));
    }

    void notACoopFileIsAStorageError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.coop"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        const CliRun run = runCli({u"--db"_s, path, u"query"_s, u"tiers"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"storage"_s);
        QCOMPARE(fileBytes(path), QByteArray("these are my notes, not a database\n"));
    }

    void statusAndExecWait()
    {
        CliRun run = m_coop.cli({u"status"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), QueryService::statusColumns());
        QJsonArray rows = parseArray(run.out);
        QCOMPARE(rows.size(), 6);
        QStringList names = ids(rows, u"projection_name"_s);
        QCOMPARE(names, (QStringList{u"activity_log"_s, u"at_risk_families_view"_s,
                                     u"cash_receipts_view"_s, u"family_read_model"_s,
                                     u"payment_analytics_view"_s, u"search"_s}));
        for (const QJsonValue& value : std::as_const(rows)) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value(u"status"_s).toString(), u"running"_s);
            QCOMPARE(row.value(u"last_position"_s).toInteger(), m_head);
            QCOMPARE(row.value(u"head_position"_s).toInteger(), m_head);
            QCOMPARE(row.value(u"lag_events"_s).toInteger(), 0);
            QCOMPARE(row.value(u"lag_ms"_s).toInteger(), 0);
            const QString name = row.value(u"projection_name"_s).toString();
            QCOMPARE(row.value(u"projection_version"_s).toInt(), name == u"activity_log"_s ? 1
                                                                 : name == u"cash_receipts_view"_s
                                                                     ? 3
                                                                     : 4);
            QVERIFY(row.value(u"last_error"_s).isNull());
            QVERIFY(row.value(u"error_position"_s).isNull());
            QCOMPARE(row.value(u"last_event_id"_s).toString().size(), 36);
            QVERIFY(row.value(u"updated_at"_s).toString().endsWith(u'Z'));
        }

        // exec without --wait leaves the projections behind (status does not catch up) …
        const QByteArray line = R"({"command":"RecordLogin","family_id":"f2","date":"2025-03-02"})"
                                "\n";
        run = m_coop.cli({u"exec"_s}, line);
        QCOMPARE(run.exitCode, 0);
        ++m_head;
        rows = parseArray(m_coop.cli({u"status"_s}).out);
        for (const QJsonValue& value : std::as_const(rows)) {
            QCOMPARE(value.toObject().value(u"lag_events"_s).toInteger(), 1);
            QCOMPARE(value.toObject().value(u"head_position"_s).toInteger(), m_head);
            QVERIFY(value.toObject().value(u"lag_ms"_s).toInteger() >= 0);
        }
        // … with --wait they are at the head when it exits.
        run = m_coop.cli({u"exec"_s, u"--wait"_s}, line);
        QCOMPARE(run.exitCode, 0);
        ++m_head;
        QCOMPARE(run.jsonLines().first().value(u"position"_s).toInteger(), m_head);
        rows = parseArray(m_coop.cli({u"status"_s}).out);
        for (const QJsonValue& value : std::as_const(rows)) {
            QCOMPARE(value.toObject().value(u"lag_events"_s).toInteger(), 0);
            QCOMPARE(value.toObject().value(u"last_position"_s).toInteger(), m_head);
        }
    }

    void rebuildAndVerify()
    {
        CliRun run = m_coop.cli({u"rebuild"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out),
                 (QStringList{u"ok"_s, u"rebuilt"_s, u"events"_s, u"elapsed_ms"_s}));
        QJsonObject result = run.json();
        QCOMPARE(result.value(u"ok"_s), QJsonValue(true));
        QCOMPARE(result.value(u"rebuilt"_s).toArray(),
                 QJsonArray::fromStringList(projectionNames()));
        QCOMPARE(result.value(u"events"_s).toInteger(), m_head);
        QVERIFY(run.err.contains("rebuilding"));

        run = m_coop.cli({u"rebuild"_s, u"search"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"rebuilt"_s).toArray(), QJsonArray{u"search"_s});

        run = m_coop.cli({u"verify"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QByteArray(R"({"ok":true,"events_checked":)") + QByteArray::number(m_head) + '}');

        // A read model that differs from a fresh rebuild fails the check,
        // naming the table; the views file is only compared, not repaired.
        {
            SqliteConnection views(m_coop.views(), SqliteConnection::Mode::ReadWrite);
            views.execute(
                "UPDATE family_read_model SET volunteer_hours = 99 WHERE family_id = 'f2'");
        }
        run = m_coop.cli({u"verify"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstObjectKeys(run.out),
                 (QStringList{u"ok"_s, u"events_checked"_s, u"position"_s, u"problem"_s}));
        result = run.json();
        QCOMPARE(result.value(u"ok"_s), QJsonValue(false));
        QVERIFY2(result.value(u"problem"_s).toString().startsWith(u"family_read_model"_s),
                 qPrintable(result.value(u"problem"_s).toString()));
        QVERIFY(result.value(u"problem"_s).toString().contains(u"\"volunteer_hours\":99"_s));

        // A rebuild repairs it.
        QCOMPARE(m_coop.cli({u"rebuild"_s, u"family_read_model"_s}).exitCode, 0);
        QCOMPARE(m_coop.cli({u"verify"_s}).exitCode, 0);
    }

    // The views file is disposable: deleted or damaged, queries rebuild it.
    void queriesRebuildAnUntrustworthyViewsFile()
    {
        const QByteArray expected = m_coop.cli({u"query"_s, u"families"_s}).out;
        viewsfile::remove(m_coop.views());
        QCOMPARE(m_coop.cli({u"query"_s, u"families"_s}).out, expected);
        viewsfile::remove(m_coop.views());
        QFile garbage(m_coop.views());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(10000, '\x5a'));
        garbage.close();
        const CliRun run = m_coop.cli({u"query"_s, u"families"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);
        QCOMPARE(m_coop.cli({u"verify"_s}).exitCode, 0);
    }

    void seedDemoIsDeterministic()
    {
        CliCoop a;
        CliCoop b;
        CliCoop c;
        const QStringList options{u"seed-demo"_s, u"--families"_s, u"40"_s,
                                  u"--months"_s,  u"6"_s,          u"--seed"_s,
                                  u"42"_s,        u"--as-of"_s,    u"2025-06-15"_s};
        CliRun run = a.cli(options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(firstObjectKeys(run.out), (QStringList{u"ok"_s, u"families"_s, u"commands"_s,
                                                        u"head_position"_s, u"elapsed_ms"_s}));
        QCOMPARE(run.json().value(u"families"_s), QJsonValue(40));
        QCOMPARE(run.json().value(u"head_position"_s), run.json().value(u"commands"_s));
        QCOMPARE(b.cli(options).exitCode, 0);
        QStringList other = options;
        other[6] = u"43"_s;
        QCOMPARE(c.cli(other).exitCode, 0);

        const QByteArray families = a.cli({u"query"_s, u"families"_s}).out;
        QCOMPARE(parseArray(families).size(), 40);
        QCOMPARE(b.cli({u"query"_s, u"families"_s}).out, families);
        QVERIFY(c.cli({u"query"_s, u"families"_s}).out != families);
        for (const QStringList& query :
             {QStringList{u"query"_s, u"payments"_s, u"--as-of"_s, u"2025-06-15"_s},
              QStringList{u"query"_s, u"at-risk"_s, u"--as-of"_s, u"2025-06-15"_s},
              QStringList{u"query"_s, u"tiers"_s}})
            QCOMPARE(b.cli(query).out, a.cli(query).out);
    }

    // The size the issue asks for: it completes, and every query answers
    // plausibly. The time is printed for people, not asserted.
    void seedDemoOf500FamiliesOver12Months()
    {
        CliCoop demo;
        QElapsedTimer timer;
        timer.start();
        CliRun run =
            demo.cli({u"seed-demo"_s, u"--families"_s, u"500"_s, u"--as-of"_s, u"2025-06-15"_s});
        const qint64 seeded = timer.elapsed();
        QCOMPARE(run.exitCode, 0);
        const qint64 head = run.json().value(u"head_position"_s).toInteger();
        qInfo("seed-demo --families 500 --months 12: %lld events in %lld ms (elapsed_ms %lld)",
              head, seeded, run.json().value(u"elapsed_ms"_s).toInteger());
        QVERIFY(head > 20000);

        run = demo.cli({u"query"_s, u"tiers"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tiers = parseArray(run.out);
        QCOMPARE(ids(tiers, u"risk_tier"_s),
                 (QStringList{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}));
        qint64 enrolled = 0;
        for (const QJsonValue& tier : tiers)
            enrolled += tier.toObject().value(u"count"_s).toInteger();
        QVERIFY(enrolled > 400 && enrolled <= 500);

        const QJsonArray payments =
            parseArray(demo.cli({u"query"_s, u"payments"_s, u"--as-of"_s, u"2025-06-15"_s}).out);
        QCOMPARE(payments.size(), 12);
        QCOMPARE(payments.first().toObject().value(u"month"_s).toString(), u"2025-06"_s);
        QCOMPARE(payments.last().toObject().value(u"month"_s).toString(), u"2024-07"_s);
        bool late = false;
        bool unsettled = false;
        for (const QJsonValue& value : payments) {
            const QJsonObject month = value.toObject();
            QCOMPARE(month.value(u"families_active"_s).toInteger(),
                     month.value(u"families_paid_on_time"_s).toInteger() +
                         month.value(u"families_paid_late"_s).toInteger() +
                         month.value(u"families_unsettled"_s).toInteger());
            QCOMPARE(month.value(u"revenue_outstanding_cents"_s).toInteger(),
                     month.value(u"revenue_expected_cents"_s).toInteger() -
                         month.value(u"revenue_collected_cents"_s).toInteger());
            QVERIFY(month.value(u"families_overdue"_s).toInteger() <=
                    month.value(u"families_unsettled"_s).toInteger());
            late = late || month.value(u"families_paid_late"_s).toInteger() > 0;
            unsettled = unsettled || month.value(u"families_unsettled"_s).toInteger() > 0;
        }
        QVERIFY(late && unsettled);

        const QJsonArray atRisk =
            parseArray(demo.cli({u"query"_s, u"at-risk"_s, u"--as-of"_s, u"2025-06-15"_s}).out);
        QVERIFY(!atRisk.isEmpty());
        QStringList interventions = ids(atRisk, u"recommended_intervention"_s);
        interventions.removeDuplicates();
        QCOMPARE(interventions.size(), 3);
        QCOMPARE(parseArray(demo.cli({u"query"_s, u"search"_s, u"family"_s}).out).size(), 50);
        QCOMPARE(
            parseArray(demo.cli({u"query"_s, u"families"_s, u"--status"_s, u"withdrawn"_s}).out)
                .isEmpty(),
            false);
        QCOMPARE(demo.cli({u"query"_s, u"family"_s, u"fam-00001"_s}).exitCode, 0);
        QCOMPARE(demo.cli({u"query"_s, u"history"_s, u"fam-00001"_s}).exitCode, 0);
        QCOMPARE(demo.cli({u"verify"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliQueries)
#include "tst_cli_queries.moc"
