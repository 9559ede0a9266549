#include "activity_page_loader.h"

#include "store/storage_error.h"

namespace coopdesk {

ActivityPageLoader::ActivityPageLoader(const StoreLocation& location)
    : m_location(location)
{}

ActivityPageLoader::~ActivityPageLoader() = default;

QueryService* ActivityPageLoader::queries()
{
    // Opened in the thread that uses it (ARCHITECTURE rule 4).
    if (!m_queries)
        m_queries = std::make_unique<QueryService>(m_location);
    return m_queries.get();
}

void ActivityPageLoader::count(quint64 generation, const ActivityFilter& filter)
{
    try {
        ActivityFilter pinned = filter;
        pinned.upToPosition = 0;
        const QList<QJsonObject> top = queries()->activity(pinned, 0, 1);
        if (top.isEmpty()) {
            emit counted(generation, 0, 0);
            return;
        }
        pinned.upToPosition = top.first().value(QStringLiteral("position")).toInteger();
        emit counted(generation, pinned.upToPosition, queries()->countActivity(pinned));
    } catch (const StorageError& error) {
        emit failed(generation, error.message());
    }
}

void ActivityPageLoader::page(quint64 generation, const ActivityFilter& filter, qint64 offset,
                              qint64 limit, qint64 totalAtRequest)
{
    try {
        emit pageLoaded(generation, offset, totalAtRequest,
                        queries()->activity(filter, offset, limit));
    } catch (const StorageError& error) {
        emit failed(generation, error.message());
    }
}

void ActivityPageLoader::users(quint64 generation)
{
    try {
        emit usersLoaded(generation, queries()->activityUsers());
    } catch (const StorageError& error) {
        emit failed(generation, error.message());
    }
}

} // namespace coopdesk
