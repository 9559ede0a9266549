#pragma once

#include "correction_form.h"

namespace coopdesk {

// Correct Enrollment: the family's name and enrollment date as the read
// models have them, to start with; only what the user changed is sent, and
// with nothing changed there is nothing to save.
class EnrollmentCorrectionForm final : public CorrectionForm
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentCorrectionForm)

public:
    QJsonObject setFamily(const QString& familyId, const std::optional<QJsonObject>& family,
                          QueryService* queries) override;
    QJsonObject leaveOutUnchanged(const QJsonObject& form) const override;
    QString blocker(const QJsonObject& form) const override;
    QString preview(const QJsonObject& form) const override;

private:
    // The form's name as the store will take it (trimmed; empty: none).
    static QString nameIn(const QJsonObject& form);

    QString m_familyId;
    // What is being corrected; empty while unknown.
    QString m_name;
    QString m_date;
};

} // namespace coopdesk
