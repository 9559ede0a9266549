#include "demo_generator.h"

#include "commands/charge_all.h"

#include "domain/text_rules.h"
#include "io/demo_people.h"
#include "io/demo_random.h"

#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>

namespace coopdesk {

namespace {

using demo::Random;

const char* const coordinators[] = {"Rachel Adams", "Luis Moreno", "Grace Park", "Tom Becker"};
const char* const events[] = {"Science fair", "Field trip", "Park day",      "Art workshop",
                              "Spelling bee", "Book club",  "Music recital", "Nature walk"};
const char* const contactNotes[] = {
    "Checked in about tuition and classes.",   "Talked through a payment plan.",
    "Left a message about the open balance.",  "Asked how the children are settling in.",
    "Reminded them of the volunteer sign-up.", "Discussed missed park days."};
const char* const withdrawReasons[] = {"Moving to another district", "Starting public school",
                                       "Schedule no longer works", "Tuition too costly this year"};

enum class Payer { OnTime, Late, Partial, Overpayer, Struggling };

struct DemoFamily
{
    QString id;
    Payer payer = Payer::OnTime;
    int firstMonth = 0;     // index of the month it enrolls
    int withdrawMonth = -1; // index of the month it withdraws, if it does
    int reenrollMonth = -1;
    qint64 tuitionCents = 0;
    int engagement = 70;
    int risk = 20;
    bool withdrawn = false;
    qint64 owedCents = 0; // for partial and struggling payers
};

QJsonObject command(const char* name, const QString& familyId)
{
    return {{QStringLiteral("command"), QString::fromLatin1(name)},
            {QStringLiteral("family_id"), familyId}};
}

// The `day`th of `month`, or its last day when the month is shorter.
QDate dayOf(QDate month, int day)
{
    return QDate(month.year(), month.month(), std::min(day, month.daysInMonth()));
}

// A command and the day it happens, then the moment the bus records it.
struct DatedCommand
{
    QDate day;
    QJsonObject command;
};
struct TimedCommand
{
    qint64 atMs = 0; // since the epoch
    QJsonObject command;
};

// A month is held in memory to be written in the order things happened;
// beyond this many families it is written in slices (the recorded times of
// the log then start again with each slice).
constexpr qsizetype familiesPerSlice = 20000;

// The co-op's working day: a sitting starts between 8:00 and 17:30.
constexpr int dayStartSeconds = 8 * 3600;
constexpr int firstEntryWindowSeconds = 9 * 3600 + 1800;

QString paymentMethod(Random& random)
{
    const int roll = random.between(1, 100);
    if (roll <= 40)
        return QStringLiteral("ach");
    if (roll <= 70)
        return QStringLiteral("card");
    if (roll <= 85)
        return QStringLiteral("check");
    if (roll <= 95)
        return QStringLiteral("cash");
    return QStringLiteral("other");
}

class DemoWriter
{
public:
    DemoWriter(CommandBus& bus, const DemoOptions& options)
        : m_bus(bus)
        , m_options(options)
        , m_random(options.seed)
        , m_people(m_random)
        , m_asOf(options.lastMonth)
        , m_firstMonth(QDate(options.lastMonth.year(), options.lastMonth.month(), 1)
                           .addMonths(-(options.months - 1)))
    {}

    DemoSummary run(const std::function<bool(qint64, qint64)>& progress)
    {
        createFamilies();
        const qint64 total = qint64{m_options.months} * m_families.size();
        for (int month = 0; month < m_options.months; ++month) {
            QList<TimedCommand> batch = std::exchange(m_carried, {});
            for (qsizetype i = 0; i < m_families.size(); ++i) {
                generateMonth(m_families[i], month);
                schedule(batch);
                if ((i + 1) % familiesPerSlice == 0)
                    dispatchMonth(batch, month);
            }
            dispatchMonth(batch, month);
            if (progress && !progress(qint64{month + 1} * m_families.size(), total))
                return m_summary;
        }
        dispatch(m_carried);
        return m_summary;
    }

private:
    // Queues a command of the family being generated, happening on `day`
    // (recorded no later than the demo's today: a coming enrollment is
    // entered ahead of its date).
    void add(QDate day, QJsonObject command)
    {
        command.insert(QStringLiteral("command_id"),
                       QStringLiteral("demo-%1-%2").arg(m_options.seed).arg(m_summary.commands));
        m_family.append({std::min(day, m_asOf), std::move(command)});
        ++m_summary.commands;
    }

    // The day something that happened on `day` is dated: not before the
    // family's first day this month; nothing when it lies after today.
    std::optional<QDate> happened(QDate day) const
    {
        day = std::max(day, m_start);
        if (day > m_asOf)
            return std::nullopt;
        return day;
    }

    // The family's commands of this month, in the order of their days (the
    // order they were made in on one day), at times of the working day that
    // only move forward, into `batch`.
    void schedule(QList<TimedCommand>& batch)
    {
        std::stable_sort(
            m_family.begin(), m_family.end(),
            [](const DatedCommand& a, const DatedCommand& b) { return a.day < b.day; });
        QDate previousDay;
        QDateTime at;
        for (DatedCommand& dated : m_family) {
            if (dated.day == previousDay)
                at = at.addSecs(m_random.between(45, 600)); // the next entry of that sitting
            else
                at = QDateTime(dated.day,
                               QTime::fromMSecsSinceStartOfDay(
                                   1000 * (dayStartSeconds +
                                           m_random.between(0, firstEntryWindowSeconds - 1))));
            previousDay = dated.day;
            batch.append({at.toMSecsSinceEpoch(), std::move(dated.command)});
        }
        m_family.clear();
    }

    // Every family's commands of the month in the order they happened; a
    // late payment that falls into the next month waits for that month's.
    void dispatchMonth(QList<TimedCommand>& batch, int month)
    {
        // Stable: one family's commands keep their order (their times rise).
        std::stable_sort(
            batch.begin(), batch.end(),
            [](const TimedCommand& a, const TimedCommand& b) { return a.atMs < b.atMs; });
        if (month + 1 < m_options.months) {
            const qint64 nextMonth =
                QDateTime(m_firstMonth.addMonths(month + 1), QTime(0, 0)).toMSecsSinceEpoch();
            const auto later = std::partition_point(
                batch.begin(), batch.end(),
                [nextMonth](const TimedCommand& c) { return c.atMs < nextMonth; });
            const qsizetype kept = later - batch.begin();
            m_carried += batch.mid(kept);
            batch.resize(kept);
        }
        dispatch(batch);
    }

    // `batch` in order of time, a transaction per chunk.
    void dispatch(QList<TimedCommand>& batch)
    {
        constexpr qsizetype chunk = 5000; // commands per transaction
        for (qsizetype from = 0; from < batch.size(); from += chunk) {
            const qsizetype count = std::min(chunk, batch.size() - from);
            QList<QJsonObject> commands;
            commands.reserve(count);
            for (qsizetype i = from; i < from + count; ++i)
                commands.append(std::move(batch[i].command));
            CommandBus::BatchOptions options;
            if (DemoClock* clock = m_options.clock) {
                // The bus reports progress just before each command: the
                // moment to set the clock to when that command happened.
                const auto moment = [&batch, from](qsizetype done) {
                    return QDateTime::fromMSecsSinceEpoch(batch[from + done].atMs, Qt::UTC);
                };
                clock->set(moment(0));
                options.progress = [clock, count, moment](qsizetype done, qsizetype) {
                    if (done < count)
                        clock->set(moment(done));
                    return true;
                };
            }
            submit(commands, options);
        }
        batch.clear();
    }

    void submit(const QList<QJsonObject>& commands, const CommandBus::BatchOptions& options)
    {
        const CommandBus::BatchResult batch = m_bus.dispatchBatch(commands, options);
        if (!batch.committed) {
            QString reason = batch.storageError ? batch.storageError->message : QString();
            for (const CommandResult& result : batch.results) {
                if (!result.ok && result.error) {
                    reason = result.error->message;
                    break;
                }
            }
            throw std::runtime_error("demo co-op not written: " + reason.toStdString());
        }
        for (const CommandResult& result : batch.results)
            m_summary.headPosition = std::max(m_summary.headPosition, result.position);
    }

    void createFamilies()
    {
        for (int i = 0; i < m_options.families; ++i) {
            DemoFamily family;
            family.id = QStringLiteral("fam-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            const int roll = m_random.between(1, 100);
            family.payer = roll <= 55   ? Payer::OnTime
                           : roll <= 75 ? Payer::Late
                           : roll <= 87 ? Payer::Partial
                           : roll <= 93 ? Payer::Overpayer
                                        : Payer::Struggling;
            family.firstMonth = m_random.chance(75) ? 0 : m_random.between(0, m_options.months - 1);
            if (m_random.chance(8) && family.firstMonth + 2 < m_options.months) {
                family.withdrawMonth =
                    m_random.between(family.firstMonth + 2, m_options.months - 1);
                if (m_random.chance(30) && family.withdrawMonth + 1 < m_options.months)
                    family.reenrollMonth =
                        m_random.between(family.withdrawMonth + 1, m_options.months - 1);
            }
            family.engagement = m_random.between(35, 95);
            family.risk = family.payer == Payer::Struggling ? m_random.between(70, 95)
                          : family.payer == Payer::Partial  ? m_random.between(45, 80)
                          : family.payer == Payer::Late     ? m_random.between(25, 70)
                                                            : m_random.between(5, 45);
            m_families.append(family);
        }
        m_summary.families = m_families.size();
    }

    void enroll(DemoFamily& family, QDate month)
    {
        const int childCount = m_random.between(1, 4);
        const demo::Household household = m_people.household(childCount);
        const QDate enrolled = dayOf(month, m_random.between(1, 10)); // may lie ahead
        m_start = enrolled;
        QJsonObject enroll = command("EnrollFamily", family.id);
        enroll.insert(QStringLiteral("family_name"), household.familyName);
        enroll.insert(QStringLiteral("enrollment_date"), text::formatDate(enrolled));
        enroll.insert(QStringLiteral("parent_name"), household.parentName);
        enroll.insert(QStringLiteral("email"), household.email);
        enroll.insert(QStringLiteral("phone"), household.phone);
        const char* const channels[] = {"email", "email", "phone", "sms", "in_person"};
        enroll.insert(QStringLiteral("preferred_contact_channel"),
                      QString::fromLatin1(m_random.pick(channels)));
        enroll.insert(QStringLiteral("assigned_coordinator"),
                      QString::fromLatin1(m_random.pick(coordinators)));
        add(enrolled, enroll);
        for (const QString& name : household.children) {
            QJsonObject child = command("AddChild", family.id);
            child.insert(QStringLiteral("child_name"), name);
            child.insert(QStringLiteral("child_age"), m_random.between(4, 17));
            add(enrolled, child);
        }
        family.tuitionCents = 15000 + 7500 * (childCount - 1);
    }

    // Bills the month; returns false when the treasurer then waived it
    // (a month's scholarship: the charge cancelled a few days later).
    bool charge(const DemoFamily& family, QDate month)
    {
        // The id Charge Tuition to All Families gives, so a run over the demo
        // skips the months it has billed.
        const QString chargeId = chargeAllChargeId(month.toString(QStringLiteral("yyyy-MM")));
        QJsonObject charge = command("ChargeTuition", family.id);
        charge.insert(QStringLiteral("charge_id"), chargeId);
        charge.insert(QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")));
        charge.insert(QStringLiteral("amount_cents"), family.tuitionCents);
        charge.insert(QStringLiteral("due_date"), text::formatDate(dayOf(month, 5)));
        add(m_start, charge); // billed on the family's first day of the month
        if (!m_random.chance(2))
            return true;
        const auto waived = happened(m_start.addDays(3));
        if (!waived)
            return true;
        QJsonObject cancel = command("CancelCharge", family.id);
        cancel.insert(QStringLiteral("charge_id"), chargeId);
        cancel.insert(QStringLiteral("reason"),
                      QStringLiteral("Scholarship from the co-op's hardship fund for this month"));
        add(*waived, cancel);
        return false;
    }

    void pay(QDate month, qint64 cents, int day)
    {
        if (cents <= 0 || m_start > m_asOf)
            return;
        // A late payment may fall in the next month; one not made yet by
        // today is counted as made today.
        const QDate paid = std::min(std::max(month.addDays(day - 1), m_start), m_asOf);
        const QString method = paymentMethod(m_random);
        const QString paymentId = QStringLiteral("pay-%1").arg(m_summary.commands);
        QJsonObject payment = command("ReceivePayment", m_familyId);
        payment.insert(QStringLiteral("payment_id"), paymentId);
        payment.insert(QStringLiteral("amount_cents"), cents);
        payment.insert(QStringLiteral("date"), text::formatDate(paid));
        payment.insert(QStringLiteral("payment_method"), method);
        payment.insert(QStringLiteral("transaction_id"),
                       QStringLiteral("txn-%1").arg(m_summary.commands));
        add(paid, payment);
        if (method == QLatin1String("check"))
            maybeBounce(paymentId, cents, paid);
    }

    // Now and then a check comes back from the bank: the treasurer voids it
    // and the family pays again by card two days later.
    void maybeBounce(const QString& paymentId, qint64 cents, QDate paid)
    {
        const QDate returned = paid.addDays(5);
        if (!m_random.chance(4) || returned.addDays(2) > m_asOf)
            return;
        QJsonObject voided = command("VoidPayment", m_familyId);
        voided.insert(QStringLiteral("payment_id"), paymentId);
        voided.insert(QStringLiteral("reason"),
                      QStringLiteral("Check returned by the bank: insufficient funds"));
        add(returned, voided);
        QJsonObject again = command("ReceivePayment", m_familyId);
        again.insert(QStringLiteral("amount_cents"), cents);
        again.insert(QStringLiteral("date"), text::formatDate(returned.addDays(2)));
        again.insert(QStringLiteral("payment_method"), QStringLiteral("card"));
        add(returned.addDays(2), again);
    }

    void payments(DemoFamily& family, QDate month, bool current)
    {
        const qint64 due = family.tuitionCents + family.owedCents;
        family.owedCents = 0;
        // In the current month only the early payers have paid so far.
        const int latestDay = current ? m_asOf.day() : 60;
        switch (family.payer) {
        case Payer::OnTime:
            if (m_random.between(1, 5) <= latestDay)
                pay(month, due, m_random.between(1, 5));
            else
                family.owedCents = due;
            break;
        case Payer::Late: {
            const int day = m_random.chance(60) ? m_random.between(7, 30) : m_random.between(1, 5);
            if (day <= latestDay)
                pay(month, due, day);
            else
                family.owedCents = due;
            break;
        }
        case Payer::Partial: {
            const qint64 part = due * m_random.between(50, 90) / 100;
            const int day = m_random.between(3, 15);
            if (day <= latestDay) {
                pay(month, part, day);
                family.owedCents = due - part;
            } else {
                family.owedCents = due;
            }
            break;
        }
        case Payer::Overpayer:
            if (m_random.between(1, 4) <= latestDay)
                pay(month, family.tuitionCents * (m_random.chance(25) ? 2 : 1) + 2500,
                    m_random.between(1, 4));
            break;
        case Payer::Struggling:
            if (m_random.chance(45)) {
                const int day = m_random.between(10, 40);
                if (day <= latestDay)
                    pay(month, due * m_random.between(30, 100) / 100, day);
            }
            family.owedCents = 0;
            break;
        }
    }

    void engagement(DemoFamily& family, QDate month)
    {
        if (m_random.chance(70)) {
            if (const auto day = happened(dayOf(month, m_random.between(1, 28)))) {
                QJsonObject login = command("RecordLogin", family.id);
                login.insert(QStringLiteral("date"), text::formatDate(*day));
                add(*day, login);
            }
        }
        if (m_random.chance(40)) {
            const QString event = QString::fromLatin1(m_random.pick(events));
            const bool attended = m_random.chance(family.engagement);
            if (const auto day = happened(dayOf(month, m_random.between(8, 25)))) {
                QJsonObject attendance = command("RecordAttendance", family.id);
                attendance.insert(QStringLiteral("event_name"), event);
                attendance.insert(QStringLiteral("date"), text::formatDate(*day));
                attendance.insert(QStringLiteral("attended"), attended);
                add(*day, attendance);
            }
        }
        if (m_random.chance(25)) {
            const int hours = m_random.between(1, 6);
            if (const auto day = happened(dayOf(month, m_random.between(8, 25)))) {
                QJsonObject logged = command("LogVolunteerHours", family.id);
                logged.insert(QStringLiteral("hours"), hours);
                logged.insert(QStringLiteral("date"), text::formatDate(*day));
                add(*day, logged);
            }
        }
        // The month's scores, worked out on its last day (today, this month).
        const QDate scored = std::max(std::min(dayOf(month, 31), m_asOf), m_start);
        family.engagement = std::clamp(family.engagement + m_random.between(-8, 6), 0, 100);
        QJsonObject score = command("UpdateEngagementScore", family.id);
        score.insert(QStringLiteral("new_score"), family.engagement);
        score.insert(QStringLiteral("factors"),
                     QJsonObject{{QStringLiteral("logins"), m_random.between(0, 12)},
                                 {QStringLiteral("events_attended"), m_random.between(0, 4)}});
        add(scored, score);

        const int drift = family.payer == Payer::Struggling ? m_random.between(-2, 5)
                          : family.payer == Payer::OnTime   ? m_random.between(-5, 2)
                                                            : m_random.between(-4, 4);
        family.risk = std::clamp(family.risk + drift + (family.engagement < 45 ? 2 : 0), 0, 100);
        QJsonObject risk = command("UpdateRiskScore", family.id);
        risk.insert(QStringLiteral("new_score"), family.risk);
        risk.insert(QStringLiteral("risk_factors"),
                    QJsonObject{{QStringLiteral("late_payments"), family.payer != Payer::OnTime},
                                {QStringLiteral("low_engagement"), family.engagement < 45}});
        add(scored, risk);

        if (family.risk >= 60 && m_random.chance(35)) {
            const char* const methods[] = {"phone", "email", "sms", "in_person"};
            const QString method = QString::fromLatin1(m_random.pick(methods));
            const QString notes = QString::fromLatin1(m_random.pick(contactNotes));
            if (const auto day = happened(dayOf(month, m_random.between(10, 28)))) {
                QJsonObject contact = command("RecordContact", family.id);
                contact.insert(QStringLiteral("date"), text::formatDate(*day));
                contact.insert(QStringLiteral("method"), method);
                contact.insert(QStringLiteral("notes"), notes);
                add(*day, contact);
            }
        }
    }

    void generateMonth(DemoFamily& family, int index)
    {
        const QDate month = m_firstMonth.addMonths(index);
        const bool current = index == m_options.months - 1;
        if (index < family.firstMonth)
            return;
        m_familyId = family.id;
        m_start = month;
        if (index == family.firstMonth)
            enroll(family, month);
        if (index == family.withdrawMonth) {
            const QDate day = dayOf(month, m_random.between(1, 20));
            const QString reason = QString::fromLatin1(m_random.pick(withdrawReasons));
            if (day <= m_asOf) {
                QJsonObject withdraw = command("WithdrawFamily", family.id);
                withdraw.insert(QStringLiteral("date"), text::formatDate(day));
                withdraw.insert(QStringLiteral("reason"), reason);
                add(day, withdraw);
                family.withdrawn = true;
                return;
            }
            family.reenrollMonth = -1; // it has not left (yet): nothing to come back from
        }
        if (index == family.reenrollMonth) {
            const QDate day = dayOf(month, m_random.between(1, 5));
            if (day > m_asOf)
                return; // not back yet
            QJsonObject reenroll = command("ReenrollFamily", family.id);
            reenroll.insert(QStringLiteral("date"), text::formatDate(day));
            add(day, reenroll);
            family.withdrawn = false;
            m_start = day;
        }
        if (family.withdrawn)
            return;
        if (charge(family, month))
            payments(family, month, current);
        if (m_start <= m_asOf)
            engagement(family, month);
    }

    CommandBus& m_bus;
    DemoOptions m_options;
    Random m_random;
    demo::People m_people;
    QDate m_asOf;
    QDate m_firstMonth;
    QList<DemoFamily> m_families;
    // The family being generated: its id, its first day this month (its
    // enrollment or return, else the 1st) and its commands so far.
    QString m_familyId;
    QDate m_start;
    QList<DatedCommand> m_family;
    QList<TimedCommand> m_carried; // dated in a month not yet dispatched
    DemoSummary m_summary;
};

} // namespace

DemoSummary generateDemoCoop(CommandBus& bus, const DemoOptions& options,
                             const std::function<bool(qint64, qint64)>& progress)
{
    return DemoWriter(bus, options).run(progress);
}

} // namespace coopdesk
