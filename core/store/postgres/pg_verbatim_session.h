#pragma once

#include "pg_connection.h"
#include "store/command_side_fold.h"
#include "store/event_store.h"

// A copy's rows written into a server co-op as given (SPEC 12.4), in the
// transaction that holds the head row; the command side's tables are
// folded from the events and written at the end.
namespace coopdesk {

class PgVerbatimSession final : public VerbatimSession
{
public:
    explicit PgVerbatimSession(PgConnection& connection);

    void insertEvent(const RecordedEvent& event) override;
    void rememberCommand(const AcceptedCommandRow& row) override;
    void insertSkip(const SkipRecord& skip) override;

    // The command side's tables, then the head moved to the last event.
    void finish();

private:
    PgConnection& m_connection;
    qint64 m_head = 0;
    QByteArray m_headHash;
    commandside::Fold m_fold;
};

// Only the schema's owner may insert events recorded by other roles, their
// user ids kept (SPEC 12.2): the server refuses anyone else's.
bool isSchemaOwner(PgConnection& connection);

} // namespace coopdesk
