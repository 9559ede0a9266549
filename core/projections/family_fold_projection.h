#pragma once

#include "projection.h"
#include "state_table.h"

#include <QHash>

namespace coopdesk {

// The base of the projections that render one family's folded record
// (domain/family_record.h) into their tables: the family read model, the
// at-risk list, search. Each can keep its own copy of the records, fold
// every event into it, and at flush() write the families the batch touched,
// knowing how each looked before the batch.
//
// Folding and storing a record per family three times was most of a
// catch-up's time, so a projection whose checkpoint, status and skips are
// those of the family read model may follow it instead (fold_followers.h):
// the leader folds the batch once, followBatch() writes the follower's
// tables from the leader's before and after, and the follower's own record
// table stays empty until it leaves (then seedFrom() copies the leader's).
class FamilyFoldProjection : public Projection
{
public:
    FamilyFoldProjection(SqliteConnection& views, const QString& suffix, const char* stateTable);

    void createTables() override;
    void apply(const RecordedEvent& event, const QJsonObject& data) override;
    void flush() override;
    void discard() override;

    // As a follower: writes what the leader's unflushed batch changed.
    void followBatch(const FamilyFoldProjection& leader);
    // Starts following: the own records are the leader's from now on.
    void dropOwnRecords();
    // Stops following: the own records become a copy of the leader's (both
    // at the same position, the leader flushed).
    void seedFrom(const FamilyFoldProjection& leader);

protected:
    virtual void createOwnTables() = 0;
    // `before` is null for a family enrolled in this batch.
    virtual void write(const FamilyRecord* before, const FamilyRecord& after) = 0;
    // What the event changed in the family's settlement, for projections
    // that keep charges or payments; `after` is the record with it applied.
    virtual void settlementChanged(const RecordedEvent& event, const QJsonObject& data,
                                   const FamilyRecord& after, const SettlementChange& change);

private:
    const FamilyRecord* before(const QString& familyId) const;

    StateTable<FamilyRecord> m_records;
    QHash<QString, FamilyRecord> m_before; // as each touched family was before the batch
    QSet<QString> m_new;                   // families first seen in this batch
};

} // namespace coopdesk
