#include "correction_form.h"

#include "cancel_charge_form.h"
#include "enrollment_correction_form.h"
#include "field_editor.h"
#include "void_payment_form.h"

#include <QDate>
#include <QLocale>

namespace coopdesk {

CorrectionForm::~CorrectionForm() = default;

std::unique_ptr<FieldEditor> CorrectionForm::createEditor(const FieldRule&, QWidget*)
{
    return nullptr;
}

QString CorrectionForm::fieldLabel(const QString&) const
{
    return {};
}

QString CorrectionForm::dateText(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

std::unique_ptr<CorrectionForm> createCorrectionForm(CommandType type, const QString& currencyCode)
{
    switch (type) {
    case CommandType::VoidPayment:
        return std::make_unique<VoidPaymentForm>(currencyCode);
    case CommandType::CancelCharge:
        return std::make_unique<CancelChargeForm>(currencyCode);
    case CommandType::CorrectEnrollment:
        return std::make_unique<EnrollmentCorrectionForm>();
    default:
        return nullptr;
    }
}

} // namespace coopdesk
