#include "pg_verbatim_session.h"

#include "pg_rows.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

PgVerbatimSession::PgVerbatimSession(PgConnection& connection)
    : m_connection(connection)
{}

void PgVerbatimSession::insertEvent(const RecordedEvent& event)
{
    if (event.position != m_head + 1)
        throw StorageError(StorageError::Kind::Other,
                           Storage::tr("Position %1 cannot follow position %2 on %3")
                               .arg(event.position)
                               .arg(m_head)
                               .arg(m_connection.location().toString()));
    pgrows::insertEvent(m_connection, event);
    m_head = event.position;
    m_headHash = event.hash;
    m_fold.add(event);
}

void PgVerbatimSession::rememberCommand(const AcceptedCommandRow& row)
{
    pgrows::insertAcceptedCommand(m_connection, row.commandId, row.accepted);
}

void PgVerbatimSession::insertSkip(const SkipRecord& skip)
{
    pgrows::insertSkip(m_connection, skip);
}

void PgVerbatimSession::finish()
{
    commandside::saveFold(m_connection, m_fold);
    if (m_head != 0)
        pgrows::moveHead(m_connection, m_head, m_headHash);
}

bool isSchemaOwner(PgConnection& connection)
{
    PgQuery owner = connection.query(
        "SELECT pg_get_userbyid(nspowner) = session_user FROM pg_namespace WHERE nspname = $1");
    owner.bind(1, QStringLiteral("coopdesk"));
    return owner.next() && owner.boolean(0);
}

} // namespace coopdesk
