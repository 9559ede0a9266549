#pragma once

#include "store/postgres/pg_connection.h"
#include "store/store_location.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace coopdesk::test {

// A throwaway PostgreSQL cluster for one test program (SPEC 12.6): initdb
// into a temporary folder, started on a Unix socket in that folder (no TCP
// port), stopped and removed when the object dies. Run as root, the server
// runs as the `postgres` system user (runuser), as it must. The desks' data
// folder (XDG_DATA_HOME, where a server co-op's views files live) is
// pointed into the same folder, for this process and the ones it starts.
class TempPgServer
{
public:
    // Throwaway (the tests): fsync off. Durable (the benchmarks, SPEC 12.5):
    // the server's defaults, each commit flushed to disk.
    enum class Durability { Throwaway, Durable };

    explicit TempPgServer(Durability durability = Durability::Throwaway);
    ~TempPgServer();
    TempPgServer(const TempPgServer&) = delete;
    TempPgServer& operator=(const TempPgServer&) = delete;

    // False, with problem() saying why, when the server did not start.
    bool isRunning() const { return m_running; }
    QString problem() const { return m_problem; }
    QString socketDir() const { return m_dir.path(); }

    // The server shut down (`pg_ctl stop -m fast`, ending every session) and
    // started again, its databases kept: a restart under running desks.
    bool stop();
    bool start();

    // Creates an empty database; returns its location as libpq keywords
    // (`host=SOCKET_DIR dbname=NAME user=postgres`). `name`: [a-z0-9_] only.
    StoreLocation createDatabase(const QString& name);
    // The same database as a postgresql:// URI.
    StoreLocation uriOf(const QString& name) const;
    StoreLocation locationOf(const QString& name) const;

    // A connection as the server's superuser, for what a test does behind
    // CoopDesk's back (tampering, a foreign schema).
    std::unique_ptr<PgConnection> connectAsSuperuser(const QString& database) const;

private:
    bool run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    Durability m_durability;
    bool m_asRoot = false;
    bool m_running = false;
    QString m_problem;

public:
    // The database `name` as the login role `role` names it.
    StoreLocation locationAs(const QString& name, const QString& role) const;
    // A login role (no password: the throwaway server trusts its socket),
    // made a member of `group` unless it is empty. Plain names only.
    void createLoginRole(const QString& role, const QString& group = {});
    // A login role that must give `password` (a scram-sha-256 rule for it
    // ahead of the socket's trust in pg_hba.conf), a member of `group`
    // unless it is empty. The server is restarted, so that the rule
    // certainly applies to the next connection (a reload is only a signal).
    // Plain names and passwords ([A-Za-z0-9_-]) only.
    bool createPasswordRole(const QString& role, const QString& password,
                            const QString& group = {});
};

} // namespace coopdesk::test
