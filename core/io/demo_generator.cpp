#include "demo_generator.h"

#include "domain/text_rules.h"

#include <QJsonObject>
#include <QList>

#include <random>
#include <stdexcept>

namespace coopdesk {

namespace {

const char* const lastNames[] = {
    "Martinez", "Johnson", "Nguyen",   "Okafor",  "Schmidt",  "Rossi",    "Kowalski", "Haddad",
    "Fernandez", "Miller", "Kim",      "Patel",   "Garcia",   "Brown",    "Silva",    "Larsen",
    "O'Brien",  "Dubois",  "Yamamoto", "Mensah",  "Novak",    "Ramirez",  "Cohen",    "Ibrahim",
    "Walker",   "Lopez",   "Andersen", "Tanaka",  "Moreau",   "Castillo", "Byrne",    "Sokolov",
    "Reyes",    "Hughes",  "Álvarez",  "Müller",  "Jensen",   "Costa",    "Chen",     "Fischer"};
const char* const firstNames[] = {
    "Ana",    "Ben",   "Chloe", "Diego", "Elena", "Finn",  "Grace", "Hugo",  "Isla",  "Jonah",
    "Kira",   "Liam",  "Maya",  "Noah",  "Olive", "Pablo", "Quinn", "Rosa",  "Sami",  "Theo",
    "Uma",    "Victor", "Willa", "Xavi",  "Yara",  "Zoe",   "Lucía", "Mateo", "Sofía", "Emil"};
const char* const parentNames[] = {
    "Laura", "Michael", "Carmen", "David", "Priya", "James", "Fatima", "Robert", "Mei",
    "Daniel", "Olga",   "Thomas", "Ines",  "Samuel", "Hana", "Marco",  "Julia", "Kwame"};
const char* const coordinators[] = {"Rachel Adams", "Luis Moreno", "Grace Park", "Tom Becker"};
const char* const events[] = {"Science fair", "Field trip", "Park day", "Art workshop",
                              "Spelling bee", "Book club", "Music recital", "Nature walk"};

enum class Payer { OnTime, Late, Partial, Overpayer, Struggling };

struct DemoFamily
{
    QString id;
    Payer payer = Payer::OnTime;
    int firstMonth = 0;    // index of the month it enrolls
    int withdrawMonth = -1; // index of the month it withdraws, if it does
    int reenrollMonth = -1;
    qint64 tuitionCents = 0;
    int engagement = 70;
    int risk = 20;
    bool withdrawn = false;
    qint64 owedCents = 0; // for partial and struggling payers
};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    // Uniform in [low, high]; written out so every platform draws the same.
    int between(int low, int high)
    {
        return low + static_cast<int>(m_engine() % static_cast<quint64>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[between(0, static_cast<int>(N) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

QJsonObject command(const char* name, const QString& familyId)
{
    return {{QStringLiteral("command"), QString::fromLatin1(name)},
            {QStringLiteral("family_id"), familyId}};
}

QString date(QDate month, int day)
{
    return text::formatDate(QDate(month.year(), month.month(), std::min(day, month.daysInMonth())));
}

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
        , m_firstMonth(QDate(options.lastMonth.year(), options.lastMonth.month(), 1)
                           .addMonths(-(options.months - 1)))
    {
    }

    DemoSummary run(const std::function<bool(qint64, qint64)>& progress)
    {
        createFamilies();
        const qint64 total = qint64{m_options.months} * m_families.size();
        for (int month = 0; month < m_options.months; ++month) {
            for (DemoFamily& family : m_families)
                generateMonth(family, month);
            flush();
            if (progress && !progress(qint64{month + 1} * m_families.size(), total))
                break;
        }
        flush();
        return m_summary;
    }

private:
    void add(QJsonObject command)
    {
        command.insert(QStringLiteral("command_id"),
                       QStringLiteral("demo-%1-%2").arg(m_options.seed).arg(m_summary.commands));
        m_pending.append(command);
        ++m_summary.commands;
        if (m_pending.size() >= 5000)
            flush();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        const CommandBus::BatchResult batch = m_bus.dispatchBatch(m_pending);
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
        m_pending.clear();
    }

    void createFamilies()
    {
        for (int i = 0; i < m_options.families; ++i) {
            DemoFamily family;
            family.id = QStringLiteral("fam-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            const int roll = m_random.between(1, 100);
            family.payer = roll <= 55 ? Payer::OnTime
                : roll <= 75          ? Payer::Late
                : roll <= 87          ? Payer::Partial
                : roll <= 93          ? Payer::Overpayer
                                      : Payer::Struggling;
            family.firstMonth = m_random.chance(75) ? 0 : m_random.between(0, m_options.months - 1);
            if (m_random.chance(8) && family.firstMonth + 2 < m_options.months) {
                family.withdrawMonth = m_random.between(family.firstMonth + 2, m_options.months - 1);
                if (m_random.chance(30) && family.withdrawMonth + 1 < m_options.months)
                    family.reenrollMonth =
                        m_random.between(family.withdrawMonth + 1, m_options.months - 1);
            }
            family.engagement = m_random.between(35, 95);
            family.risk = family.payer == Payer::Struggling ? m_random.between(70, 95)
                : family.payer == Payer::Partial            ? m_random.between(45, 80)
                : family.payer == Payer::Late               ? m_random.between(25, 70)
                                                            : m_random.between(5, 45);
            m_families.append(family);
        }
        m_summary.families = m_families.size();
    }

    void enroll(DemoFamily& family, QDate month)
    {
        const QString lastName = QString::fromUtf8(m_random.pick(lastNames));
        const QString parent = QString::fromUtf8(m_random.pick(parentNames));
        QJsonObject enroll = command("EnrollFamily", family.id);
        enroll.insert(QStringLiteral("family_name"), QString(lastName + QStringLiteral(" Family")));
        enroll.insert(QStringLiteral("enrollment_date"), date(month, m_random.between(1, 10)));
        enroll.insert(QStringLiteral("parent_name"), QString(parent + u' ' + lastName));
        QString mailbox = (parent + u'.' + lastName).toLower();
        mailbox.remove(u'\'');
        enroll.insert(QStringLiteral("email"),
                      QString(mailbox + QStringLiteral("%1@example.org").arg(m_random.between(1, 99))));
        enroll.insert(QStringLiteral("phone"), QStringLiteral("555-%1-%2")
                                                   .arg(m_random.between(100, 999))
                                                   .arg(m_random.between(1000, 9999)));
        const char* const channels[] = {"email", "email", "phone", "sms", "in_person"};
        enroll.insert(QStringLiteral("preferred_contact_channel"),
                      QString::fromLatin1(m_random.pick(channels)));
        enroll.insert(QStringLiteral("assigned_coordinator"),
                      QString::fromLatin1(m_random.pick(coordinators)));
        add(enroll);
        const int children = m_random.between(1, 4);
        for (int c = 0; c < children; ++c) {
            QJsonObject child = command("AddChild", family.id);
            child.insert(QStringLiteral("child_name"), QString::fromUtf8(m_random.pick(firstNames)));
            child.insert(QStringLiteral("child_age"), m_random.between(4, 17));
            add(child);
        }
        family.tuitionCents = 15000 + 7500 * (children - 1);
    }

    void charge(const DemoFamily& family, QDate month)
    {
        QJsonObject charge = command("ChargeTuition", family.id);
        charge.insert(QStringLiteral("charge_id"),
                      QString(QStringLiteral("tuition-") + month.toString(QStringLiteral("yyyy-MM"))));
        charge.insert(QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")));
        charge.insert(QStringLiteral("amount_cents"), family.tuitionCents);
        charge.insert(QStringLiteral("due_date"), date(month, 5));
        add(charge);
    }

    void pay(const DemoFamily& family, QDate month, qint64 cents, int day)
    {
        if (cents <= 0)
            return;
        QJsonObject payment = command("ReceivePayment", family.id);
        payment.insert(QStringLiteral("amount_cents"), cents);
        const QDate paid = QDate(month.year(), month.month(), 1).addDays(day - 1);
        payment.insert(QStringLiteral("date"), text::formatDate(std::min(paid, m_today)));
        payment.insert(QStringLiteral("payment_method"), paymentMethod(m_random));
        payment.insert(QStringLiteral("transaction_id"),
                       QStringLiteral("txn-%1").arg(m_summary.commands));
        add(payment);
    }

    void payments(DemoFamily& family, QDate month, bool current)
    {
        const qint64 due = family.tuitionCents + family.owedCents;
        family.owedCents = 0;
        // In the current month only the early payers have paid so far.
        const int latestDay = current ? m_today.day() : 60;
        switch (family.payer) {
        case Payer::OnTime:
            if (m_random.between(1, 5) <= latestDay)
                pay(family, month, due, m_random.between(1, 5));
            else
                family.owedCents = due;
            break;
        case Payer::Late: {
            const int day = m_random.chance(60) ? m_random.between(7, 30) : m_random.between(1, 5);
            if (day <= latestDay)
                pay(family, month, due, day);
            else
                family.owedCents = due;
            break;
        }
        case Payer::Partial: {
            const qint64 part = due * m_random.between(50, 90) / 100;
            const int day = m_random.between(3, 15);
            if (day <= latestDay) {
                pay(family, month, part, day);
                family.owedCents = due - part;
            } else {
                family.owedCents = due;
            }
            break;
        }
        case Payer::Overpayer:
            if (m_random.between(1, 4) <= latestDay)
                pay(family, month, family.tuitionCents * (m_random.chance(25) ? 2 : 1) + 2500,
                    m_random.between(1, 4));
            break;
        case Payer::Struggling:
            if (m_random.chance(45)) {
                const int day = m_random.between(10, 40);
                if (day <= latestDay)
                    pay(family, month, due * m_random.between(30, 100) / 100, day);
            }
            family.owedCents = 0;
            break;
        }
    }

    void engagement(DemoFamily& family, QDate month)
    {
        if (m_random.chance(70)) {
            QJsonObject login = command("RecordLogin", family.id);
            login.insert(QStringLiteral("date"), date(month, m_random.between(1, 28)));
            add(login);
        }
        if (m_random.chance(40)) {
            QJsonObject attendance = command("RecordAttendance", family.id);
            attendance.insert(QStringLiteral("event_name"), QString::fromLatin1(m_random.pick(events)));
            attendance.insert(QStringLiteral("date"), date(month, m_random.between(8, 25)));
            attendance.insert(QStringLiteral("attended"), m_random.chance(family.engagement));
            add(attendance);
        }
        if (m_random.chance(25)) {
            QJsonObject hours = command("LogVolunteerHours", family.id);
            hours.insert(QStringLiteral("hours"), m_random.between(1, 6));
            hours.insert(QStringLiteral("date"), date(month, m_random.between(8, 25)));
            add(hours);
        }
        family.engagement = std::clamp(family.engagement + m_random.between(-8, 6), 0, 100);
        QJsonObject score = command("UpdateEngagementScore", family.id);
        score.insert(QStringLiteral("new_score"), family.engagement);
        score.insert(QStringLiteral("factors"),
                     QJsonObject{{QStringLiteral("logins"), m_random.between(0, 12)},
                                 {QStringLiteral("events_attended"), m_random.between(0, 4)}});
        add(score);

        const int drift = family.payer == Payer::Struggling ? m_random.between(-2, 5)
            : family.payer == Payer::OnTime                 ? m_random.between(-5, 2)
                                                            : m_random.between(-4, 4);
        family.risk = std::clamp(family.risk + drift + (family.engagement < 45 ? 2 : 0), 0, 100);
        QJsonObject risk = command("UpdateRiskScore", family.id);
        risk.insert(QStringLiteral("new_score"), family.risk);
        risk.insert(QStringLiteral("risk_factors"),
                    QJsonObject{{QStringLiteral("late_payments"), family.payer != Payer::OnTime},
                                {QStringLiteral("low_engagement"), family.engagement < 45}});
        add(risk);

        if (family.risk >= 60 && m_random.chance(35)) {
            QJsonObject contact = command("RecordContact", family.id);
            contact.insert(QStringLiteral("date"), date(month, m_random.between(10, 28)));
            const char* const methods[] = {"phone", "email", "sms", "in_person"};
            contact.insert(QStringLiteral("method"), QString::fromLatin1(m_random.pick(methods)));
            contact.insert(QStringLiteral("notes"), QStringLiteral("Checked in about tuition and classes."));
            add(contact);
        }
    }

    void generateMonth(DemoFamily& family, int index)
    {
        const QDate month = m_firstMonth.addMonths(index);
        const bool current = index == m_options.months - 1;
        if (index < family.firstMonth)
            return;
        if (index == family.firstMonth)
            enroll(family, month);
        if (index == family.withdrawMonth) {
            QJsonObject withdraw = command("WithdrawFamily", family.id);
            withdraw.insert(QStringLiteral("date"), date(month, m_random.between(1, 20)));
            withdraw.insert(QStringLiteral("reason"), QStringLiteral("Moving to another district"));
            add(withdraw);
            family.withdrawn = true;
            return;
        }
        if (index == family.reenrollMonth) {
            QJsonObject reenroll = command("ReenrollFamily", family.id);
            reenroll.insert(QStringLiteral("date"), date(month, m_random.between(1, 5)));
            add(reenroll);
            family.withdrawn = false;
        }
        if (family.withdrawn)
            return;
        charge(family, month);
        payments(family, month, current);
        engagement(family, month);
    }

    CommandBus& m_bus;
    DemoOptions m_options;
    Random m_random;
    QDate m_firstMonth;
    QDate m_today = m_options.lastMonth;
    QList<DemoFamily> m_families;
    QList<QJsonObject> m_pending;
    DemoSummary m_summary;
};

} // namespace

DemoSummary generateDemoCoop(CommandBus& bus, const DemoOptions& options,
                             const std::function<bool(qint64, qint64)>& progress)
{
    return DemoWriter(bus, options).run(progress);
}

} // namespace coopdesk
