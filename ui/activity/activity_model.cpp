#include "activity_model.h"

#include "activity_page_loader.h"
#include "dashboard/recent_activity_model.h"
#include "i18n/code_labels.h"

#include <QDate>
#include <QLocale>

namespace coopdesk {

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<coopdesk::ActivityFilter>();
    m_thread.setObjectName(QStringLiteral("activity-loader"));
}

ActivityModel::~ActivityModel()
{
    stop();
}

void ActivityModel::stop()
{
    if (!m_loader)
        return;
    ++m_generation;
    m_thread.quit();
    m_thread.wait();
    m_loader = nullptr; // deleted by the thread's finished()
}

void ActivityModel::setSource(const StoreLocation& location)
{
    stop();
    beginResetModel();
    m_rows.clear();
    m_pendingPages.clear();
    m_total = 0;
    m_top = 0;
    m_counted = false;
    m_countPending = false;
    endResetModel();
    m_users.clear();
    emit usersChanged(m_users);
    emit countChanged(0);
    if (location.isEmpty()) {
        setLoading(false);
        return;
    }
    m_loader = new ActivityPageLoader(location);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ActivityPageLoader::counted, this, &ActivityModel::onCounted);
    connect(m_loader, &ActivityPageLoader::pageLoaded, this, &ActivityModel::onPageLoaded);
    connect(m_loader, &ActivityPageLoader::usersLoaded, this,
            [this](quint64 generation, const QStringList& users) {
                if (generation != m_generation || users == m_users)
                    return;
                m_users = users;
                emit usersChanged(m_users);
            });
    connect(m_loader, &ActivityPageLoader::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation != m_generation)
                    return;
                m_countPending = false;
                m_pendingPages.clear();
                setLoading(false);
                emit failed(message);
            });
    m_thread.start();
    reload();
    refreshUsers();
}

void ActivityModel::setFilter(const ActivityFilter& filter)
{
    m_filter = filter;
    m_filter.upToPosition = 0;
    reload();
}

void ActivityModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_pendingPages.clear();
    m_total = 0;
    m_top = 0;
    m_counted = false;
    m_countPending = false;
    endResetModel();
    emit countChanged(0);
    requestCount();
}

void ActivityModel::refresh()
{
    if (!m_loader)
        return;
    if (m_countPending) {
        m_recountWanted = true;
        return;
    }
    requestCount();
}

void ActivityModel::refreshUsers()
{
    if (m_loader)
        QMetaObject::invokeMethod(m_loader, "users", Qt::QueuedConnection,
                                  Q_ARG(quint64, m_generation));
}

void ActivityModel::requestCount()
{
    if (!m_loader)
        return;
    m_countPending = true;
    m_recountWanted = false;
    setLoading(true);
    QMetaObject::invokeMethod(m_loader, "count", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(coopdesk::ActivityFilter, m_filter));
}

void ActivityModel::onCounted(quint64 generation, qint64 top, qint64 count)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    if (m_counted && (count < m_total || top < m_top)) {
        // Events went away (the log was rebuilt without some): start again.
        reload();
        return;
    }
    if (count > m_total) {
        // New events above the window: they go on top; rows below keep
        // their index from the oldest, so the cache stays valid.
        const auto added = static_cast<int>(count - m_total);
        beginInsertRows({}, 0, added - 1);
        m_total = count;
        m_top = top;
        m_pendingPages.clear();
        endInsertRows();
        emit countChanged(m_total);
    } else {
        m_top = top;
    }
    m_counted = true;
    if (m_recountWanted) {
        requestCount();
        return;
    }
    if (m_total > 0 && !m_rows.contains(bottomIndex(0)))
        requestPage(0); // the newest events are what the screen shows first
    setLoading(isLoading());
}

void ActivityModel::requestPage(int row) const
{
    if (!m_loader || !m_counted)
        return;
    const qint64 offset = (row / pageSize) * pageSize;
    if (m_pendingPages.contains(offset))
        return;
    m_pendingPages.insert(offset);
    ActivityFilter pinned = m_filter;
    pinned.upToPosition = m_top;
    QMetaObject::invokeMethod(m_loader, "page", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(coopdesk::ActivityFilter, pinned), Q_ARG(qint64, offset),
                              Q_ARG(qint64, pageSize), Q_ARG(qint64, m_total));
}

void ActivityModel::onPageLoaded(quint64 generation, qint64 offset, qint64 totalAtRequest,
                                 const QList<QJsonObject>& rows)
{
    if (generation != m_generation)
        return;
    if (totalAtRequest == m_total)
        m_pendingPages.remove(offset);
    if (rows.isEmpty()) {
        setLoading(isLoading());
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_rows.insert(totalAtRequest - 1 - (offset + i), rows.at(i));
    // Where those rows are now.
    const qint64 shift = m_total - totalAtRequest;
    const qint64 first = offset + shift;
    const qint64 last = std::min<qint64>(first + rows.size() - 1, m_total - 1);
    trimCache(totalAtRequest - 1 - offset);
    if (first <= last)
        emit dataChanged(index(static_cast<int>(first), 0),
                         index(static_cast<int>(last), ColumnCount - 1));
    setLoading(isLoading());
}

void ActivityModel::trimCache(qint64 keepAround)
{
    if (m_rows.size() <= cacheLimit)
        return;
    // Keep the rows nearest the page just read.
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (std::abs(it.key() - keepAround) > cacheLimit / 2)
            it = m_rows.erase(it);
        else
            ++it;
    }
}

bool ActivityModel::isLoading() const
{
    if (!m_loader)
        return false;
    return m_countPending || !m_counted || (m_total > 0 && !m_rows.contains(bottomIndex(0)));
}

void ActivityModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_total, INT_MAX));
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QJsonObject ActivityModel::event(int row) const
{
    return m_rows.value(bottomIndex(row));
}

bool ActivityModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_total && m_rows.contains(bottomIndex(row));
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return tr("Position");
    case When:
        return tr("Recorded");
    case Event:
        return tr("Event");
    case Family:
        return tr("Family");
    case FamilyId:
        return tr("Family ID");
    case User:
        return tr("Recorded by");
    case EventDate:
        return tr("Date");
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto found = m_rows.constFind(bottomIndex(index.row()));
    if (found == m_rows.constEnd()) {
        if (role == Qt::DisplayRole) {
            requestPage(index.row());
            return index.column() == 0 ? QStringLiteral("…") : QString();
        }
        return {};
    }
    const QJsonObject& row = found.value();
    const auto text = [&row](const char* key) { return row.value(QLatin1String(key)).toString(); };
    if (role == ValueRole) {
        switch (index.column()) {
        case Position:
            return row.value(QStringLiteral("position")).toInteger();
        case When:
            return text("recorded_at");
        case Event:
            return text("event_type");
        case Family:
            return text("family_name");
        case FamilyId:
            return text("family_id");
        case User:
            return text("user_id");
        case EventDate:
            return text("event_date");
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Position:
            return QLocale().toString(row.value(QStringLiteral("position")).toInteger());
        case When:
            return RecentActivityModel::whenText(text("recorded_at"));
        case Event:
            return CodeLabels::eventType(text("event_type"));
        case EventDate: {
            const QDate date = QDate::fromString(text("event_date"), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
        }
        default:
            return data(index, ValueRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
