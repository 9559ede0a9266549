// Read models after random command streams equal a fresh rebuild and the
// families folded from their events alone (SPEC 6, 10): projected in odd
// batch sizes by several projectors taking turns on one views file, by a
// `coopdesk-cli` killed with SIGKILL mid catch-up, and by two processes
// catching up the same views file at once.

#include "cli_runner.h"
#include "domain/family_record.h"
#include "io/demo_generator.h"
#include "projections/projection_registry.h"
#include "projections/projection_service.h"
#include "projections/projector.h"
#include "projections/views_file.h"
#include "projections/views_verifier.h"
#include "queries/query_service.h"
#include "store/family_replay.h"
#include "temp_coop.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <random>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// Valid commands at random: it keeps just enough state (which families
// exist and are withdrawn, the charge ids used) for every command to be
// accepted, so batches commit.
class CommandStream
{
public:
    explicit CommandStream(unsigned seed)
        : m_random(seed)
    {}

    QJsonObject next()
    {
        if (m_families.size() < 3 || chance(8))
            return enroll();
        const QString id = pick(m_families);
        const bool withdrawn = m_withdrawn.contains(id);
        const int roll = between(1, 100);
        if (withdrawn) {
            // What a withdrawn family still accepts: payments, contacts,
            // contact details, and re-enrollment.
            if (roll <= 35)
                return reenroll(id);
            if (roll <= 70)
                return payment(id);
            if (roll <= 85)
                return contact(id);
            return contactDetails(id);
        }
        if (roll <= 7)
            return child(id);
        if (roll <= 30)
            return charge(id);
        if (roll <= 55)
            return payment(id);
        if (roll <= 61)
            return score(u"UpdateEngagementScore"_s, id);
        if (roll <= 70)
            return score(u"UpdateRiskScore"_s, id);
        if (roll <= 76)
            return contact(id);
        if (roll <= 78)
            return withFamily(u"AssignCoordinator"_s, id,
                              {{u"coordinator"_s, pick(m_coordinators)}});
        if (roll <= 81)
            return withFamily(u"LogVolunteerHours"_s, id,
                              {{u"hours"_s, between(1, 24)}, {u"date"_s, randomDate()}});
        if (roll <= 86)
            return withFamily(u"RecordAttendance"_s, id,
                              {{u"event_name"_s, u"Park day"_s},
                               {u"date"_s, randomDate()},
                               {u"attended"_s, chance(60)}});
        if (roll <= 90)
            return withFamily(u"RecordLogin"_s, id, {{u"date"_s, randomDate()}});
        if (roll <= 93)
            return contactDetails(id);
        m_withdrawn.insert(id);
        return withFamily(u"WithdrawFamily"_s, id,
                          {{u"date"_s, randomDate()}, {u"reason"_s, u"Moving away"_s}});
    }

    const QStringList& families() const { return m_families; }
    int between(int low, int high) { return std::uniform_int_distribution(low, high)(m_random); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename List> auto pick(const List& list) -> decltype(list.at(0))
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    QJsonObject withFamily(const QString& name, const QString& id, QJsonObject fields)
    {
        fields.insert(u"command"_s, name);
        fields.insert(u"family_id"_s, id);
        return fields;
    }

    QString randomDate()
    {
        return QDate(2024, 8, 1).addDays(between(0, 420)).toString(Qt::ISODate);
    }

    QJsonObject enroll()
    {
        const QString id = u"fam-%1"_s.arg(m_families.size() + 1);
        m_families.append(id);
        const QString first = pick(m_names);
        const QString last = pick(m_names);
        QJsonObject fields{{u"family_name"_s, QString(first + u' ' + last)},
                           {u"enrollment_date"_s, randomDate()}};
        if (chance(80))
            fields.insert(u"parent_name"_s, QString(pick(m_names) + u" Parent"_s));
        if (chance(70))
            fields.insert(u"email"_s, u"p%1@example.org"_s.arg(between(1, 50)));
        if (chance(50))
            fields.insert(u"preferred_contact_channel"_s, pick(m_channels));
        if (chance(50))
            fields.insert(u"assigned_coordinator"_s, pick(m_coordinators));
        return withFamily(u"EnrollFamily"_s, id, fields);
    }

    QJsonObject child(const QString& id)
    {
        return withFamily(u"AddChild"_s, id,
                          {{u"child_name"_s, pick(m_names)}, {u"child_age"_s, between(0, 25)}});
    }

    QJsonObject charge(const QString& id)
    {
        const QDate month = QDate(2024, 9, 1).addMonths(between(0, 11));
        // Due dates in any order, so the settlement queue is reordered.
        const QDate due = month.addDays(between(0, 40));
        m_lastCharge = between(1000, 30000);
        return withFamily(u"ChargeTuition"_s, id,
                          {{u"charge_id"_s, u"c%1"_s.arg(++m_charges)},
                           {u"month"_s, month.toString(u"yyyy-MM"_s)},
                           {u"amount_cents"_s, m_lastCharge},
                           {u"due_date"_s, due.toString(Qt::ISODate)}});
    }

    QJsonObject payment(const QString& id)
    {
        // Partial, exact and over-payments, in cents that rarely divide evenly.
        const int roll = between(1, 100);
        const qint64 cents = roll <= 40   ? between(1, m_lastCharge)
                             : roll <= 75 ? m_lastCharge
                                          : m_lastCharge + between(1, 40000);
        QJsonObject fields{{u"amount_cents"_s, cents},
                           {u"date"_s, randomDate()},
                           {u"payment_method"_s, pick(m_methods)}};
        if (chance(30))
            fields.insert(u"transaction_id"_s, u"t%1"_s.arg(++m_transactions));
        return withFamily(u"ReceivePayment"_s, id, fields);
    }

    QJsonObject score(const QString& name, const QString& id)
    {
        // Around the tier boundaries more often than not.
        const int boundaries[] = {39, 40, 69, 70, 84, 85};
        const int value = chance(50)
                              ? std::clamp(boundaries[between(0, 5)] + between(-1, 1), 0, 100)
                              : between(0, 100);
        QJsonObject fields{{u"new_score"_s, value}};
        if (chance(40))
            fields.insert(name == u"UpdateRiskScore"_s ? u"risk_factors"_s : u"factors"_s,
                          QJsonObject{{u"k"_s, between(0, 9)}});
        return withFamily(name, id, fields);
    }

    QJsonObject contact(const QString& id)
    {
        return withFamily(u"RecordContact"_s, id,
                          {{u"date"_s, randomDate()}, {u"method"_s, pick(m_channels)}});
    }

    QJsonObject contactDetails(const QString& id)
    {
        QJsonObject fields;
        // "" clears the field; a value sets it.
        fields.insert(u"email"_s, chance(40) ? u""_s : u"new%1@example.org"_s.arg(between(1, 9)));
        if (chance(50))
            fields.insert(u"parent_name"_s, chance(30) ? u""_s : pick(m_names));
        if (chance(30))
            fields.insert(u"preferred_contact_channel"_s, pick(m_channels));
        return withFamily(u"ChangeContactDetails"_s, id, fields);
    }

    QJsonObject reenroll(const QString& id)
    {
        m_withdrawn.remove(id);
        return withFamily(u"ReenrollFamily"_s, id, {{u"date"_s, randomDate()}});
    }

    std::mt19937 m_random;
    QStringList m_families;
    QSet<QString> m_withdrawn;
    qint64 m_charges = 0;
    qint64 m_transactions = 0;
    int m_lastCharge = 10000;
    const QStringList m_names{u"Martinez"_s, u"Nguyen"_s,   u"Álvarez"_s, u"Müller"_s,
                              u"O'Brien"_s,  u"smith"_s,    u"Smith"_s,   u"Éloïse"_s,
                              u"Chen"_s,     u"Kowalski"_s, u"100%"_s,    u"a_b"_s};
    const QStringList m_methods{u"card"_s, u"check"_s, u"cash"_s, u"ach"_s, u"other"_s};
    const QStringList m_channels{u"email"_s, u"phone"_s, u"sms"_s, u"in_person"_s};
    const QStringList m_coordinators{u"Rachel Adams"_s, u"Luis Moreno"_s, u"Grace Park"_s};
};

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

bool byNameThenId(const FamilyRecord* a, const FamilyRecord* b)
{
    const QByteArray x = nocaseKey(a->familyName);
    const QByteArray y = nocaseKey(b->familyName);
    return x != y ? x < y : a->familyId < b->familyId;
}

QJsonValue twoDecimals(qint64 sum, qint64 count)
{
    return count == 0 ? QJsonValue() : QJsonValue(roundedHalfUp(sum, count, 2));
}

// Every family folded from its events alone (no read model involved).
struct Replays
{
    QList<FamilyReplay> families;

    explicit Replays(EventStore& store, const QStringList& ids)
    {
        for (const QString& id : ids)
            families.append(reconstructFamily(store, id));
    }
};

// The payment_analytics rows SPEC 4.3 asks for, computed from the replays.
QList<QJsonObject> expectedPayments(const Replays& replays, const QString& asOf)
{
    struct Month
    {
        qint64 active = 0, onTime = 0, late = 0, unsettled = 0, overdue = 0;
        qint64 expected = 0, collected = 0;
        QList<int> daysLate;
        QMap<QString, qint64> methods;
    };
    QMap<QString, Month> months;
    for (const FamilyReplay& replay : replays.families) {
        QMap<QString, QList<Charge>> byMonth;
        for (const Charge& charge : replay.charges)
            byMonth[charge.month].append(charge);
        for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
            Month& month = months[it.key()];
            bool allSettled = true, anyLate = false, overdue = false;
            for (const Charge& charge : it.value()) {
                month.expected += charge.amountCents;
                month.collected += charge.allocatedCents;
                for (auto m = charge.allocatedByMethod.cbegin();
                     m != charge.allocatedByMethod.cend(); ++m)
                    month.methods[m.key()] += m.value();
                if (charge.isSettled()) {
                    month.daysLate.append(*charge.daysLate);
                    anyLate = anyLate || *charge.daysLate > 0;
                } else {
                    allSettled = false;
                    overdue = overdue || charge.dueDate < asOf;
                }
            }
            month.active += 1;
            (allSettled ? (anyLate ? month.late : month.onTime) : month.unsettled) += 1;
            month.overdue += overdue ? 1 : 0;
        }
    }
    QList<QJsonObject> rows;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const Month& m = it.value();
        QList<int> days = m.daysLate;
        std::sort(days.begin(), days.end());
        qint64 sum = 0;
        for (int d : days)
            sum += d;
        QJsonValue median;
        if (!days.isEmpty()) {
            const qsizetype n = days.size();
            median = n % 2 ? days.at(n / 2) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2;
        }
        QJsonObject breakdown;
        for (auto method = m.methods.cbegin(); method != m.methods.cend(); ++method) {
            if (method.value() > 0)
                breakdown.insert(method.key(), method.value());
        }
        rows.prepend({{u"month"_s, it.key()},
                      {u"families_active"_s, m.active},
                      {u"families_paid_on_time"_s, m.onTime},
                      {u"families_paid_late"_s, m.late},
                      {u"families_unsettled"_s, m.unsettled},
                      {u"families_overdue"_s, m.overdue},
                      {u"revenue_expected_cents"_s, m.expected},
                      {u"revenue_collected_cents"_s, m.collected},
                      {u"revenue_outstanding_cents"_s, m.expected - m.collected},
                      {u"avg_payment_days_late"_s, twoDecimals(sum, days.size())},
                      {u"median_payment_days_late"_s, median},
                      {u"payment_method_breakdown"_s, breakdown}});
    }
    return rows;
}

QList<QJsonObject> expectedTiers(const Replays& replays)
{
    QList<QJsonObject> rows;
    for (const QString& tier : {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}) {
        qint64 count = 0, engagement = 0, risk = 0;
        for (const FamilyReplay& replay : replays.families) {
            const FamilyRecord& r = replay.record;
            if (r.status == u"enrolled"_s && r.riskTier == tier) {
                ++count;
                engagement += r.engagementScore;
                risk += r.riskScore;
            }
        }
        if (count > 0)
            rows.append({{u"risk_tier"_s, tier},
                         {u"count"_s, count},
                         {u"avg_engagement"_s, twoDecimals(engagement, count)},
                         {u"avg_risk"_s, twoDecimals(risk, count)}});
    }
    return rows;
}

QList<QJsonObject> expectedAtRisk(const Replays& replays, QDate asOf)
{
    QList<const FamilyRecord*> members;
    for (const FamilyReplay& replay : replays.families) {
        if (replay.record.status == u"enrolled"_s && replay.record.riskScore >= 70)
            members.append(&replay.record);
    }
    const auto priority = [](const FamilyRecord* r) {
        return r->riskScore + (r->lastContactDate ? 0 : 10) + (r->balanceCents() > 0 ? 5 : 0);
    };
    std::sort(members.begin(), members.end(), [&](const FamilyRecord* a, const FamilyRecord* b) {
        if (priority(a) != priority(b))
            return priority(a) > priority(b);
        if (a->riskScore != b->riskScore)
            return a->riskScore > b->riskScore;
        return byNameThenId(a, b);
    });
    QList<QJsonObject> rows;
    for (const FamilyRecord* r : members) {
        const QString intervention = r->riskScore >= 85      ? u"coordinator_call_48h"_s
                                     : r->balanceCents() > 0 ? u"payment_plan_offer"_s
                                                             : u"personal_checkin_7d"_s;
        const auto orNull = [](const std::optional<QString>& text) {
            return text ? QJsonValue(*text) : QJsonValue();
        };
        rows.append(
            {{u"family_id"_s, r->familyId},
             {u"family_name"_s, r->familyName},
             {u"risk_score"_s, r->riskScore},
             {u"risk_tier"_s, r->riskTier},
             {u"risk_factors"_s, r->riskFactors},
             {u"recommended_intervention"_s, intervention},
             {u"intervention_priority"_s, priority(r)},
             {u"days_until_predicted_withdrawal"_s, std::max(7, (100 - r->riskScore) * 3)},
             {u"last_contact_date"_s, orNull(r->lastContactDate)},
             {u"last_contact_method"_s, orNull(r->lastContactMethod)},
             {u"days_since_contact"_s,
              r->lastContactDate
                  ? QJsonValue(std::max<qint64>(
                        0, QDate::fromString(*r->lastContactDate, Qt::ISODate).daysTo(asOf)))
                  : QJsonValue()},
             {u"preferred_contact_channel"_s, r->preferredContactChannel},
             {u"assigned_coordinator"_s, orNull(r->assignedCoordinator)},
             {u"last_updated"_s, r->lastUpdated}});
    }
    return rows;
}

// searchFamilies as SPEC 4.5 and 5 describe it, by brute force.
QStringList expectedSearch(const Replays& replays, const QString& term)
{
    const QString folded = term.trimmed().toCaseFolded();
    QList<const FamilyRecord*> found;
    for (const FamilyReplay& replay : replays.families) {
        const FamilyRecord& r = replay.record;
        QStringList texts{r.familyName, r.parentName.value_or(QString()),
                          r.email.value_or(QString())};
        for (const Child& child : r.children)
            texts.append(child.name);
        if (std::any_of(texts.cbegin(), texts.cend(),
                        [&](const QString& text) { return text.toCaseFolded().contains(folded); }))
            found.append(&r);
    }
    std::sort(found.begin(), found.end(), byNameThenId);
    QStringList ids;
    for (const FamilyRecord* r : found.mid(0, 50))
        ids.append(r->familyId);
    return ids;
}

QStringList idsOf(const QList<QJsonObject>& rows)
{
    QStringList ids;
    for (const QJsonObject& row : rows)
        ids.append(row.value(u"family_id"_s).toString());
    return ids;
}

// The smallest last_position of the views file's checkpoints (-1: not readable yet).
qint64 projectedPosition(const QString& viewsPath)
{
    try {
        SqliteConnection views(viewsPath, SqliteConnection::Mode::ReadOnly);
        Query query = views.query(
            "SELECT count(*), coalesce(min(last_position), 0) FROM projection_checkpoints");
        if (!query.next() || query.integer(0) == 0)
            return -1;
        return query.integer(1);
    } catch (const StorageError&) {
        return -1;
    }
}

struct CheckpointSummary
{
    QList<qint64> positions;
    QList<qint64> processed;
    QStringList statuses;
};

CheckpointSummary checkpoints(const QString& viewsPath)
{
    CheckpointSummary summary;
    SqliteConnection views(viewsPath, SqliteConnection::Mode::ReadOnly);
    Query query = views.query("SELECT last_position, events_processed, status "
                              "FROM projection_checkpoints ORDER BY projection_name");
    while (query.next()) {
        summary.positions.append(query.integer(0));
        summary.processed.append(query.integer(1));
        summary.statuses.append(query.text(2));
    }
    return summary;
}

// A co-op of `families` demo families over 12 months (about 59 events each).
void seedDemo(TempCoop& coop, int families)
{
    DemoOptions options;
    options.families = families;
    options.months = 12;
    options.seed = 11;
    options.lastMonth = QDate(2025, 6, 15);
    generateDemoCoop(coop.bus(), options);
}

} // namespace

class TestProjectionConsistency : public QObject
{
    Q_OBJECT

private:
    // Every answer of the query service against the replays.
    void compareWithReplays(TempCoop& coop, const QStringList& families, const QString& context)
    {
        const Replays replays(coop.store(), families);
        QueryService queries(coop.location());
        for (const FamilyReplay& replay : replays.families) {
            const QString& id = replay.record.familyId;
            const auto row = queries.getFamily(id);
            QVERIFY2(row, qPrintable(context + u": no row for "_s + id));
            QCOMPARE(*row, replay.record.toJson());
            QList<Charge> charges = replay.charges;
            std::stable_sort(charges.begin(), charges.end(), [](const Charge& a, const Charge& b) {
                return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.position < b.position;
            });
            QList<QJsonObject> expected;
            for (const Charge& charge : charges)
                expected.append(charge.toJson(id));
            QCOMPARE(queries.familyCharges(id), expected);
        }
        QCOMPARE(queries.countFamilies({}), qint64(families.size()));
        QCOMPARE(queries.getFamiliesByRiskTier(), expectedTiers(replays));
        for (const char* asOf : {"2024-12-01", "2025-06-30"}) {
            const QDate date = QDate::fromString(QString::fromLatin1(asOf), Qt::ISODate);
            QCOMPARE(queries.getPaymentAnalytics({}, {}, date),
                     expectedPayments(replays, QString::fromLatin1(asOf)));
            QCOMPARE(queries.listAtRiskFamilies(0, date), expectedAtRisk(replays, date));
        }
        for (const QString& term :
             {u"smith"_s, u"SMITH"_s, u"éloïse"_s, u"ÁLV"_s, u"%"_s, u"a_b"_s, u"_"_s, u"ri"_s,
              u"o'b"_s, u"example"_s, u"Parent"_s, u" chen "_s, u"mü"_s})
            QCOMPARE(idsOf(queries.searchFamilies(term)), expectedSearch(replays, term));
    }

private slots:
    void randomStreamsEqualAFreshRebuild_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("commands");
        QTest::newRow("seed 1") << 1u << 3000;
        QTest::newRow("seed 7") << 7u << 3000;
        QTest::newRow("seed 2026") << 2026u << 3000;
    }
    void randomStreamsEqualAFreshRebuild()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, commands);
        TempCoop coop;
        CommandStream stream(seed);
        std::mt19937 turns(seed * 31u + 5u);
        const auto roll = [&](int low, int high) {
            return std::uniform_int_distribution(low, high)(turns);
        };
        // Two projectors take turns on one views file, as two processes
        // would; now and then one is closed and opened again (a restart).
        std::unique_ptr<Projector> projectors[2];
        const auto projector = [&](int which) -> Projector& {
            if (!projectors[which] || roll(1, 10) == 1) {
                projectors[which].reset();
                projectors[which] = std::make_unique<Projector>(
                    coop.location(), coop.clock(), Projector::Options{roll(1, 150), 500});
                projectors[which]->open();
            }
            return *projectors[which];
        };

        int sent = 0;
        while (sent < commands) {
            QList<QJsonObject> batch;
            const int size = roll(1, 120);
            for (int i = 0; i < size && sent < commands; ++i, ++sent)
                batch.append(stream.next());
            const CommandBus::BatchResult result = coop.bus().dispatchBatch(batch);
            QVERIFY2(result.committed, qPrintable(u"batch before command %1 rejected"_s.arg(sent)));
            coop.clock().advance(roll(1, 90000));
            // Project some of it, by either projector, in batches of odd sizes.
            const int batches = roll(0, 3);
            for (int i = 0; i < batches; ++i)
                projector(roll(0, 1)).runBatch();
        }
        const qint64 head = coop.store().headPosition();
        QVERIFY(head > commands / 2);
        projector(0).catchUp();
        QCOMPARE(projector(0).projectedPosition(), head);
        projectors[0].reset();
        projectors[1].reset();
        // A rebuild in small chunks, writing its shadow tables now and then
        // in between, ends with the same tables.
        {
            Projector rebuilder(coop.location(), coop.clock(),
                                Projector::Options{100, roll(1, 300), roll(1, 900)});
            rebuilder.open();
            rebuilder.startRebuild(projectionNames());
            while (!rebuilder.rebuildStep().finished) {
            }
        }

        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
        QCOMPARE(report.position, head);
        compareWithReplays(coop, stream.families(), u"seed %1"_s.arg(seed));
    }

    // Queries answer from one state of the read models while the projector
    // thread commits batch after batch: families only move between tiers
    // here, so every answer counts each enrolled family exactly once.
    void answersAreSnapshotsWhileTheProjectorWrites()
    {
        TempCoop coop;
        const int families = 100;
        QList<QJsonObject> setup;
        for (int i = 0; i < families; ++i) {
            const QString id = u"f%1"_s.arg(i);
            setup.append(cmd(u"EnrollFamily"_s, {{u"family_id"_s, id},
                                                 {u"family_name"_s, id},
                                                 {u"enrollment_date"_s, u"2024-09-01"_s}}));
            setup.append(cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, id}, {u"new_score"_s, 90}}));
        }
        QVERIFY(coop.bus().dispatchBatch(setup).committed);
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
        }
        // Every family flips between critical (queried first) and low (last).
        QList<QJsonObject> flips;
        for (int round = 0; round < 30; ++round) {
            for (int i = 0; i < families; ++i)
                flips.append(cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                        {u"new_score"_s, round % 2 ? 90 : 10}}));
        }
        QVERIFY(coop.bus().dispatchBatch(flips).committed);
        const qint64 head = coop.store().headPosition();

        QueryService queries(coop.location());
        FixedClock serviceClock;
        ProjectionService service(coop.location(), serviceClock, nullptr,
                                  Projector::Options{3, 1000});
        service.start();
        int answers = 0;
        QDeadlineTimer deadline(120000);
        while (service.projectedPosition() < head && !deadline.hasExpired()) {
            qint64 counted = 0;
            for (const QJsonObject& tier : queries.getFamiliesByRiskTier())
                counted += tier.value(u"count"_s).toInteger();
            QCOMPARE(counted, qint64(families));
            ++answers;
        }
        QCOMPARE(service.projectedPosition(), head);
        qInfo("%d answers while projecting", answers);
    }

    // SIGKILL a `coopdesk-cli query tiers` catching up, several times, at
    // whatever instant it is at; then every read model equals a fresh rebuild.
    void killedMidCatchUpLeavesConsistentViews()
    {
        TempCoop coop;
        seedDemo(coop, 600);
        const qint64 head = coop.store().headPosition();
        const QString views = viewsPathOf(coop.path());
        QVERIFY(!QFile::exists(views));

        int killedMidway = 0;
        qint64 last = -1;
        for (int round = 0; round < 5; ++round) {
            QProcess cli;
            cli.start(cliPath(), {u"--db"_s, coop.path(), u"query"_s, u"tiers"_s});
            QVERIFY(cli.waitForStarted());
            // Started, and some progress made since the last kill.
            QTRY_VERIFY_WITH_TIMEOUT(
                projectedPosition(views) > last || cli.state() == QProcess::NotRunning, 90000);
            cli.kill();
            // waitForFinished is false for a process already gone: one that
            // reached the head before the kill (a fast build) is as good.
            QVERIFY(cli.waitForFinished(30000) || cli.state() == QProcess::NotRunning);
            const qint64 reached = projectedPosition(views);
            if (cli.exitStatus() == QProcess::CrashExit && reached < head)
                ++killedMidway;
            QVERIFY(reached >= last);
            last = reached;
            if (reached == head)
                break;
        }
        qInfo("killed %d times mid catch-up, %lld of %lld events projected", killedMidway, last,
              head);
        QVERIFY(killedMidway >= 1);

        const CliRun verify = runCli({u"--db"_s, coop.path(), u"verify"_s});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json().value(u"ok"_s), QJsonValue(true));
        const CheckpointSummary after = checkpoints(views);
        QCOMPARE(after.positions, QList<qint64>(6, head));
        // Exactly once: nothing counted twice across the kills.
        QCOMPARE(after.processed, QList<qint64>(6, head));

        QStringList families;
        for (int i = 1; i <= 600; ++i)
            families.append(u"fam-%1"_s.arg(i, 5, 10, QLatin1Char('0')));
        compareWithReplays(coop, families, u"after kills"_s);
    }

    // Two processes catching up one views file at once never apply an
    // event twice: the checkpoints are read inside each batch's transaction.
    void twoProcessesCatchingUpTheSameViewsFile()
    {
        TempCoop coop;
        seedDemo(coop, 400);
        const qint64 head = coop.store().headPosition();
        const QString views = viewsPathOf(coop.path());
        // The views file made first (status does not catch up), so both
        // processes start from position 0 of the same file.
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"status"_s}).exitCode, 0);
        QCOMPARE(projectedPosition(views), 0);

        QProcess first;
        QProcess second;
        first.start(cliPath(), {u"--db"_s, coop.path(), u"query"_s, u"tiers"_s});
        second.start(cliPath(), {u"--db"_s, coop.path(), u"query"_s, u"payments"_s, u"--as-of"_s,
                                 u"2025-06-15"_s});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);

        const CheckpointSummary after = checkpoints(views);
        QCOMPARE(after.positions, QList<qint64>(6, head));
        QCOMPARE(after.processed, QList<qint64>(6, head));
        QCOMPARE(after.statuses, QStringList(6, u"running"_s));
        const CliRun verify = runCli({u"--db"_s, coop.path(), u"verify"_s});
        QCOMPARE(verify.exitCode, 0);
        // Both answered from complete read models.
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"query"_s, u"tiers"_s}).out,
                 first.readAllStandardOutput());
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"query"_s, u"payments"_s, u"--as-of"_s,
                         u"2025-06-15"_s})
                     .out,
                 second.readAllStandardOutput());
    }
};

QTEST_GUILESS_MAIN(TestProjectionConsistency)
#include "tst_projection_consistency.moc"
