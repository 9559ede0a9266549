#include "month_table_proxy.h"

#include "month_rows.h"
#include "widgets/keyed_row_model.h"

namespace coopdesk {

MonthTableProxy::MonthTableProxy(KeyedRowModel* months, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_months(months)
{
    setSortRole(KeyedRowModel::ValueRole);
    setSourceModel(months);
}

bool MonthTableProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    return !parent.isValid() && !monthrows::isGap(m_months->rowAt(row));
}

} // namespace coopdesk
