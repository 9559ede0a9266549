#include "overdue_families_model.h"

#include "families/family_text.h"

#include <QLocale>

namespace coopdesk {

OverdueFamiliesModel::OverdueFamiliesModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("family_id"), parent)
{}

void OverdueFamiliesModel::setAsOf(QDate asOf)
{
    if (m_asOf == asOf)
        return;
    m_asOf = asOf;
    if (rowCount() > 0)
        emit dataChanged(index(0, DaysOverdue), index(rowCount() - 1, DaysOverdue));
}

qint64 OverdueFamiliesModel::totalCents() const
{
    qint64 total = 0;
    for (const QJsonObject& row : rows())
        total += row.value(QStringLiteral("amount_overdue_cents")).toInteger();
    return total;
}

int OverdueFamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueFamiliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    switch (section) {
    case Family:
        return tr("Family");
    case Parent:
        return tr("Parent");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case AmountOverdue:
        return tr("Amount overdue");
    case OldestDue:
        return tr("Oldest due date");
    case DaysOverdue:
        return tr("Days overdue");
    default:
        return {};
    }
}

qint64 OverdueFamiliesModel::daysOverdue(const QJsonObject& row) const
{
    const QDate due =
        QDate::fromString(row.value(QStringLiteral("oldest_due_date")).toString(), Qt::ISODate);
    return due.isValid() && m_asOf.isValid() ? due.daysTo(m_asOf) : 0;
}

QVariant OverdueFamiliesModel::cellData(const QJsonObject& row, int column, int role) const
{
    const auto text = [&](const char* key) { return row.value(QLatin1String(key)).toString(); };
    const qint64 cents = row.value(QStringLiteral("amount_overdue_cents")).toInteger();
    if (role == Qt::TextAlignmentRole)
        return column == AmountOverdue || column == DaysOverdue
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == ValueRole) {
        switch (column) {
        case AmountOverdue:
            return cents;
        case OldestDue:
            return text("oldest_due_date");
        case DaysOverdue:
            return daysOverdue(row);
        default:
            break; // the text sorts as shown
        }
    }
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    switch (column) {
    case Family:
        return text("family_name");
    case Parent:
        return FamilyText::text(row.value(QStringLiteral("parent_name")));
    case Email:
        return FamilyText::text(row.value(QStringLiteral("email")));
    case Phone:
        return FamilyText::text(row.value(QStringLiteral("phone")));
    case AmountOverdue:
        return FamilyText::amount(cents);
    case OldestDue:
        return FamilyText::date(row.value(QStringLiteral("oldest_due_date")));
    case DaysOverdue:
        return FamilyText::days(daysOverdue(row));
    default:
        return {};
    }
}

} // namespace coopdesk
