#include "event_summary.h"

#include "domain/command_catalog.h"
#include "domain/event_upcasting.h"
#include "families/family_text.h"
#include "i18n/code_labels.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace coopdesk {

namespace {

QString str(const QJsonObject& data, const char* field)
{
    return data.value(QLatin1String(field)).toString();
}

bool has(const QJsonObject& data, const char* field)
{
    return data.contains(QLatin1String(field));
}

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral("; "));
}

} // namespace

EventSummary::EventSummary(const QString& currencyCode)
    : m_currencyCode(currencyCode)
{}

QString EventSummary::describe(const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("event_type")).toString();
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    try {
        data = decodeEventData(type, event.value(QStringLiteral("schema_version")).toInt(1),
                               QJsonDocument(data).toJson(QJsonDocument::Compact),
                               event.value(QStringLiteral("event_id")).toString());
    } catch (const EventDecodeError&) {
        // Shown as stored.
    }
    return describe(type, data);
}

QString EventSummary::shownValue(const QString& field, const QString& value) const
{
    if (value.isEmpty())
        return FamilyText::none();
    if (field == QLatin1String("preferred_contact_channel"))
        return CodeLabels::contactChannel(value);
    if (field == QLatin1String("enrollment_date"))
        return FamilyText::date(value);
    return value;
}

QString EventSummary::changed(const QString& field, const QString& label, const QJsonObject& data)
{
    const QString now = data.value(field).toString();
    const auto before = m_previous.constFind(field);
    QString text;
    if (before == m_previous.constEnd() || before->isEmpty())
        text = tr("%1: %2").arg(label, now.isEmpty() ? tr("(cleared)") : shownValue(field, now));
    else if (now.isEmpty())
        text = tr("%1: %2 → (cleared)").arg(label, shownValue(field, *before));
    else
        text = tr("%1: %2 → %3").arg(label, shownValue(field, *before), shownValue(field, now));
    m_previous.insert(field, now);
    return text;
}

QString EventSummary::describe(const QString& type, const QJsonObject& data)
{
    const QLocale locale;
    if (type == QLatin1String("FamilyEnrolled")) {
        QStringList parts{
            tr("“%1”, enrolled on %2")
                .arg(str(data, "family_name"), FamilyText::date(str(data, "enrollment_date")))};
        for (const char* field : {"family_name", "enrollment_date"})
            m_previous.insert(QLatin1String(field), str(data, field));
        for (const char* field : {"parent_name", "email", "phone"}) {
            const QString value = str(data, field);
            m_previous.insert(QLatin1String(field), value);
            if (!value.isEmpty())
                parts << tr("%1: %2").arg(
                    CodeLabels::fieldLabel(CommandType::EnrollFamily, QLatin1String(field)), value);
        }
        const QString channel = data.value(QStringLiteral("preferred_contact_channel"))
                                    .toString(QStringLiteral("email"));
        m_previous.insert(QStringLiteral("preferred_contact_channel"), channel);
        parts << tr("%1: %2").arg(
            CodeLabels::fieldLabel(CommandType::EnrollFamily,
                                   QStringLiteral("preferred_contact_channel")),
            CodeLabels::contactChannel(channel));
        const QString coordinator = str(data, "assigned_coordinator");
        m_previous.insert(QStringLiteral("coordinator"), coordinator);
        if (!coordinator.isEmpty())
            parts << tr("Coordinator: %1").arg(coordinator);
        return joined(parts);
    }
    if (type == QLatin1String("ContactDetailsChanged")) {
        QStringList parts;
        for (const char* field : {"parent_name", "email", "phone", "preferred_contact_channel"}) {
            if (has(data, field)) {
                const QString name = QLatin1String(field);
                parts << changed(
                    name, CodeLabels::fieldLabel(CommandType::ChangeContactDetails, name), data);
            }
        }
        return joined(parts);
    }
    if (type == QLatin1String("ChildAdded")) {
        return tr("%1, age %2")
            .arg(str(data, "child_name"),
                 locale.toString(data.value(QStringLiteral("child_age")).toInteger()));
    }
    if (type == QLatin1String("TuitionCharged")) {
        const QString text =
            tr("%1 for %2, due %3")
                .arg(FamilyText::money(data.value(QStringLiteral("amount_cents")), m_currencyCode),
                     FamilyText::month(str(data, "month")),
                     FamilyText::date(str(data, "due_date")));
        m_entries.insert(QStringLiteral("charge:") + str(data, "charge_id"), text);
        return text;
    }
    if (type == QLatin1String("PaymentReceived")) {
        QString text =
            tr("%1 by %2 on %3")
                .arg(FamilyText::money(data.value(QStringLiteral("amount_cents")), m_currencyCode),
                     CodeLabels::paymentMethod(str(data, "payment_method")),
                     FamilyText::date(str(data, "date")));
        const QString transaction = str(data, "transaction_id");
        if (!transaction.isEmpty())
            text += QStringLiteral("; ") + tr("transaction %1").arg(transaction);
        m_entries.insert(QStringLiteral("payment:") + str(data, "payment_id"), text);
        return text;
    }
    if (type == QLatin1String("EngagementScoreUpdated") ||
        type == QLatin1String("RiskScoreUpdated")) {
        const bool risk = type == QLatin1String("RiskScoreUpdated");
        QString text = (risk ? tr("Risk score %1 → %2") : tr("Engagement score %1 → %2"))
                           .arg(FamilyText::number(data.value(QStringLiteral("old_score"))),
                                FamilyText::number(data.value(QStringLiteral("new_score"))));
        if (risk)
            text += QStringLiteral("; ") +
                    tr("tier %1").arg(CodeLabels::riskTier(str(data, "risk_tier")));
        const QJsonValue factors =
            data.value(risk ? QStringLiteral("risk_factors") : QStringLiteral("factors"));
        if (!factors.toObject().isEmpty())
            text += QStringLiteral("; ") + tr("factors: %1").arg(FamilyText::factors(factors));
        return text;
    }
    if (type == QLatin1String("ContactRecorded")) {
        QString text = tr("%1 on %2")
                           .arg(CodeLabels::contactChannel(str(data, "method")),
                                FamilyText::date(str(data, "date")));
        const QString notes = str(data, "notes").simplified();
        if (!notes.isEmpty())
            text += QStringLiteral(": ") + notes;
        return text;
    }
    if (type == QLatin1String("CoordinatorAssigned"))
        return changed(QStringLiteral("coordinator"), tr("Coordinator"), data);
    if (type == QLatin1String("VolunteerHoursLogged")) {
        const qint64 hours = data.value(QStringLiteral("hours")).toInteger();
        const QString date = FamilyText::date(str(data, "date"));
        return tr("%Ln hour(s) on %1", nullptr, static_cast<int>(hours)).arg(date);
    }
    if (type == QLatin1String("AttendanceRecorded")) {
        const bool attended = data.value(QStringLiteral("attended")).toBool();
        return (attended ? tr("Attended “%1” on %2") : tr("Did not attend “%1” on %2"))
            .arg(str(data, "event_name"), FamilyText::date(str(data, "date")));
    }
    if (type == QLatin1String("LoginRecorded"))
        return tr("Logged in on %1").arg(FamilyText::date(str(data, "date")));
    if (type == QLatin1String("FamilyWithdrawn")) {
        QString text = tr("Withdrawn on %1").arg(FamilyText::date(str(data, "date")));
        const QString reason = str(data, "reason").simplified();
        if (!reason.isEmpty())
            text += QStringLiteral("; ") + tr("reason: %1").arg(reason);
        return text;
    }
    if (type == QLatin1String("FamilyReenrolled"))
        return tr("Re-enrolled on %1").arg(FamilyText::date(str(data, "date")));
    if (type == QLatin1String("PaymentVoided") || type == QLatin1String("ChargeCancelled")) {
        const bool voided = type == QLatin1String("PaymentVoided");
        const QString id = voided ? str(data, "payment_id") : str(data, "charge_id");
        const QString reason = str(data, "reason").simplified();
        // The payment or charge as its own row says it (ids are often
        // generated UUIDs, which tell people nothing); by its id when its
        // event is not among those fed.
        const auto original = m_entries.constFind(
            (voided ? QStringLiteral("payment:") : QStringLiteral("charge:")) + id);
        if (original != m_entries.cend())
            return (voided ? tr("Voided: %1; reason: %2") : tr("Cancelled: %1; reason: %2"))
                .arg(*original, reason);
        const QString amount =
            FamilyText::money(data.value(QStringLiteral("amount_cents")), m_currencyCode);
        return (voided ? tr("Payment %1 of %2 voided; reason: %3")
                       : tr("Charge %1 of %2 cancelled; reason: %3"))
            .arg(id, amount, reason);
    }
    if (type == QLatin1String("EnrollmentCorrected")) {
        QStringList parts;
        for (const char* field : {"family_name", "enrollment_date"}) {
            if (has(data, field)) {
                const QString name = QLatin1String(field);
                parts << changed(name, CodeLabels::fieldLabel(CommandType::CorrectEnrollment, name),
                                 data);
            }
        }
        return joined(parts);
    }
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

} // namespace coopdesk
