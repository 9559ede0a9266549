#pragma once

#include "store/event_store.h"
#include "store/json_row_layout.h"
#include "store/sqlite_connection.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coopdesk {

class SearchPlanner;
struct SearchMatch;

// Filters of the Families table (any may be empty: no filter).
struct FamilyFilter
{
    QString status; // enrolled | withdrawn
    QString tier;   // low | medium | high | critical
    QString search; // the search box's term
};

// How the Families table is sorted: a family_read_model column.
struct FamilySort
{
    QString column = QStringLiteral("family_name");
    bool descending = false;
};

// Filters of the Activity screen's event log (any may be empty).
struct ActivityFilter
{
    QString eventType;
    QString userId;
    QString familyId;
    QDate from; // recorded on or after (UTC date)
    QDate to;   // recorded on or before
    // Only events at or before this position (0: no bound). A windowed
    // view pins it so its offsets do not shift as new events arrive.
    qint64 upToPosition = 0;
};

// Every read of SPEC 5, on read-only connections to the views file and the
// store, opened in (and used from) the calling thread. Rows come back
// as JSON objects keyed by the read-model column names, JSON columns parsed.
// Whatever depends on "today" takes an explicit `asOf`. Throws StorageError.
class QueryService
{
public:
    // The views file is viewsfile::pathFor(location, storeId) unless given.
    explicit QueryService(const StoreLocation& location, const QString& viewsPath = {});
    ~QueryService();

    std::optional<QJsonObject> getFamily(const QString& familyId);
    QList<QJsonObject> listFamilies(const FamilyFilter& filter, const FamilySort& sort,
                                    qint64 offset, qint64 limit);
    qint64 countFamilies(const FamilyFilter& filter);
    QList<QJsonObject> familyCharges(const QString& familyId);
    // The family's live payments (family_payments), oldest first.
    QList<QJsonObject> familyPayments(const QString& familyId);
    QList<QJsonObject> listAtRiskFamilies(int minRisk, QDate asOf, qint64 limit = -1);
    QList<QJsonObject> getFamiliesByRiskTier();
    // Months as YYYY-MM; empty means no bound. Newest first.
    QList<QJsonObject> getPaymentAnalytics(const QString& fromMonth, const QString& toMonth,
                                           QDate asOf);
    // cash_receipts_view (SPEC 4.6) in range; empty means no bound. Newest first.
    QList<QJsonObject> getCashReceipts(const QString& fromMonth, const QString& toMonth);
    // What families hold on account, paid beyond their charges:
    // {"families": N, "credit_cents": C}.
    QJsonObject creditOnAccount();
    // getOverdueFamilies (SPEC 5): each family (withdrawn included) with a
    // live charge unsettled and due before asOf, oldest due date first.
    QList<QJsonObject> getOverdueFamilies(QDate asOf);
    // Per charge month in range (empty: no bound), the remaining cents of its
    // live charges unsettled and due before asOf; months with none left out.
    QHash<QString, qint64> overdueCentsByMonth(const QString& fromMonth, const QString& toMonth,
                                               QDate asOf);
    // What Charge Tuition to All Families reads (commands/charge_all.h):
    // each enrolled family in family_name order with family_id, family_name,
    // parent_name, children_count, holds_charge (it holds a live charge
    // `chargeId`), other_charges (the ids of its other live charges of
    // `month`, an array) and last_amount_cents (its latest live charge of a
    // month before `month`, null when none).
    QList<QJsonObject> chargeAllCandidates(const QString& month, const QString& chargeId);
    QList<QJsonObject> searchFamilies(const QString& term, int limit = 50);
    QList<QJsonObject> familyHistory(const QString& familyId);
    QList<QJsonObject> projectionStatus(const QDateTime& now);
    QList<QJsonObject> activity(const ActivityFilter& filter, qint64 offset, qint64 limit);
    qint64 countActivity(const ActivityFilter& filter);
    QStringList activityUsers();
    // Events skipped by a projection (SPEC 6: who, when, which event),
    // newest first: projection_name, position, event_id, event_type,
    // error, skipped_by, skipped_at.
    QList<QJsonObject> skippedEvents();
    qint64 headPosition();

    // The columns a family row may be sorted by.
    static const QStringList& sortableColumns();
    // Column order of each result, for output (SPEC 4 and 5).
    static const QStringList& atRiskColumns();
    static const QStringList& tierColumns();
    static const QStringList& paymentColumns();
    static const QStringList& receiptColumns();
    static const QStringList& overdueColumns();
    static const QStringList& statusColumns();
    static const QStringList& activityColumns();

private:
    QJsonObject familyRow(const Query& query) const;
    QString familyWhere(const FamilyFilter& filter, const std::optional<SearchMatch>& search) const;
    void bindFamilyFilter(Query& query, const FamilyFilter& filter,
                          const std::optional<SearchMatch>& search) const;
    QString activityWhere(const ActivityFilter& filter) const;
    void bindActivityFilter(Query& query, const ActivityFilter& filter) const;

    std::unique_ptr<SqliteConnection> openViews() const;
    // SPEC 10: a views file deleted or replaced under this service is
    // noticed (one stat() a read) and the one now at its path is read.
    void followViewsFile();

    QString m_viewsPath;
    std::unique_ptr<SqliteConnection> m_views;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<SearchPlanner> m_searchPlanner;
    JsonRowLayout m_familyLayout; // the family_read_model row of familySelect()
    // Statement texts built from whitelisted pieces, kept alive for the cache.
    QHash<QString, QByteArray> m_sql;
    const char* statement(const QString& text);
};

} // namespace coopdesk
