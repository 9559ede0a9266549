#pragma once

#include "domain/family_state.h"
#include "sqlite_connection.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

// The command side's tables (command_side_tables.h) as one write
// transaction of a co-op file reads and changes them. A family's state and
// each reservation asked about are read once and then kept; what the
// transaction's events change is written once per family and per
// reservation, just before the commit, instead of after every event. An
// import touches a family many times in one transaction.
//
// Only the transaction that made it may use it: no one else writes these
// tables meanwhile (the write lock is held), so what it keeps stays true.
namespace coopdesk::commandside {

class SessionTables
{
public:
    explicit SessionTables(SqliteConnection& coop)
        : m_coop(coop)
    {}

    // As commandside::loadFamily: reservations empty.
    FamilyState loadFamily(const QString& familyId);
    std::optional<Reservation> reservation(const QString& familyId, const ReservedId& reserved);

    // The family's state after an event, with what the event took and gave back.
    void record(const FamilyState& after, const QList<Reservation>& taken,
                const QList<ReservedId>& released);

    // Writes every change kept so far, in key order. Inside the transaction,
    // before its commit.
    void flush();

private:
    struct Family
    {
        FamilyState state; // reservations left empty
        bool changed = false;
        // Read as version 0: the file holds no reservation for it, so what
        // `known` does not hold, it does not have.
        bool newInFile = false;
        QHash<ReservedId, std::optional<Reservation>> known;
        QSet<ReservedId> changedIds;
    };

    Family& family(const QString& familyId);

    SqliteConnection& m_coop;
    QHash<QString, Family> m_families;
};

} // namespace coopdesk::commandside
