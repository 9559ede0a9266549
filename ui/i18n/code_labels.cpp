#include "code_labels.h"

#include "domain/command_error.h"

namespace coopdesk {

QString CodeLabels::commandTitle(CommandType type)
{
    switch (type) {
    case CommandType::EnrollFamily:
        return tr("Enroll Family");
    case CommandType::ChangeContactDetails:
        return tr("Change Contact Details");
    case CommandType::AddChild:
        return tr("Add Child");
    case CommandType::ChargeTuition:
        return tr("Charge Tuition");
    case CommandType::ReceivePayment:
        return tr("Receive Payment");
    case CommandType::UpdateEngagementScore:
        return tr("Update Engagement Score");
    case CommandType::UpdateRiskScore:
        return tr("Update Risk Score");
    case CommandType::RecordContact:
        return tr("Record Contact");
    case CommandType::AssignCoordinator:
        return tr("Assign Coordinator");
    case CommandType::LogVolunteerHours:
        return tr("Log Volunteer Hours");
    case CommandType::RecordAttendance:
        return tr("Record Attendance");
    case CommandType::RecordLogin:
        return tr("Record Login");
    case CommandType::WithdrawFamily:
        return tr("Withdraw Family");
    case CommandType::ReenrollFamily:
        return tr("Re-enroll Family");
    case CommandType::VoidPayment:
        return tr("Void Payment");
    case CommandType::CancelCharge:
        return tr("Cancel Charge");
    case CommandType::CorrectEnrollment:
        return tr("Correct Enrollment");
    }
    return commandSpec(type).name;
}

QString CodeLabels::commandMenuText(CommandType type)
{
    switch (type) {
    case CommandType::EnrollFamily:
        return tr("&Enroll Family…");
    case CommandType::ChangeContactDetails:
        return tr("Change Contact &Details…");
    case CommandType::AddChild:
        return tr("Add &Child…");
    case CommandType::ChargeTuition:
        return tr("Charge &Tuition…");
    case CommandType::ReceivePayment:
        return tr("Receive &Payment…");
    case CommandType::UpdateEngagementScore:
        return tr("Update En&gagement Score…");
    case CommandType::UpdateRiskScore:
        return tr("Update &Risk Score…");
    case CommandType::RecordContact:
        return tr("Record C&ontact…");
    case CommandType::AssignCoordinator:
        return tr("&Assign Coordinator…");
    case CommandType::LogVolunteerHours:
        return tr("Log Volunteer &Hours…");
    case CommandType::RecordAttendance:
        return tr("Record Atte&ndance…");
    case CommandType::RecordLogin:
        return tr("Record &Login…");
    case CommandType::WithdrawFamily:
        return tr("&Withdraw Family…");
    case CommandType::ReenrollFamily:
        return tr("Re-enro&ll Family…");
    case CommandType::VoidPayment:
        return tr("&Void Payment…");
    case CommandType::CancelCharge:
        return tr("Cance&l Charge…");
    case CommandType::CorrectEnrollment:
        return tr("Co&rrect Enrollment…");
    }
    return commandTitle(type);
}

QString CodeLabels::commandDescription(CommandType type)
{
    switch (type) {
    case CommandType::EnrollFamily:
        return tr("Enroll a new family in the co-op.");
    case CommandType::ChangeContactDetails:
        return tr("Change the parent's name, e-mail, phone or preferred contact.");
    case CommandType::AddChild:
        return tr("Add a child to the family.");
    case CommandType::ChargeTuition:
        return tr("Charge the family tuition for a month.");
    case CommandType::ReceivePayment:
        return tr("Record a payment received from the family.");
    case CommandType::UpdateEngagementScore:
        return tr("Set the family's engagement score (0–100).");
    case CommandType::UpdateRiskScore:
        return tr("Set the family's risk score (0–100); the risk tier follows from it.");
    case CommandType::RecordContact:
        return tr("Record a contact with the family.");
    case CommandType::AssignCoordinator:
        return tr("Assign a coordinator to the family.");
    case CommandType::LogVolunteerHours:
        return tr("Log hours the family volunteered.");
    case CommandType::RecordAttendance:
        return tr("Record whether the family attended an event.");
    case CommandType::RecordLogin:
        return tr("Record that the family logged in.");
    case CommandType::WithdrawFamily:
        return tr("Withdraw the family from the co-op.");
    case CommandType::ReenrollFamily:
        return tr("Enroll a withdrawn family again.");
    case CommandType::VoidPayment:
        return tr("Void a payment entered by mistake or returned (a bounced check): it then "
                  "counts nowhere, and the family's other payments settle its charges again.");
    case CommandType::CancelCharge:
        return tr("Cancel a charge made by mistake or waived (a scholarship): it then counts "
                  "nowhere, and the family's payments settle its other charges again.");
    case CommandType::CorrectEnrollment:
        return tr("Correct the family's name or enrollment date; the history keeps both.");
    }
    return {};
}

QString CodeLabels::fieldLabel(CommandType type, const QString& field)
{
    const auto is = [&field](const char* name) { return field == QLatin1String(name); };
    if (is("date")) {
        switch (type) {
        case CommandType::ReceivePayment:
            return tr("Payment date");
        case CommandType::RecordContact:
            return tr("Contact date");
        case CommandType::RecordAttendance:
            return tr("Event date");
        case CommandType::RecordLogin:
            return tr("Login date");
        case CommandType::WithdrawFamily:
            return tr("Withdrawal date");
        case CommandType::ReenrollFamily:
            return tr("Re-enrollment date");
        default:
            return tr("Date");
        }
    }
    if (is("new_score"))
        return type == CommandType::UpdateRiskScore ? tr("Risk score") : tr("Engagement score");
    if (is("family_id"))
        return tr("Family ID");
    if (is("family_name"))
        return tr("Family name");
    if (is("enrollment_date"))
        return tr("Enrollment date");
    if (is("parent_name"))
        return tr("Parent name");
    if (is("email"))
        return tr("E-mail");
    if (is("phone"))
        return tr("Phone");
    if (is("preferred_contact_channel"))
        return tr("Preferred contact");
    if (is("assigned_coordinator") || is("coordinator"))
        return tr("Coordinator");
    if (is("child_name"))
        return tr("Child's name");
    if (is("child_age"))
        return tr("Age");
    if (is("charge_id"))
        return tr("Charge ID");
    if (is("month"))
        return tr("Month");
    if (is("amount_cents"))
        return tr("Amount");
    if (is("due_date"))
        return tr("Due date");
    if (is("payment_method"))
        return tr("Payment method");
    if (is("transaction_id"))
        return tr("Transaction ID");
    if (is("payment_id"))
        return tr("Payment ID");
    if (is("factors"))
        return tr("Factors");
    if (is("risk_factors"))
        return tr("Risk factors");
    if (is("method"))
        return tr("Contact method");
    if (is("notes"))
        return tr("Notes");
    if (is("hours"))
        return tr("Hours");
    if (is("event_name"))
        return tr("Event");
    if (is("attended"))
        return tr("Attended");
    if (is("reason"))
        return tr("Reason");
    if (is("command_id"))
        return tr("Command ID");
    if (is("expected_version"))
        return tr("Expected version");
    return field;
}

QString CodeLabels::contactChannel(const QString& code)
{
    if (code == QLatin1String("email"))
        return tr("E-mail");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("sms"))
        return tr("Text message (SMS)");
    if (code == QLatin1String("in_person"))
        return tr("In person");
    return code;
}

QString CodeLabels::paymentMethod(const QString& code)
{
    if (code == QLatin1String("card"))
        return tr("Card");
    if (code == QLatin1String("check"))
        return tr("Check");
    if (code == QLatin1String("cash"))
        return tr("Cash");
    if (code == QLatin1String("ach"))
        return tr("Bank transfer (ACH)");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString CodeLabels::choiceLabel(const QString& field, const QString& code)
{
    if (field == QLatin1String("payment_method"))
        return paymentMethod(code);
    return contactChannel(code);
}

QString CodeLabels::errorCode(const QString& code)
{
    if (code == errors::validation)
        return tr("Not valid");
    if (code == errors::notFound)
        return tr("Family not found");
    if (code == errors::alreadyExists)
        return tr("Already exists");
    if (code == errors::withdrawn)
        return tr("Family withdrawn");
    if (code == errors::duplicate)
        return tr("Duplicate");
    if (code == errors::conflict)
        return tr("Changed meanwhile");
    if (code == errors::storage)
        return tr("Not saved");
    return code;
}

QString CodeLabels::eventType(const QString& type)
{
    static const char* const labels[][2] = {
        {"FamilyEnrolled", QT_TR_NOOP("Family enrolled")},
        {"ContactDetailsChanged", QT_TR_NOOP("Contact details changed")},
        {"ChildAdded", QT_TR_NOOP("Child added")},
        {"TuitionCharged", QT_TR_NOOP("Tuition charged")},
        {"PaymentReceived", QT_TR_NOOP("Payment received")},
        {"EngagementScoreUpdated", QT_TR_NOOP("Engagement score updated")},
        {"RiskScoreUpdated", QT_TR_NOOP("Risk score updated")},
        {"ContactRecorded", QT_TR_NOOP("Contact recorded")},
        {"CoordinatorAssigned", QT_TR_NOOP("Coordinator assigned")},
        {"VolunteerHoursLogged", QT_TR_NOOP("Volunteer hours logged")},
        {"AttendanceRecorded", QT_TR_NOOP("Attendance recorded")},
        {"LoginRecorded", QT_TR_NOOP("Login recorded")},
        {"FamilyWithdrawn", QT_TR_NOOP("Family withdrawn")},
        {"FamilyReenrolled", QT_TR_NOOP("Family re-enrolled")},
        {"PaymentVoided", QT_TR_NOOP("Payment voided")},
        {"ChargeCancelled", QT_TR_NOOP("Charge cancelled")},
        {"EnrollmentCorrected", QT_TR_NOOP("Enrollment corrected")},
    };
    for (const auto& label : labels) {
        if (type == QLatin1String(label[0]))
            return tr(label[1]);
    }
    return type;
}

QString CodeLabels::riskTier(const QString& tier)
{
    if (tier == QLatin1String("low"))
        return tr("Low");
    if (tier == QLatin1String("medium"))
        return tr("Medium");
    if (tier == QLatin1String("high"))
        return tr("High");
    if (tier == QLatin1String("critical"))
        return tr("Critical");
    return tier;
}

QString CodeLabels::familyStatus(const QString& status)
{
    if (status == QLatin1String("enrolled"))
        return tr("Enrolled");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return status;
}

QString CodeLabels::intervention(const QString& code)
{
    if (code == QLatin1String("coordinator_call_48h"))
        return tr("Coordinator call within 48 h");
    if (code == QLatin1String("payment_plan_offer"))
        return tr("Offer a payment plan");
    if (code == QLatin1String("personal_checkin_7d"))
        return tr("Personal check-in within 7 days");
    return code;
}

QString CodeLabels::interventionAdvice(const QString& code)
{
    if (code == QLatin1String("coordinator_call_48h"))
        return tr("Critical risk: the family's coordinator should call them within two days.");
    if (code == QLatin1String("payment_plan_offer"))
        return tr("High risk with money owed: offer the family a payment plan.");
    if (code == QLatin1String("personal_checkin_7d"))
        return tr("High risk: check in with the family personally within a week.");
    return {};
}

QString CodeLabels::projectionName(const QString& name)
{
    if (name == QLatin1String("family_read_model"))
        return tr("Families");
    if (name == QLatin1String("payment_analytics_view"))
        return tr("Payment analytics");
    if (name == QLatin1String("at_risk_families_view"))
        return tr("At-risk families");
    if (name == QLatin1String("search"))
        return tr("Search index");
    if (name == QLatin1String("activity_log"))
        return tr("Activity log");
    return name;
}

QString CodeLabels::projectionStatus(const QString& status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("rebuilding"))
        return tr("Rebuilding");
    if (status == QLatin1String("stopped"))
        return tr("Stopped");
    if (status == QLatin1String("error"))
        return tr("Error");
    return status;
}

} // namespace coopdesk
