#include "statement_text.h"

#include "families/family_text.h"
#include "i18n/code_labels.h"

#include <QLocale>

namespace coopdesk {

namespace {

// "Check no. 1001", "Card, reference txn-77", "Cash".
QString paymentWords(const StatementLine& line)
{
    const QString method = CodeLabels::paymentMethod(line.paymentMethod);
    if (line.transactionId.isEmpty())
        return method;
    if (line.paymentMethod == QLatin1String("check"))
        return StatementText::tr("Check no. %1").arg(line.transactionId);
    return StatementText::tr("%1, reference %2", "payment method, transaction id")
        .arg(method, line.transactionId);
}

QString chargeWords(const StatementLine& line)
{
    return StatementText::tr("Tuition for %1 (%2), due %3", "month, charge id, due date")
        .arg(FamilyText::month(line.month), line.entryId, StatementText::date(line.dueDate));
}

} // namespace

QString StatementText::date(QDate date)
{
    if (!date.isValid())
        return FamilyText::none();
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString StatementText::period(const StatementPeriod& period)
{
    return tr("%1 to %2", "statement period: from, to").arg(date(period.from), date(period.to));
}

QString StatementText::description(const StatementLine& line)
{
    using Kind = StatementLine::Kind;
    const QString reason = line.reason.simplified();
    switch (line.kind) {
    case Kind::Charge:
        return line.isTakenBack()
                   ? tr("%1 — cancelled on %2").arg(chargeWords(line), date(line.correctionDate))
                   : chargeWords(line);
    case Kind::Payment:
        return line.isTakenBack() ? tr("Payment: %1 — voided on %2")
                                        .arg(paymentWords(line), date(line.correctionDate))
                                  : tr("Payment: %1").arg(paymentWords(line));
    case Kind::PaymentVoided:
        // The payment as its own line names it; by its id when it is not in the trail.
        return line.correctionDate.isValid()
                   ? tr("Payment of %1 voided (%2): %3")
                         .arg(date(line.correctionDate), paymentWords(line), reason)
                   : tr("Payment %1 voided: %2").arg(line.entryId, reason);
    case Kind::ChargeCancelled:
        return line.correctionDate.isValid()
                   ? tr("Tuition for %1 (%2) cancelled: %3")
                         .arg(FamilyText::month(line.month), line.entryId, reason)
                   : tr("Charge %1 cancelled: %2").arg(line.entryId, reason);
    }
    return {};
}

} // namespace coopdesk
