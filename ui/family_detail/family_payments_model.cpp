#include "family_payments_model.h"

#include "families/family_text.h"
#include "i18n/code_labels.h"

namespace coopdesk {

namespace {

const char* valueColumn(int column)
{
    static const char* const columns[FamilyPaymentsModel::ColumnCount] = {
        "date", "amount_cents", "payment_method", "transaction_id"};
    return column >= 0 && column < FamilyPaymentsModel::ColumnCount ? columns[column] : "";
}

} // namespace

FamilyPaymentsModel::FamilyPaymentsModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("payment_id"), parent)
{}

void FamilyPaymentsModel::setCurrencyCode(const QString& code)
{
    if (code == m_currencyCode)
        return;
    m_currencyCode = code;
    emit headerDataChanged(Qt::Horizontal, AmountColumn, AmountColumn);
}

int FamilyPaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyPaymentsModel::cellData(const QJsonObject& payment, int column, int role) const
{
    const QJsonValue value = payment.value(QString::fromLatin1(valueColumn(column)));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return FamilyText::date(value);
        case AmountColumn:
            return FamilyText::amount(value.toInteger());
        case MethodColumn:
            return CodeLabels::paymentMethod(value.toString());
        case TransactionColumn:
            return FamilyText::text(value);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Payment %1").arg(payment.value(QStringLiteral("payment_id")).toString());
    case ValueRole:
        return value.toVariant();
    default:
        return {};
    }
}

QVariant FamilyPaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return m_currencyCode.isEmpty()
                   ? tr("Amount")
                   : tr("%1 (%2)", "column (currency)").arg(tr("Amount"), m_currencyCode);
    case MethodColumn:
        return tr("Method");
    case TransactionColumn:
        return tr("Transaction ID");
    default:
        return {};
    }
}

} // namespace coopdesk
