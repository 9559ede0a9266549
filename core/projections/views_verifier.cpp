#include "views_verifier.h"

#include "projector.h"
#include "views_file.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace coopdesk {

namespace {

// What is compared: every table a screen or query reads, as rows. The
// search index is compared by family (its document ids may differ).
struct Comparison
{
    const char* table;
    const char* select; // {db} is the database alias
};

const Comparison comparisons[] = {
    {"family_read_model", "SELECT * FROM {db}.family_read_model"},
    {"family_charges", "SELECT * FROM {db}.family_charges"},
    {"family_payments", "SELECT * FROM {db}.family_payments"},
    {"risk_tier_summary", "SELECT * FROM {db}.risk_tier_summary WHERE families > 0"},
    {"payment_analytics_view", "SELECT * FROM {db}.payment_analytics_view"},
    {"payment_analytics_open_charges", "SELECT * FROM {db}.payment_analytics_open_charges"},
    {"cash_receipts_view", "SELECT * FROM {db}.cash_receipts_view"},
    {"at_risk_families_view", "SELECT * FROM {db}.at_risk_families_view"},
    {"activity_log", "SELECT * FROM {db}.activity_log"},
    {"family_search",
     "SELECT d.family_id, s.family_name, s.parent_name, s.email, s.children "
     "FROM {db}.family_search s JOIN {db}.family_search_docs d ON d.doc = s.rowid"},
};

QByteArray selectFrom(const char* select, const char* alias)
{
    return QByteArray(select).replace("{db}", alias);
}

// The first row of `a EXCEPT b`, as JSON text, or empty.
QString firstRowOnlyIn(SqliteConnection& connection, const Comparison& comparison, const char* a,
                       const char* b)
{
    const QByteArray sql = "SELECT * FROM (" + selectFrom(comparison.select, a) + " EXCEPT " +
                           selectFrom(comparison.select, b) + ") LIMIT 1";
    Query query = connection.query(sql.constData());
    if (!query.next())
        return {};
    return QString::fromUtf8(QJsonDocument(query.row()).toJson(QJsonDocument::Compact));
}

} // namespace

ViewsReport verifyReadModels(const StoreLocation& location, const Clock& clock)
{
    QTemporaryDir scratch;
    const QString freshPath = scratch.filePath(QStringLiteral("fresh.coop-views"));
    Projector live(location, clock);
    Projector fresh(location, clock, Projector::Options{5000, 20000}, freshPath);
    // A rebuild honours every skip recorded in the store (SPEC 6): the
    // fresh views copy them on open, as the live ones did (opened first, the
    // live ones record any skip an older version kept only in them).
    live.open();
    fresh.open();
    // Both at the same head (appends may land meanwhile: go again). Not
    // "at the same position": a projection stopped by a poison event never
    // reaches the head, in either file.
    qint64 head = 0;
    do {
        head = live.headPosition();
        live.catchUp();
        fresh.catchUp();
    } while (live.headPosition() != head);

    ViewsReport report;
    report.position = live.projectedPosition();
    SqliteConnection connection(live.viewsPath(), SqliteConnection::Mode::ReadOnly);
    Query attach = connection.query("ATTACH DATABASE ? AS fresh");
    attach.bind(1, freshPath).run();
    for (const Comparison& comparison : comparisons) {
        const QString onlyLive = firstRowOnlyIn(connection, comparison, "main", "fresh");
        const QString onlyFresh = firstRowOnlyIn(connection, comparison, "fresh", "main");
        if (onlyLive.isEmpty() && onlyFresh.isEmpty())
            continue;
        report.ok = false;
        report.difference = QCoreApplication::translate(
                                "Projector", "%1 differs from a fresh rebuild at position %2: "
                                             "read model has %3, rebuild has %4")
                                .arg(QString::fromLatin1(comparison.table))
                                .arg(report.position)
                                .arg(onlyLive.isEmpty() ? QStringLiteral("nothing") : onlyLive,
                                     onlyFresh.isEmpty() ? QStringLiteral("nothing") : onlyFresh);
        break;
    }
    connection.execute("DETACH DATABASE fresh");
    return report;
}

} // namespace coopdesk
