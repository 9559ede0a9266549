#pragma once

#include "store/storage_error.h"
#include "store/store_location.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace coopdesk {

class PgConnection;

// A statement's answer: the rows of a query, all in memory. Owns the result.
class PgResult
{
public:
    explicit PgResult(pg_result* result = nullptr);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const;
    bool boolean(int row, int column) const; // PostgreSQL's 't' / 'f'
    pg_result* handle() const { return m_result; }

private:
    pg_result* m_result;
};

// One use of a statement, shaped as SQLite's Query (bind, then next() row
// by row or run()), so the SQL the two stores share is written once
// (command_side_sql.h). Parameters are $1, $2 … and 1-based.
class PgQuery
{
public:
    PgQuery(PgConnection& connection, const char* sql);

    PgQuery& bind(int index, const QString& text);
    PgQuery& bind(int index, const QByteArray& utf8Text);
    PgQuery& bind(int index, const char* utf8Text) = delete;
    PgQuery& bind(int index, qint64 value);
    PgQuery& bind(int index, int value) { return bind(index, qint64{value}); }
    PgQuery& bind(int index, const std::optional<QString>& text);
    PgQuery& bindNull(int index);

    // Runs the statement on the first call; true while there is a row.
    bool next();
    // Runs the statement, its rows not needed: inside a pipeline
    // (PgPipeline) it is only queued, and a failure shows at the next sync.
    void run();
    PgResult result();

    bool isNull(int column) const { return m_result.isNull(m_row, column); }
    qint64 integer(int column) const { return m_result.integer(m_row, column); }
    QString text(int column) const { return m_result.text(m_row, column); }
    QByteArray bytes(int column) const { return m_result.bytes(m_row, column); }
    bool boolean(int column) const { return m_result.boolean(m_row, column); }

private:
    void ensureSize(int index);

    PgConnection& m_connection;
    const char* m_sql;
    std::vector<std::optional<QByteArray>> m_values;
    PgResult m_result;
    bool m_ran = false;
    int m_row = -1;
};

// A connection to a co-op's PostgreSQL server, used by one thread only (the
// one that opened it, ARCHITECTURE rule 4). Statements are prepared once per
// connection and reused; every failure becomes a StorageError naming the
// server (without its password).
class PgConnection
{
public:
    // Connects; throws StorageError when the server cannot be reached or
    // refuses the login.
    explicit PgConnection(const StoreLocation& location);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    const StoreLocation& location() const { return m_location; }
    // The database's name as the server knows it.
    QString databaseName() const;

    PgQuery query(const char* sql) { return PgQuery(*this, sql); }
    // Prepares `sql` once, then runs it with `values` (text, or null) and
    // returns its rows; inside a pipeline, after all that was queued.
    PgResult execute(const char* sql, const std::vector<std::optional<QByteArray>>& values);
    // The same when the rows are not needed: inside a pipeline, queued.
    void run(const char* sql, const std::vector<std::optional<QByteArray>>& values);
    // Rows needed later: inside a pipeline, queued, the rows in the result
    // once the next sync has read them (a failure is thrown there).
    std::shared_ptr<PgResult> queueForRows(const char* sql,
                                           const std::vector<std::optional<QByteArray>>& values);
    // A script without parameters (DDL, BEGIN, COMMIT), possibly several
    // statements; inside a pipeline one statement only, queued.
    void executeScript(const char* sql);
    // The transaction commands, whose failure on a dropped connection is
    // not worth a second error: rolls back, ignoring failure.
    void rollbackQuietly() noexcept;

    // libpq's pipeline mode (PgPipeline): what is queued is sent without
    // waiting; sync() sends it all and reads every answer in one round trip,
    // throwing the first failure as that statement alone would have. The
    // server skips the statements after a failure, up to the sync.
    bool inPipeline() const { return m_pipelined; }
    void enterPipeline();
    void sync();
    void leavePipeline() noexcept;

    // The server went away (it restarted, the network dropped, it ended this
    // session): nothing more can be done on this connection. Reads what the
    // server sent meanwhile, without waiting, so a session it ended shows.
    bool isLost();

    // Asks the server for the notifications of `channel` (LISTEN).
    void listen(const char* channel);
    // Reads what the server sent without waiting, and drops the
    // notifications that arrived: true when there was at least one.
    // Throws StorageError when that shows the connection lost.
    bool takeNotifications();
    // The connection's socket, readable when the server has sent something;
    // -1 once the connection is lost.
    int socket() const;

    pg_conn* handle() const { return m_connection; }

private:
    // A queued statement whose answer the next sync reads.
    struct Queued
    {
        std::string preparedSql;           // a PREPARE's SQL, forgotten if it failed
        std::shared_ptr<PgResult> keptFor; // where queueForRows() wants the rows
    };

    // The statement's name, prepared now (queued in a pipeline) if new.
    std::string statementFor(const char* sql);
    void send(const std::string& statement, const std::vector<std::optional<QByteArray>>& values,
              std::shared_ptr<PgResult> keptFor = {});
    void sendScript(const char* sql);
    // Syncs and returns the answer of the last statement queued.
    PgResult syncForLast();
    StorageError lost() const;

    StoreLocation m_location;
    pg_conn* m_connection = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // SQL → statement name
    int m_statementsNamed = 0;
    bool m_pipelined = false;
    std::vector<Queued> m_queued;
};

// Pipeline mode on a connection while it lives (libpq "Pipeline Mode"): a
// write session's statements are queued, and only those whose rows it needs
// wait for an answer. Left with nothing pending, its failures ignored.
class PgPipeline
{
public:
    explicit PgPipeline(PgConnection& connection)
        : m_connection(connection)
    {
        m_connection.enterPipeline();
    }
    ~PgPipeline() { m_connection.leavePipeline(); }
    PgPipeline(const PgPipeline&) = delete;
    PgPipeline& operator=(const PgPipeline&) = delete;

private:
    PgConnection& m_connection;
};

// BEGIN … COMMIT on one connection; rolled back unless committed. Inside a
// pipeline, BEGIN goes with the first statement whose rows are needed, and
// commit() reads every answer queued before it sends the COMMIT.
class PgTransaction
{
public:
    PgTransaction(PgConnection& connection, const char* begin = "BEGIN");
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();

    void commit();

private:
    PgConnection& m_connection;
    bool m_done = false;
};

} // namespace coopdesk
