#pragma once

#include "projection.h"
#include "state_table.h"

#include <QHash>

namespace coopdesk {

// The base of the projections that render one family's folded record
// (domain/family_record.h) into their tables: the family read model, the
// at-risk list, search. Each keeps its own copy of the records (projections
// are independent), folds every event into it, and at flush() writes the
// families the batch touched, knowing how each looked before the batch.
class FamilyFoldProjection : public Projection
{
public:
    FamilyFoldProjection(SqliteConnection& views, const QString& suffix, const char* stateTable);

    void createTables() override;
    void apply(const RecordedEvent& event, const QJsonObject& data) override;
    void flush() override;
    void discard() override;

protected:
    virtual void createOwnTables() = 0;
    // `before` is null for a family enrolled in this batch.
    virtual void write(const FamilyRecord* before, const FamilyRecord& after) = 0;
    // What the event changed in the family's settlement, for projections
    // that keep charges or payments; `after` is the record with it applied.
    virtual void settlementChanged(const RecordedEvent& event, const QJsonObject& data,
                                   const FamilyRecord& after, const SettlementChange& change);

private:
    StateTable<FamilyRecord> m_records;
    QHash<QString, FamilyRecord> m_before; // as each touched family was before the batch
    QSet<QString> m_new;                   // families first seen in this batch
};

} // namespace coopdesk
