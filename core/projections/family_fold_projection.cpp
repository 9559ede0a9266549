#include "family_fold_projection.h"

namespace coopdesk {

FamilyFoldProjection::FamilyFoldProjection(SqliteConnection& views, const QString& suffix,
                                           const char* stateTable)
    : Projection(views, suffix)
    , m_records(views, sql(stateTable))
{}

void FamilyFoldProjection::createTables()
{
    m_records.create();
    createOwnTables();
}

void FamilyFoldProjection::apply(const RecordedEvent& event, const QJsonObject& data)
{
    const bool seen = m_before.contains(event.streamId) || m_new.contains(event.streamId);
    bool created = false;
    FamilyRecord& record = m_records.edit(event.streamId, &created);
    if (!seen) {
        if (created)
            m_new.insert(event.streamId);
        else
            m_before.insert(event.streamId, record);
    }
    const SettlementChange change = applyFamilyEvent(record, event, data);
    settlementChanged(event, data, record, change);
    m_changes.families.insert(event.streamId);
}

const FamilyRecord* FamilyFoldProjection::before(const QString& familyId) const
{
    const auto found = m_before.constFind(familyId);
    return found == m_before.constEnd() ? nullptr : &found.value();
}

void FamilyFoldProjection::flush()
{
    for (const QString& familyId : m_records.dirtyKeys())
        write(before(familyId), m_records.cached(familyId));
    m_records.flush();
    m_before.clear();
    m_new.clear();
}

void FamilyFoldProjection::followBatch(const FamilyFoldProjection& leader)
{
    for (const QString& familyId : leader.m_records.dirtyKeys()) {
        write(leader.before(familyId), leader.m_records.cached(familyId));
        m_changes.families.insert(familyId);
    }
}

void FamilyFoldProjection::dropOwnRecords()
{
    discard();
    m_views.execute(QByteArray("DELETE FROM " + m_records.table()).constData());
}

void FamilyFoldProjection::seedFrom(const FamilyFoldProjection& leader)
{
    dropOwnRecords();
    m_views.execute(QByteArray("INSERT INTO " + m_records.table() +
                               " (key, state) SELECT key, "
                               "state FROM " +
                               leader.m_records.table())
                        .constData());
}

void FamilyFoldProjection::discard()
{
    m_records.discard();
    m_before.clear();
    m_new.clear();
    m_changes = {};
}

void FamilyFoldProjection::settlementChanged(const RecordedEvent&, const QJsonObject&,
                                             const FamilyRecord&, const SettlementChange&)
{}

} // namespace coopdesk
