#include "enrollment_correction_form.h"

namespace coopdesk {

namespace {

const QString nameField = QStringLiteral("family_name");
const QString dateField = QStringLiteral("enrollment_date");

} // namespace

QJsonObject EnrollmentCorrectionForm::setFamily(const QString& familyId,
                                                const std::optional<QJsonObject>& family,
                                                QueryService*)
{
    m_familyId = familyId;
    m_name = family ? family->value(nameField).toString() : QString();
    m_date = family ? family->value(dateField).toString() : QString();
    // Unknown (no family yet, or not in the read models yet): empty fields,
    // never today's date as if it were the family's.
    return {{nameField, m_name}, {dateField, m_date}};
}

QString EnrollmentCorrectionForm::nameIn(const QJsonObject& form)
{
    return form.value(nameField).toString().trimmed();
}

QJsonObject EnrollmentCorrectionForm::leaveOutUnchanged(const QJsonObject& form) const
{
    QJsonObject command = form;
    if (!m_name.isEmpty() && nameIn(form) == m_name)
        command.remove(nameField);
    if (!m_date.isEmpty() && form.value(dateField).toString() == m_date)
        command.remove(dateField);
    return command;
}

QString EnrollmentCorrectionForm::blocker(const QJsonObject& form) const
{
    if (m_familyId.isEmpty())
        return {};
    // An empty field would mean "unchanged" to the store (SPEC 2.2): say
    // so rather than save something other than what the form shows.
    if (!m_name.isEmpty() && nameIn(form).isEmpty())
        return tr("The family's name cannot be left empty.");
    if (!m_date.isEmpty() && !form.contains(dateField))
        return tr("The enrollment date cannot be left empty.");
    const QJsonObject command = leaveOutUnchanged(form);
    if (!command.contains(nameField) && !command.contains(dateField))
        return tr("Nothing to save yet: change the family's name or its enrollment date.");
    return {};
}

QString EnrollmentCorrectionForm::preview(const QJsonObject& form) const
{
    if (!blocker(form).isEmpty())
        return {};
    const QJsonObject command = leaveOutUnchanged(form);
    const bool name = command.contains(nameField);
    const bool date = command.contains(dateField);
    const QString oldName = m_name.isEmpty() ? tr("(unknown)") : m_name;
    const QString oldDate = m_date.isEmpty() ? tr("(unknown)") : dateText(m_date);
    const QString newDate = dateText(command.value(dateField).toString());
    if (name && date)
        return tr("Corrects the name from “%1” to “%2” and the enrollment date from %3 to %4; "
                  "the family's history keeps both.")
            .arg(oldName, nameIn(form), oldDate, newDate);
    if (name)
        return tr("Corrects the name from “%1” to “%2”; the family's history keeps both.")
            .arg(oldName, nameIn(form));
    if (date)
        return tr("Corrects the enrollment date from %1 to %2; the family's history keeps both.")
            .arg(oldDate, newDate);
    return {};
}

} // namespace coopdesk
