#include "pg_error.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace coopdesk::pgerror {

namespace {

// The context lupdate files these strings under, and the one looked up at
// run time.
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

bool connectionLost(const QByteArray& sqlState)
{
    // 08: connection exceptions; 57P01-03: the server shut down or restarts;
    // 25P03: this session idled inside a transaction past its timeout.
    return sqlState.startsWith("08") || sqlState == "57P01" || sqlState == "57P02" ||
           sqlState == "57P03" || sqlState == "25P03";
}

QString serverMessage(const pg_result* result, pg_conn* connection)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(connection));
    return text.trimmed();
}

} // namespace

StorageError::Kind kindOf(const QByteArray& sqlState)
{
    if (connectionLost(sqlState))
        return StorageError::Kind::Unreachable;
    // Waiting for another desk's lock, a statement cancelled by a timeout,
    // a deadlock or a serialization failure: try again.
    if (sqlState == "55P03" || sqlState == "57014" || sqlState == "40P01" || sqlState == "40001")
        return StorageError::Kind::Locked;
    if (sqlState == "42501" || sqlState == "25006")
        return StorageError::Kind::ReadOnly;
    if (sqlState == "53100")
        return StorageError::Kind::DiskFull;
    if (sqlState == "XX001" || sqlState == "XX002")
        return StorageError::Kind::Corrupt;
    return StorageError::Kind::Other;
}

StorageError fromResult(const StoreLocation& location, const pg_result* result, pg_conn* connection)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState(state ? state : "");
    const QString server = location.toString();
    const QString detail = serverMessage(result, connection);
    if (sqlState.isEmpty() || PQstatus(connection) != CONNECTION_OK || connectionLost(sqlState))
        return StorageError(StorageError::Kind::Unreachable,
                            Storage::tr("The connection to the co-op's server %1 was lost (%2); "
                                        "nothing unfinished was recorded: try again when the "
                                        "server can be reached")
                                .arg(server, detail));
    if (sqlState == appendOnlySqlState)
        return StorageError(StorageError::Kind::Other,
                            Storage::tr("The co-op's server %1 refused the change: its events "
                                        "are append-only (%2)")
                                .arg(server, detail));
    if (sqlState == otherUserSqlState)
        return StorageError(StorageError::Kind::Other,
                            Storage::tr("The co-op's server %1 refused the event: an event "
                                        "records the role that logged in, not another user "
                                        "(%2)")
                                .arg(server, detail));
    switch (kindOf(sqlState)) {
    case StorageError::Kind::Locked:
        return StorageError(StorageError::Kind::Locked,
                            Storage::tr("The co-op's server %1 is busy: another desk held the "
                                        "co-op too long (%2); try again")
                                .arg(server, detail));
    case StorageError::Kind::ReadOnly:
        return StorageError(StorageError::Kind::ReadOnly,
                            sqlState == "25006"
                                ? Storage::tr("The co-op on %1 was opened to read only: nothing "
                                              "can be recorded (%2)")
                                      .arg(server, detail)
                                : Storage::tr("This role may only read the co-op on %1: nothing "
                                              "can be recorded (%2)")
                                      .arg(server, detail));
    case StorageError::Kind::DiskFull:
        return StorageError(StorageError::Kind::DiskFull,
                            Storage::tr("The co-op's server %1 is out of disk space (%2); ask "
                                        "its administrator to make room")
                                .arg(server, detail));
    case StorageError::Kind::Corrupt:
        return StorageError(StorageError::Kind::Corrupt,
                            Storage::tr("The co-op's server %1 reports damaged data (%2); ask its "
                                        "administrator to restore it from a backup")
                                .arg(server, detail));
    default:
        return StorageError(StorageError::Kind::Other,
                            Storage::tr("The co-op's server %1 reported an error (SQLSTATE %2): %3")
                                .arg(server, QString::fromLatin1(sqlState), detail));
    }
}

StorageError fromConnect(const StoreLocation& location, pg_conn* connection)
{
    const QString detail =
        connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    StorageError error(StorageError::Kind::Io,
                       Storage::tr("Cannot connect to the co-op's server %1: %2")
                           .arg(location.toString(), detail));
    error.setNeedsPassword(connection && PQconnectionNeedsPassword(connection));
    error.setPasswordRefused(connection && PQconnectionUsedPassword(connection));
    return error;
}

} // namespace coopdesk::pgerror
