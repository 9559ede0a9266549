#pragma once

#include <QSortFilterProxyModel>

namespace coopdesk {

class KeyedRowModel;

// A month model as its table shows it: the months of the view, without
// the gap rows the charts draw between them (month_rows.h), sorted by raw
// values (KeyedRowModel::ValueRole).
class MonthTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MonthTableProxy(KeyedRowModel* months, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    KeyedRowModel* m_months;
};

} // namespace coopdesk
