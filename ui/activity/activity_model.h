#pragma once

#include "queries/query_service.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QThread>

namespace coopdesk {

class ActivityPageLoader;

// The global event log (activity_log), newest first, as a window onto any
// number of events: rowCount() is the count of the events matching the
// filter, and rows are fetched a page at a time by an ActivityPageLoader
// on its own thread when the view asks for them (a row not fetched yet
// reads "…"), keeping a bounded cache. The window is pinned to the newest
// position at the last count, so new events never shift the rows on
// screen: refresh() counts again and inserts the new events at the top.
// Changing the filter is a new query, so it resets the model.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Position, When, Event, Family, FamilyId, User, EventDate, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 };
    static inline constexpr int pageSize = 200;
    static inline constexpr int cacheLimit = 5000;

    explicit ActivityModel(QObject* parent = nullptr);
    ~ActivityModel() override;

    // Starts reading the activity log of the store at `location` (empty:
    // stops and empties).
    void setSource(const StoreLocation& location);
    bool hasSource() const { return m_loader != nullptr; }
    void setFilter(const ActivityFilter& filter);
    ActivityFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row's event (empty until its page arrived).
    QJsonObject event(int row) const;
    bool isRowLoaded(int row) const;
    // A count or the first page is on its way.
    bool isLoading() const;
    qint64 cachedRows() const { return m_rows.size(); }
    QStringList users() const { return m_users; }

public slots:
    // New events may have been projected: count again, insert them at the top.
    void refresh();
    // Everything may have changed (a rebuild): count and fetch again from scratch.
    void reload();
    void refreshUsers();

signals:
    void loadingChanged(bool loading);
    void countChanged(qint64 count);
    void usersChanged(const QStringList& users);
    void failed(const QString& message);

private:
    void stop();
    void requestCount();
    void requestPage(int row) const;
    void onCounted(quint64 generation, qint64 top, qint64 count);
    void onPageLoaded(quint64 generation, qint64 offset, qint64 totalAtRequest,
                      const QList<QJsonObject>& rows);
    void trimCache(qint64 keepAround);
    void setLoading(bool loading);
    qint64 bottomIndex(int row) const { return m_total - 1 - row; }

    QThread m_thread;
    ActivityPageLoader* m_loader = nullptr;
    ActivityFilter m_filter;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    qint64 m_top = 0; // the newest position counted
    bool m_counted = false;
    bool m_countPending = false;
    bool m_recountWanted = false;
    bool m_loading = false;
    QHash<qint64, QJsonObject> m_rows;   // by index from the oldest (stable as events arrive)
    mutable QSet<qint64> m_pendingPages; // offsets asked for at the current total
    QStringList m_users;
};

} // namespace coopdesk
