#include "charge_all_families_model.h"

#include "families/family_text.h"
#include "widgets/money_text.h"

#include <QLocale>

namespace coopdesk {

ChargeAllFamiliesModel::ChargeAllFamiliesModel(const QString& noteTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_noteTitle(noteTitle)
{}

void ChargeAllFamiliesModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList ChargeAllFamiliesModel::familyIds() const
{
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const Row& row : m_rows)
        ids.append(row.family.familyId);
    return ids;
}

void ChargeAllFamiliesModel::setCurrencyCode(const QString& code)
{
    m_currencyCode = code;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, AmountColumn));
}

int ChargeAllFamiliesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChargeAllFamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChargeAllFamiliesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == familyIdRole)
        return row.family.familyId;
    if (role == Qt::ToolTipRole)
        return tr("Family id: %1").arg(row.family.familyId);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ChildrenColumn || index.column() == AmountColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FamilyColumn:
        return row.family.familyName;
    case ParentColumn:
        return row.family.parentName.isEmpty() ? FamilyText::none() : row.family.parentName;
    case ChildrenColumn:
        return QLocale().toString(row.family.childrenCount);
    case AmountColumn:
        return row.family.amountCents > 0
                   ? money::formatWithCurrency(row.family.amountCents, QLocale(), m_currencyCode)
                   : QString();
    case NoteColumn:
        return row.note;
    }
    return {};
}

QVariant ChargeAllFamiliesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FamilyColumn:
        return tr("Family");
    case ParentColumn:
        return tr("Parent");
    case ChildrenColumn:
        return tr("Children");
    case AmountColumn:
        return tr("Amount");
    case NoteColumn:
        return m_noteTitle;
    }
    return {};
}

} // namespace coopdesk
