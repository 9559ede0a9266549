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
    TempPgServer();
    ~TempPgServer();
    TempPgServer(const TempPgServer&) = delete;
    TempPgServer& operator=(const TempPgServer&) = delete;

    // False, with problem() saying why, when the server did not start.
    bool isRunning() const { return m_running; }
    QString problem() const { return m_problem; }
    QString socketDir() const { return m_dir.path(); }

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
    bool m_asRoot = false;
    bool m_running = false;
    QString m_problem;

public:
    // Stops the server (pg_ctl -m fast -w: clients are cut off) and starts
    // it again on the same folder, for tests of a server that goes away.
    bool stop();
    bool start();
};

} // namespace coopdesk::test
