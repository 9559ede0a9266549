#include "audit_check.h"

#include "hash_chain.h"
#include "sqlite_event_store.h"

#include <QCoreApplication>

#include <limits>

namespace coopdesk {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time (a free tr() helper would be filed under the namespace by lupdate).
struct AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

bool triggerGuards(SqliteConnection& connection, const char* name, const char* operation)
{
    Query query = connection.query("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = ? AND tbl_name = 'events'");
    query.bind(1, QString::fromLatin1(name));
    if (!query.next())
        return false;
    const QString sql = query.text(0).simplified();
    return sql.contains(QStringLiteral("BEFORE %1 ON events").arg(QLatin1String(operation))) &&
           sql.contains(QStringLiteral("RAISE(ABORT"));
}

AuditReport broken(qint64 checked, qint64 position, const QString& problem)
{
    return {false, checked, position, problem};
}

// Walks the hash chain from position 1 and names the first position that
// does not match.
AuditReport walkChain(SqliteEventStore& store, const std::function<bool(qint64, qint64)>& progress)
{
    const qint64 total = store.connection().scalar("SELECT count(*) FROM events");
    QByteArray previousHash;
    qint64 checked = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        const QList<RecordedEvent> events = store.readAfter(after, 10000);
        if (events.isEmpty())
            break;
        for (const RecordedEvent& event : events) {
            const qint64 expected = checked + 1;
            if (event.position != expected)
                return broken(
                    checked, expected,
                    AuditTrail::tr("Position %1 is missing: the event there was deleted or "
                                   "renumbered")
                        .arg(expected));
            if (eventHash(previousHash, event) != event.hash)
                return broken(
                    checked, event.position,
                    AuditTrail::tr("The event at position %1 does not match its hash: it was "
                                   "edited or inserted outside CoopDesk")
                        .arg(event.position));
            previousHash = event.hash;
            ++checked;
        }
        after = events.last().position;
        if (progress && !progress(checked, total))
            return {false, checked, std::nullopt, AuditTrail::tr("Verification cancelled")};
    }
    return {true, checked, std::nullopt, {}};
}

bool appendOnlyGuardsInPlace(SqliteConnection& connection)
{
    return triggerGuards(connection, "events_are_append_only_update", "UPDATE") &&
           triggerGuards(connection, "events_are_append_only_delete", "DELETE") &&
           triggerGuards(connection, "events_are_append_only_replace", "INSERT");
}

} // namespace

// The chain is walked first: whoever dropped the triggers did so to edit
// events, and the position they edited is what the user needs to know.
AuditReport verifyAuditTrail(SqliteEventStore& store,
                             const std::function<bool(qint64, qint64)>& progress)
{
    // Damaged pages first: SQLite's own check of every page and index,
    // which the chain walk alone would not read.
    {
        Query check = store.connection().query("PRAGMA quick_check(1)");
        const QString result = check.next() ? check.text(0) : QString();
        if (result != QLatin1String("ok"))
            throw StorageError(StorageError::Kind::Corrupt,
                               AuditTrail::tr("%1 is damaged (%2); restore it from a backup")
                                   .arg(store.path(), result));
    }
    AuditReport report = walkChain(store, progress);
    if (!report.ok && !report.firstBadPosition)
        return report; // cancelled
    if (!appendOnlyGuardsInPlace(store.connection())) {
        const QString missing =
            AuditTrail::tr("The append-only protection of the events table is missing or altered");
        report.ok = false;
        report.problem = report.problem.isEmpty() ? missing : report.problem + u' ' + missing;
    }
    return report;
}

} // namespace coopdesk
