#include "family_record.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>

namespace coopdesk {

namespace {

QJsonValue orNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

template <typename Data> std::optional<QString> optionalText(const Data& data, const QString& key)
{
    const auto value = data.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

// For the settlement's lists (open charges, credits). The projector copies
// a family's state before each batch, and the copy shares the lists; the
// change that follows detaches them, and Qt gives the detached list the old
// capacity plus one. Without this, a list holding one item grew by one slot
// for every batch that touched the family.
template <typename T> void keepCapacityNearSize(QList<T>& list)
{
    if (list.capacity() > 2 * list.size() + 4)
        list.squeeze();
}

// Removes the entry named `id`; whether there was one.
template <typename Entry>
bool removeById(QList<Entry>& entries, QString Entry::*idField, const QString& id)
{
    return entries.removeIf([&](const Entry& entry) { return entry.*idField == id; }) > 0;
}

void keepLatest(std::optional<QString>& current, const QString& date)
{
    if (!current || date > *current)
        current = date;
}

template <typename Data> void changeContactDetails(FamilyRecord& record, const Data& data)
{
    const auto update = [&](const QString& key, std::optional<QString>& field) {
        if (data.contains(key))
            field = optionalText(data, key);
    };
    update(QStringLiteral("parent_name"), record.parentName);
    update(QStringLiteral("email"), record.email);
    update(QStringLiteral("phone"), record.phone);
    const auto channel = data.value(QStringLiteral("preferred_contact_channel"));
    if (channel.isString())
        record.preferredContactChannel = channel.toString();
}

} // namespace

double roundedHalfUp(qint64 numerator, qint64 denominator, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 scaled = (2 * numerator * scale + denominator) / (2 * denominator);
    return static_cast<double>(scaled) / static_cast<double>(scale);
}

qint64 daysBetween(const QString& from, const QString& to)
{
    return QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate));
}

const QStringList& familyColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        // Several columns a line, as the SPEC lists them.
        // clang-format off
        for (const char* name :
             {"family_id", "family_name", "parent_name", "email", "phone", "enrollment_date",
              "status", "withdrawal_date", "children_count", "children_names", "oldest_child_age",
              "total_paid_cents", "payment_count", "last_payment_date", "balance_cents",
              "avg_payment_days_late", "engagement_score", "last_login_date", "volunteer_hours",
              "event_attendance_rate", "risk_score", "risk_tier", "risk_factors",
              "assigned_coordinator", "preferred_contact_channel", "last_contact_date",
              "last_contact_method", "last_updated", "event_version"})
            // clang-format on
            names.append(QString::fromLatin1(name));
        return names;
    }();
    return columns;
}

const QStringList& chargeColumns()
{
    static const QStringList columns{
        QStringLiteral("charge_id"),  QStringLiteral("family_id"),
        QStringLiteral("month"),      QStringLiteral("amount_cents"),
        QStringLiteral("due_date"),   QStringLiteral("allocated_cents"),
        QStringLiteral("settled_on"), QStringLiteral("days_late")};
    return columns;
}

const QStringList& paymentColumns()
{
    static const QStringList columns{
        QStringLiteral("payment_id"),     QStringLiteral("family_id"),
        QStringLiteral("amount_cents"),   QStringLiteral("date"),
        QStringLiteral("payment_method"), QStringLiteral("transaction_id"),
        QStringLiteral("position")};
    return columns;
}

void Settlement::allocate(SettlementChange& change)
{
    while (!openCharges.isEmpty() && !credits.isEmpty()) {
        Charge& charge = openCharges.first();
        CreditChunk& chunk = credits.first();
        const qint64 cents = std::min(charge.remainingCents(), chunk.remainingCents);
        charge.allocatedCents += cents;
        charge.allocatedByMethod[chunk.method] += cents;
        chunk.remainingCents -= cents;
        change.allocations.append({charge.chargeId, charge.month, chunk.method, cents});
        if (charge.remainingCents() == 0) {
            charge.settledOn = chunk.date;
            charge.daysLate =
                static_cast<int>(std::max<qint64>(0, daysBetween(charge.dueDate, chunk.date)));
            settledChargeCount += 1;
            settledDaysLateSum += *charge.daysLate;
            change.charges.append(charge);
            openCharges.removeFirst();
        }
        if (chunk.remainingCents == 0)
            credits.removeFirst();
    }
    // A charge allocated to but still open is a change too. Only the first
    // open charge can be one: cents go to the first charge alone, a settled
    // one leaves the list, and live charge ids are unique in a family
    // (SPEC 2.1), so no other open charge shares an allocated id. (Looking
    // through every open charge made each payment cost the family's
    // unsettled history.)
    if (!openCharges.isEmpty()) {
        const Charge& first = openCharges.first();
        const bool touched =
            std::any_of(change.allocations.cbegin(), change.allocations.cend(),
                        [&](const Allocation& a) { return a.chargeId == first.chargeId; });
        if (touched)
            change.charges.append(first);
    }
    keepCapacityNearSize(openCharges);
    keepCapacityNearSize(credits);
}

namespace {

template <typename Data> LiveCharge liveCharge(const RecordedEvent& event, const Data& data)
{
    return LiveCharge{data.value(QStringLiteral("charge_id")).toString(),
                      data.value(QStringLiteral("month")).toString(),
                      data.value(QStringLiteral("amount_cents")).toInteger(),
                      data.value(QStringLiteral("due_date")).toString(), event.position};
}

template <typename Data> LivePayment livePayment(const RecordedEvent& event, const Data& data)
{
    return LivePayment{data.value(QStringLiteral("payment_id")).toString(),
                       data.value(QStringLiteral("amount_cents")).toInteger(),
                       data.value(QStringLiteral("date")).toString(),
                       data.value(QStringLiteral("payment_method")).toString(),
                       optionalText(data, QStringLiteral("transaction_id")),
                       event.position};
}

} // namespace

SettlementChange Settlement::addCharge(const RecordedEvent& event, const QJsonObject& data)
{
    return settle(liveCharge(event, data));
}

SettlementChange Settlement::addCharge(const RecordedEvent& event, const EventFields& data)
{
    return settle(liveCharge(event, data));
}

SettlementChange Settlement::addPayment(const RecordedEvent& event, const QJsonObject& data)
{
    return settle(livePayment(event, data));
}

SettlementChange Settlement::addPayment(const RecordedEvent& event, const EventFields& data)
{
    return settle(livePayment(event, data));
}

SettlementChange Settlement::settle(const LiveCharge& live)
{
    charges.append(live);
    Charge charge;
    charge.chargeId = live.chargeId;
    charge.month = live.month;
    charge.amountCents = live.amountCents;
    charge.dueDate = live.dueDate;
    charge.position = live.position;
    chargedCents += charge.amountCents;
    const auto later = std::upper_bound(
        openCharges.begin(), openCharges.end(), charge, [](const Charge& a, const Charge& b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.position < b.position;
        });
    openCharges.insert(later, charge);
    SettlementChange change;
    allocate(change);
    const bool reported =
        std::any_of(change.charges.cbegin(), change.charges.cend(),
                    [&](const Charge& c) { return c.chargeId == charge.chargeId; });
    if (!reported)
        change.charges.append(charge);
    keepCapacityNearSize(charges);
    return change;
}

SettlementChange Settlement::settle(const LivePayment& payment)
{
    payments.append(payment);
    paidCents += payment.amountCents;
    credits.append({payment.position, payment.amountCents, payment.date, payment.method});
    SettlementChange change;
    allocate(change);
    keepCapacityNearSize(payments);
    return change;
}

SettlementChange Settlement::settleFromStart()
{
    Settlement fresh;
    QList<Charge> latest; // each charge's last state, in the order first seen
    SettlementChange all;
    const auto keep = [&](const SettlementChange& change) {
        for (const Charge& charge : change.charges) {
            auto known = std::find_if(latest.begin(), latest.end(), [&](const Charge& c) {
                return c.chargeId == charge.chargeId;
            });
            known == latest.end() ? latest.append(charge) : void(*known = charge);
        }
        all.allocations += change.allocations;
    };
    qsizetype c = 0;
    qsizetype p = 0;
    while (c < charges.size() || p < payments.size()) {
        const bool chargeFirst =
            p == payments.size() ||
            (c < charges.size() && charges.at(c).position < payments.at(p).position);
        keep(chargeFirst ? fresh.settle(charges.at(c++)) : fresh.settle(payments.at(p++)));
    }
    *this = fresh;
    all.charges = latest;
    all.replacesAll = true;
    return all;
}

SettlementChange Settlement::voidPayment(const QString& paymentId)
{
    if (!removeById(payments, &LivePayment::paymentId, paymentId))
        return {};
    return settleFromStart();
}

SettlementChange Settlement::cancelCharge(const QString& chargeId)
{
    if (!removeById(charges, &LiveCharge::chargeId, chargeId))
        return {};
    return settleFromStart();
}

QList<Charge> Settlement::allCharges() const
{
    Settlement copy = *this;
    return copy.settleFromStart().charges;
}

const LivePayment* Settlement::findPayment(const QString& paymentId) const
{
    for (const LivePayment& payment : payments) {
        if (payment.paymentId == paymentId)
            return &payment;
    }
    return nullptr;
}

QJsonObject LivePayment::toJson(const QString& familyId) const
{
    return {{QStringLiteral("payment_id"), paymentId},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("amount_cents"), amountCents},
            {QStringLiteral("date"), date},
            {QStringLiteral("payment_method"), method},
            {QStringLiteral("transaction_id"), orNull(transactionId)},
            {QStringLiteral("position"), position}};
}

QJsonObject Charge::toJson(const QString& familyId) const
{
    return {{QStringLiteral("charge_id"), chargeId},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("month"), month},
            {QStringLiteral("amount_cents"), amountCents},
            {QStringLiteral("due_date"), dueDate},
            {QStringLiteral("allocated_cents"), allocatedCents},
            {QStringLiteral("settled_on"), orNull(settledOn)},
            {QStringLiteral("days_late"), daysLate ? QJsonValue(*daysLate) : QJsonValue()}};
}

std::optional<qint64> FamilyRecord::avgPaymentDaysLate() const
{
    if (settlement.settledChargeCount == 0)
        return std::nullopt;
    return static_cast<qint64>(
        roundedHalfUp(settlement.settledDaysLateSum, settlement.settledChargeCount, 0));
}

std::optional<double> FamilyRecord::eventAttendanceRate() const
{
    if (attendanceRecorded == 0)
        return std::nullopt;
    return roundedHalfUp(100 * attendanceAttended, attendanceRecorded, 2);
}

QJsonObject FamilyRecord::toJson() const
{
    QJsonArray childrenNames;
    std::optional<int> oldest;
    for (const Child& child : children) {
        childrenNames.append(child.name);
        oldest = std::max(oldest.value_or(child.age), child.age);
    }
    const auto avgLate = avgPaymentDaysLate();
    const auto rate = eventAttendanceRate();
    return {
        {QStringLiteral("family_id"), familyId},
        {QStringLiteral("family_name"), familyName},
        {QStringLiteral("parent_name"), orNull(parentName)},
        {QStringLiteral("email"), orNull(email)},
        {QStringLiteral("phone"), orNull(phone)},
        {QStringLiteral("enrollment_date"), enrollmentDate},
        {QStringLiteral("status"), status},
        {QStringLiteral("withdrawal_date"), orNull(withdrawalDate)},
        {QStringLiteral("children_count"), children.size()},
        {QStringLiteral("children_names"), childrenNames},
        {QStringLiteral("oldest_child_age"), oldest ? QJsonValue(*oldest) : QJsonValue()},
        {QStringLiteral("total_paid_cents"), totalPaidCents()},
        {QStringLiteral("payment_count"), paymentCount},
        {QStringLiteral("last_payment_date"), orNull(lastPaymentDate)},
        {QStringLiteral("balance_cents"), balanceCents()},
        {QStringLiteral("avg_payment_days_late"), avgLate ? QJsonValue(*avgLate) : QJsonValue()},
        {QStringLiteral("engagement_score"), engagementScore},
        {QStringLiteral("last_login_date"), orNull(lastLoginDate)},
        {QStringLiteral("volunteer_hours"), volunteerHours},
        {QStringLiteral("event_attendance_rate"), rate ? QJsonValue(*rate) : QJsonValue()},
        {QStringLiteral("risk_score"), riskScore},
        {QStringLiteral("risk_tier"), riskTier},
        {QStringLiteral("risk_factors"), riskFactors},
        {QStringLiteral("assigned_coordinator"), orNull(assignedCoordinator)},
        {QStringLiteral("preferred_contact_channel"), preferredContactChannel},
        {QStringLiteral("last_contact_date"), orNull(lastContactDate)},
        {QStringLiteral("last_contact_method"), orNull(lastContactMethod)},
        {QStringLiteral("last_updated"), lastUpdated},
        {QStringLiteral("event_version"), eventVersion},
    };
}

namespace {

// The fold itself, one for both ways of reading an event's data.
template <typename Data>
SettlementChange foldFamilyEvent(FamilyRecord& record, const RecordedEvent& event, const Data& data)
{
    SettlementChange change;
    const QString& type = event.eventType;
    const auto date = [&] { return data.value(QStringLiteral("date")).toString(); };

    if (type == QLatin1String("FamilyEnrolled")) {
        record.familyId = event.streamId;
        record.familyName = data.value(QStringLiteral("family_name")).toString();
        record.enrollmentDate = data.value(QStringLiteral("enrollment_date")).toString();
        record.parentName = optionalText(data, QStringLiteral("parent_name"));
        record.email = optionalText(data, QStringLiteral("email"));
        record.phone = optionalText(data, QStringLiteral("phone"));
        record.assignedCoordinator = optionalText(data, QStringLiteral("assigned_coordinator"));
        record.preferredContactChannel =
            optionalText(data, QStringLiteral("preferred_contact_channel"))
                .value_or(QStringLiteral("email"));
    } else if (type == QLatin1String("ContactDetailsChanged")) {
        changeContactDetails(record, data);
    } else if (type == QLatin1String("ChildAdded")) {
        record.children.append({data.value(QStringLiteral("child_name")).toString(),
                                data.value(QStringLiteral("child_age")).toInt()});
    } else if (type == QLatin1String("TuitionCharged")) {
        change = record.settlement.addCharge(event, data);
    } else if (type == QLatin1String("PaymentReceived")) {
        change = record.settlement.addPayment(event, data);
        record.paymentCount += 1;
        keepLatest(record.lastPaymentDate, date());
    } else if (type == QLatin1String("PaymentVoided")) {
        change = record.settlement.voidPayment(data.value(QStringLiteral("payment_id")).toString());
        record.paymentCount = record.settlement.payments.size();
        record.lastPaymentDate.reset();
        for (const LivePayment& payment : std::as_const(record.settlement.payments))
            keepLatest(record.lastPaymentDate, payment.date);
    } else if (type == QLatin1String("ChargeCancelled")) {
        change = record.settlement.cancelCharge(data.value(QStringLiteral("charge_id")).toString());
    } else if (type == QLatin1String("EnrollmentCorrected")) {
        if (data.contains(QStringLiteral("family_name")))
            record.familyName = data.value(QStringLiteral("family_name")).toString();
        if (data.contains(QStringLiteral("enrollment_date")))
            record.enrollmentDate = data.value(QStringLiteral("enrollment_date")).toString();
    } else if (type == QLatin1String("EngagementScoreUpdated")) {
        record.engagementScore = data.value(QStringLiteral("new_score")).toInt();
        record.engagementFactors = data.value(QStringLiteral("factors")).toObject();
    } else if (type == QLatin1String("RiskScoreUpdated")) {
        record.riskScore = data.value(QStringLiteral("new_score")).toInt();
        record.riskTier = data.value(QStringLiteral("risk_tier")).toString();
        record.riskFactors = data.value(QStringLiteral("risk_factors")).toObject();
    } else if (type == QLatin1String("ContactRecorded")) {
        if (!record.lastContactDate || date() >= *record.lastContactDate) {
            record.lastContactDate = date();
            record.lastContactMethod = data.value(QStringLiteral("method")).toString();
        }
    } else if (type == QLatin1String("CoordinatorAssigned")) {
        record.assignedCoordinator = data.value(QStringLiteral("coordinator")).toString();
    } else if (type == QLatin1String("VolunteerHoursLogged")) {
        record.volunteerHours += data.value(QStringLiteral("hours")).toInteger();
    } else if (type == QLatin1String("AttendanceRecorded")) {
        record.attendanceRecorded += 1;
        if (data.value(QStringLiteral("attended")).toBool())
            record.attendanceAttended += 1;
    } else if (type == QLatin1String("LoginRecorded")) {
        keepLatest(record.lastLoginDate, date());
    } else if (type == QLatin1String("FamilyWithdrawn")) {
        record.status = QStringLiteral("withdrawn");
        record.withdrawalDate = date();
    } else if (type == QLatin1String("FamilyReenrolled")) {
        record.status = QStringLiteral("enrolled");
        record.withdrawalDate.reset();
    }
    record.lastUpdated = event.recordedAt;
    record.eventVersion = event.streamVersion;
    return change;
}

} // namespace

SettlementChange applyFamilyEvent(FamilyRecord& record, const RecordedEvent& event,
                                  const QJsonObject& data)
{
    return foldFamilyEvent(record, event, data);
}

SettlementChange applyFamilyEvent(FamilyRecord& record, const RecordedEvent& event,
                                  const EventFields& data)
{
    return foldFamilyEvent(record, event, data);
}

} // namespace coopdesk
