#include "families_model.h"

#include "family_text.h"
#include "i18n/code_labels.h"
#include "store/storage_error.h"

#include <QApplication>
#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace coopdesk {

namespace {

struct ColumnInfo
{
    const char* sortColumn;  // family_read_model column the table sorts by
    const char* valueColumn; // family_read_model column the cell shows
    bool number;             // right-aligned
};

const ColumnInfo& columnInfo(int column)
{
    // Tiers are sorted by risk score, which orders them low → critical.
    static const ColumnInfo columns[FamiliesModel::ColumnCount] = {
        {"family_name", "family_name", false},
        {"status", "status", false},
        {"children_count", "children_count", true},
        {"total_paid_cents", "total_paid_cents", true},
        {"balance_cents", "balance_cents", true},
        {"last_payment_date", "last_payment_date", false},
        {"engagement_score", "engagement_score", true},
        {"risk_score", "risk_score", true},
        {"risk_score", "risk_tier", false},
        {"assigned_coordinator", "assigned_coordinator", false},
    };
    return columns[std::clamp(column, 0, FamiliesModel::ColumnCount - 1)];
}

} // namespace

FamiliesModel::FamiliesModel(QObject* parent, int pageSize, int maxCachedPages)
    : QAbstractTableModel(parent)
    , m_pageSize(std::max(1, pageSize))
    , m_maxCachedPages(std::max(1, maxCachedPages))
{}

QString FamiliesModel::sortColumnFor(int column)
{
    return QString::fromLatin1(columnInfo(column).sortColumn);
}

QString FamiliesModel::valueColumnFor(int column)
{
    return QString::fromLatin1(columnInfo(column).valueColumn);
}

void FamiliesModel::setQueryService(QueryService* queries)
{
    m_queries = queries;
    resetQuery();
}

void FamiliesModel::setFilter(const FamilyFilter& filter)
{
    if (filter.status == m_filter.status && filter.tier == m_filter.tier &&
        filter.search == m_filter.search)
        return;
    m_filter = filter;
    resetQuery();
}

void FamiliesModel::setCurrencyCode(const QString& code)
{
    if (code == m_currencyCode)
        return;
    m_currencyCode = code;
    emit headerDataChanged(Qt::Horizontal, TotalPaidColumn, BalanceColumn);
    if (m_count > 0)
        emit dataChanged(index(0, TotalPaidColumn), index(m_count - 1, BalanceColumn));
}

void FamiliesModel::sort(int column, Qt::SortOrder order)
{
    const FamilySort sort{sortColumnFor(column), order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    resetQuery();
}

void FamiliesModel::resetQuery()
{
    const int oldCount = m_count;
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_error.clear();
    if (m_queries) {
        try {
            ++m_queriesRun;
            m_count = static_cast<int>(m_queries->countFamilies(m_filter));
        } catch (const StorageError& error) {
            m_error = error.message();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        reportError(m_error);
    if (oldCount != m_count)
        emit countChanged(m_count);
    emit refreshed();
}

int FamiliesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int FamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<QJsonObject> FamiliesModel::readRows(qint64 offset, qint64 limit) const
{
    ++m_queriesRun;
    return m_queries->listFamilies(m_filter, m_sort, offset, limit);
}

const FamiliesModel::Page* FamiliesModel::page(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        if (!m_queries)
            return nullptr;
        Page fetched;
        try {
            fetched.rows = readRows(qint64{pageIndex} * m_pageSize, m_pageSize);
            m_error.clear();
        } catch (const StorageError& error) {
            // Kept empty until the next refresh, so a broken file is not
            // asked again for every cell painted.
            m_error = error.message();
            reportError(m_error);
        }
        ++m_pagesFetched;
        found = m_pages.insert(pageIndex, fetched);
        found->lastUse = ++m_useClock;
        evictPages();
        found = m_pages.find(pageIndex);
    } else {
        found->lastUse = ++m_useClock;
    }
    return &found.value();
}

void FamiliesModel::evictPages() const
{
    while (m_pages.size() > m_maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void FamiliesModel::reportError(const QString& message) const
{
    // Not from inside data(): a view may be painting.
    auto* self = const_cast<FamiliesModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

QJsonObject FamiliesModel::family(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const Page* held = page(row / m_pageSize);
    if (!held)
        return {};
    return held->rows.value(row % m_pageSize);
}

QString FamiliesModel::familyId(int row) const
{
    return family(row).value(QStringLiteral("family_id")).toString();
}

int FamiliesModel::cachedRowOf(const QString& familyId) const
{
    if (familyId.isEmpty())
        return -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).value(QStringLiteral("family_id")).toString() == familyId) {
                const int row = it.key() * m_pageSize + static_cast<int>(i);
                return row < m_count ? row : -1;
            }
        }
    }
    return -1;
}

int FamiliesModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page& held : m_pages)
        rows += static_cast<int>(held.rows.size());
    return rows;
}

QVariant FamiliesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case FamilyIdRole:
    case ValueRole:
        break;
    case Qt::TextAlignmentRole:
        return columnInfo(index.column()).number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
    const QJsonObject row = family(index.row());
    if (row.isEmpty())
        return {};
    switch (role) {
    case FamilyIdRole:
        return row.value(QStringLiteral("family_id")).toString();
    case ValueRole:
        return row.value(valueColumnFor(index.column())).toVariant();
    case Qt::ForegroundRole:
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("withdrawn"))
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == BalanceColumn &&
            row.value(QStringLiteral("balance_cents")).toInteger() > 0)
            return QColor(0xb0, 0x2a, 0x1e);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList lines{row.value(QStringLiteral("family_name")).toString()};
            const QString parent = row.value(QStringLiteral("parent_name")).toString();
            if (!parent.isEmpty())
                lines << parent;
            const QString email = row.value(QStringLiteral("email")).toString();
            if (!email.isEmpty())
                lines << email;
            return lines.join(u'\n');
        }
        if (index.column() == ChildrenColumn) {
            QStringList names;
            for (const QJsonValue& name : row.value(QStringLiteral("children_names")).toArray())
                names << name.toString();
            return names.isEmpty() ? QVariant() : QVariant(names.join(QStringLiteral(", ")));
        }
        return {};
    default:
        return display(row, index.column());
    }
}

QVariant FamiliesModel::display(const QJsonObject& row, int column) const
{
    const QJsonValue value = row.value(valueColumnFor(column));
    switch (column) {
    case NameColumn:
        return value.toString();
    case StatusColumn:
        return CodeLabels::familyStatus(value.toString());
    case ChildrenColumn:
    case EngagementColumn:
    case RiskColumn:
        return QLocale().toString(value.toInteger());
    case TotalPaidColumn:
    case BalanceColumn:
        return FamilyText::amount(value.toInteger());
    case LastPaymentColumn:
        return FamilyText::date(value);
    case TierColumn:
        return CodeLabels::riskTier(value.toString());
    case CoordinatorColumn:
        return FamilyText::text(value);
    default:
        return {};
    }
}

QVariant FamiliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return columnInfo(section).number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Family");
    case StatusColumn:
        return tr("Status");
    case ChildrenColumn:
        return tr("Children");
    case TotalPaidColumn:
        return m_currencyCode.isEmpty() ? tr("Total paid")
                                        : tr("Total paid (%1)").arg(m_currencyCode);
    case BalanceColumn:
        return m_currencyCode.isEmpty() ? tr("Balance") : tr("Balance (%1)").arg(m_currencyCode);
    case LastPaymentColumn:
        return tr("Last payment");
    case EngagementColumn:
        return tr("Engagement");
    case RiskColumn:
        return tr("Risk");
    case TierColumn:
        return tr("Tier");
    case CoordinatorColumn:
        return tr("Coordinator");
    default:
        return {};
    }
}

void FamiliesModel::refresh()
{
    if (!m_queries)
        return;
    int newCount = 0;
    QHash<int, Page> fresh;
    try {
        ++m_queriesRun;
        newCount = static_cast<int>(m_queries->countFamilies(m_filter));
        // The held pages, read again: consecutive pages in one query.
        QList<int> held = m_pages.keys();
        std::sort(held.begin(), held.end());
        const int pageCount = (newCount + m_pageSize - 1) / m_pageSize;
        for (qsizetype i = 0; i < held.size();) {
            const int first = held.at(i);
            qsizetype j = i;
            while (j + 1 < held.size() && held.at(j + 1) == held.at(j) + 1)
                ++j;
            const int last = std::min(held.at(j), pageCount - 1);
            if (first <= last) {
                const QList<QJsonObject> rows =
                    readRows(qint64{first} * m_pageSize, qint64{last - first + 1} * m_pageSize);
                for (int p = first; p <= last; ++p) {
                    Page page;
                    page.rows = rows.mid(qsizetype{p - first} * m_pageSize, m_pageSize);
                    page.lastUse = m_pages.value(p).lastUse;
                    fresh.insert(p, page);
                }
            }
            i = j + 1;
        }
        m_error.clear();
    } catch (const StorageError& error) {
        m_error = error.message();
        reportError(m_error);
        return;
    }

    // Membership first: rows come and go at the end; what moved inside the
    // table is reported as changed data below.
    const int oldCount = m_count;
    if (newCount > m_count) {
        beginInsertRows({}, m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
    } else if (newCount < m_count) {
        beginRemoveRows({}, newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }

    const QHash<int, Page> old = std::exchange(m_pages, fresh);
    QList<int> touched = old.keys();
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!old.contains(it.key()))
            touched << it.key();
    }
    std::sort(touched.begin(), touched.end());
    for (const int p : touched) {
        const QList<QJsonObject> before = old.value(p).rows;
        const QList<QJsonObject> after = fresh.value(p).rows;
        const int firstRow = p * m_pageSize;
        const int end = std::min(firstRow + m_pageSize, m_count);
        int runStart = -1;
        for (int row = firstRow; row <= end; ++row) {
            const qsizetype i = row - firstRow;
            const bool changed = row < end && (i >= before.size() || i >= after.size() ||
                                               before.at(i) != after.at(i));
            if (changed && runStart < 0) {
                runStart = row;
            } else if (!changed && runStart >= 0) {
                emit dataChanged(index(runStart, 0), index(row - 1, ColumnCount - 1));
                runStart = -1;
            }
        }
    }
    if (oldCount != m_count)
        emit countChanged(m_count);
    emit refreshed();
}

} // namespace coopdesk
