#pragma once

#include <QString>

#include <stdexcept>

namespace coopdesk {

// A failure of the database underneath: a file that is not a co-op file,
// corruption, a lock held too long, a read-only file, a full disk, a
// co-op's server that went away (Unreachable: worth retrying by itself).
// Thrown inside core/store and core/projections; turned into a value
// (a `storage` error, exit code 3) at the command bus and the tools.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        NotCoopFile,
        NewerSchema,
        Corrupt,
        Locked,
        ReadOnly,
        DiskFull,
        Io,
        Unreachable,
        Other
    };

    StorageError(Kind kind, const QString& message, int sqliteCode = 0);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }

    // The server asked for a password the location did not give (libpq's
    // PQconnectionNeedsPassword): the app may ask the user for one.
    bool needsPassword() const { return m_needsPassword; }
    void setNeedsPassword(bool needed) { m_needsPassword = needed; }
    // A connection failed after the server took a password (libpq's
    // PQconnectionUsedPassword): most often, the server refused it.
    bool passwordRefused() const { return m_passwordRefused; }
    void setPasswordRefused(bool refused) { m_passwordRefused = refused; }

private:
    Kind m_kind;
    QString m_message;
    int m_sqliteCode;
    bool m_needsPassword = false;
    bool m_passwordRefused = false;
};

} // namespace coopdesk
