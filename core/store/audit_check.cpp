#include "audit_check.h"

#include "hash_chain.h"

#include <limits>

namespace coopdesk {

namespace {

AuditReport broken(qint64 checked, qint64 position, const QString& problem)
{
    return {false, checked, position, problem};
}

} // namespace

AuditReport walkHashChain(EventStore& store, const AuditProgress& progress)
{
    const qint64 total = store.headPosition();
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

} // namespace coopdesk
