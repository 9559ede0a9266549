#pragma once

#include "queries/query_service.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace coopdesk {

// The Families table over family_read_model (SPEC 7), windowed so that it
// stays smooth with 100 000 families: rowCount() is QueryService's count
// for the filter, and rows come from QueryService::listFamilies a page at
// a time, fetched when a view first asks for a row of that page. Only the
// few most recently used pages are kept; the rest are dropped and fetched
// again when needed. All of it runs in the GUI thread, on the session's
// QueryService (ARCHITECTURE rules 4 and 6).
//
// Live (refresh()): the cached pages and the count are read again; a
// changed count becomes rows inserted or removed at the end, then
// dataChanged for every cached row whose values changed. A reset happens
// only when the query itself changes (service, filter, sort).
class FamiliesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ChildrenColumn,
        TotalPaidColumn,
        BalanceColumn,
        LastPaymentColumn,
        EngagementColumn,
        RiskColumn,
        TierColumn,
        CoordinatorColumn,
        ColumnCount
    };

    enum Role {
        FamilyIdRole = Qt::UserRole + 1, // the row's family_id
        ValueRole,                       // the read-model value, unformatted (codes, cents)
    };

    static inline constexpr int defaultPageSize = 200;
    static inline constexpr int defaultMaxCachedPages = 4;

    explicit FamiliesModel(QObject* parent = nullptr, int pageSize = defaultPageSize,
                           int maxCachedPages = defaultMaxCachedPages);

    // Where rows come from (the session's, in the GUI thread); null empties
    // the model. The service must outlive its use here.
    void setQueryService(QueryService* queries);
    QueryService* queryService() const { return m_queries; }

    void setFilter(const FamilyFilter& filter);
    const FamilyFilter& filter() const { return m_filter; }
    const FamilySort& familySort() const { return m_sort; }

    // The ISO 4217 code shown in the money columns' headers.
    void setCurrencyCode(const QString& code);
    QString currencyCode() const { return m_currencyCode; }

    // The family_read_model column a table column sorts by.
    static QString sortColumnFor(int column);
    // The family_read_model column whose value a table column shows.
    static QString valueColumnFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The whole read-model row at `row` (fetching its page when needed);
    // empty when out of range or unreadable.
    QJsonObject family(int row) const;
    QString familyId(int row) const;
    // The row of a family among the rows held now, -1 when not held.
    int cachedRowOf(const QString& familyId) const;

    // What the window holds and has asked for, for tests and diagnostics.
    int pageSize() const { return m_pageSize; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    int cachedRowCount() const;
    qint64 pagesFetched() const { return m_pagesFetched; }
    qint64 queriesRun() const { return m_queriesRun; }
    // The last read error, empty after a successful read.
    QString errorText() const { return m_error; }

public slots:
    // The read models changed: the count and every cached row are read
    // again and the differences reported (LiveUpdates::changed).
    void refresh();

signals:
    void countChanged(qint64 count);
    // A refresh() or a new query finished: rows and count are current.
    void refreshed();
    void errorOccurred(const QString& message);

private:
    struct Page
    {
        QList<QJsonObject> rows;
        quint64 lastUse = 0;
    };

    void resetQuery();
    const Page* page(int pageIndex) const;
    QList<QJsonObject> readRows(qint64 offset, qint64 limit) const;
    void evictPages() const;
    void reportError(const QString& message) const;
    QVariant display(const QJsonObject& row, int column) const;

    QueryService* m_queries = nullptr;
    FamilyFilter m_filter;
    FamilySort m_sort;
    QString m_currencyCode;
    int m_pageSize;
    int m_maxCachedPages;
    int m_count = 0;

    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_pagesFetched = 0;
    mutable qint64 m_queriesRun = 0;
    mutable QString m_error;
};

} // namespace coopdesk
