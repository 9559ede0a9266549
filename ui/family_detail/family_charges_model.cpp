#include "family_charges_model.h"

#include "families/family_text.h"

#include <QColor>
#include <QFont>

namespace coopdesk {

namespace {

const char* valueColumn(int column)
{
    static const char* const columns[FamilyChargesModel::ColumnCount] = {
        "month", "amount_cents", "due_date", "allocated_cents", "settled_on", "days_late"};
    return column >= 0 && column < FamilyChargesModel::ColumnCount ? columns[column] : "";
}

} // namespace

FamilyChargesModel::FamilyChargesModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("charge_id"), parent)
{}

void FamilyChargesModel::setCurrencyCode(const QString& code)
{
    if (code == m_currencyCode)
        return;
    m_currencyCode = code;
    emit headerDataChanged(Qt::Horizontal, AmountColumn, AllocatedColumn);
}

bool FamilyChargesModel::isSettled(const QJsonObject& charge)
{
    return charge.value(QStringLiteral("settled_on")).isString();
}

int FamilyChargesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyChargesModel::cellData(const QJsonObject& charge, int column, int role) const
{
    const QJsonValue value = charge.value(QString::fromLatin1(valueColumn(column)));
    const bool settled = isSettled(charge);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MonthColumn:
            return FamilyText::month(value.toString());
        case AmountColumn:
        case AllocatedColumn:
            return FamilyText::amount(value.toInteger());
        case DueDateColumn:
            return FamilyText::date(value);
        case SettledOnColumn:
            return settled ? FamilyText::date(value) : tr("Not settled");
        case DaysLateColumn:
            return value.isDouble() ? QLocale().toString(value.toInteger()) : FamilyText::none();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case AmountColumn:
        case AllocatedColumn:
        case DaysLateColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        return settled ? QVariant() : QVariant(QColor(0xfd, 0xec, 0xc8));
    case Qt::ForegroundRole:
        if (!settled)
            return QColor(0x6b, 0x3a, 0x00);
        if (column == DaysLateColumn && value.toInteger() > 0)
            return QColor(0xb0, 0x2a, 0x1e);
        return {};
    case Qt::ToolTipRole:
        if (!settled) {
            const qint64 left = charge.value(QStringLiteral("amount_cents")).toInteger() -
                                charge.value(QStringLiteral("allocated_cents")).toInteger();
            return tr("%1 still owed on this charge").arg(FamilyText::money(left, m_currencyCode));
        }
        return tr("Charge %1").arg(charge.value(QStringLiteral("charge_id")).toString());
    case ValueRole:
        return value.toVariant();
    default:
        return {};
    }
}

QVariant FamilyChargesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    const auto withCurrency = [this](const QString& title) {
        return m_currencyCode.isEmpty()
                   ? title
                   : tr("%1 (%2)", "column (currency)").arg(title, m_currencyCode);
    };
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case AmountColumn:
        return withCurrency(tr("Amount"));
    case DueDateColumn:
        return tr("Due date");
    case AllocatedColumn:
        return withCurrency(tr("Allocated"));
    case SettledOnColumn:
        return tr("Settled on");
    case DaysLateColumn:
        return tr("Days late");
    default:
        return {};
    }
}

} // namespace coopdesk
