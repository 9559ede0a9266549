#pragma once

#include "queries/query_service.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace coopdesk {

// Reads the activity log for ActivityModel on a thread of its own (the
// DB Browser for SQLite "RowLoader" pattern): windows of rows, counts and
// the list of users, through its own QueryService opened in that thread,
// so a deep page of millions of events never stalls the window. Each
// answer carries the request's generation; the model drops stale ones.
class ActivityPageLoader : public QObject
{
    Q_OBJECT

public:
    explicit ActivityPageLoader(const StoreLocation& location);
    ~ActivityPageLoader() override;

public slots:
    // The newest position matching `filter` and the count of events at or
    // before it (answered with counted()).
    void count(quint64 generation, const coopdesk::ActivityFilter& filter);
    // `limit` rows from `offset`, newest first, of the events matching
    // `filter` (whose upToPosition pins the window).
    void page(quint64 generation, const coopdesk::ActivityFilter& filter, qint64 offset,
              qint64 limit, qint64 totalAtRequest);
    void users(quint64 generation);

signals:
    void counted(quint64 generation, qint64 top, qint64 count);
    void pageLoaded(quint64 generation, qint64 offset, qint64 totalAtRequest,
                    const QList<QJsonObject>& rows);
    void usersLoaded(quint64 generation, const QStringList& users);
    void failed(quint64 generation, const QString& message);

private:
    QueryService* queries();

    StoreLocation m_location;
    std::unique_ptr<QueryService> m_queries;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::ActivityFilter)
