#include "pg_connection.h"

#include "pg_error.h"

#include <libpq-fe.h>

#include <utility>

namespace coopdesk {

// ---- PgResult

PgResult::PgResult(pg_result* result)
    : m_result(result)
{}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return PQgetvalue(m_result, row, column)[0] == 't';
}

// ---- PgQuery

PgQuery::PgQuery(PgConnection& connection, const char* sql)
    : m_connection(connection)
    , m_sql(sql)
{}

void PgQuery::ensureSize(int index)
{
    if (m_values.size() < static_cast<size_t>(index))
        m_values.resize(static_cast<size_t>(index));
}

PgQuery& PgQuery::bind(int index, const QString& text)
{
    return bind(index, text.toUtf8());
}

PgQuery& PgQuery::bind(int index, const QByteArray& utf8Text)
{
    ensureSize(index);
    m_values[static_cast<size_t>(index - 1)] = utf8Text;
    return *this;
}

PgQuery& PgQuery::bind(int index, qint64 value)
{
    return bind(index, QByteArray::number(value));
}

PgQuery& PgQuery::bind(int index, const std::optional<QString>& text)
{
    return text ? bind(index, *text) : bindNull(index);
}

PgQuery& PgQuery::bindNull(int index)
{
    ensureSize(index);
    m_values[static_cast<size_t>(index - 1)].reset();
    return *this;
}

bool PgQuery::next()
{
    if (!m_ran) {
        m_result = m_connection.execute(m_sql, m_values);
        m_ran = true;
    }
    ++m_row;
    return m_row < m_result.rows();
}

void PgQuery::run()
{
    m_connection.run(m_sql, m_values);
    m_ran = true;
}

PgResult PgQuery::result()
{
    if (!m_ran) {
        m_result = m_connection.execute(m_sql, m_values);
        m_ran = true;
    }
    return std::move(m_result);
}

// ---- PgConnection

namespace {

// Notices (a "does not exist, skipping") are for a person at psql, not for
// a desk's standard error.
void dropNotice(void*, const char*) {}

// A statement's values as libpq takes them: text, or null.
struct Parameters
{
    explicit Parameters(const std::vector<std::optional<QByteArray>>& values)
    {
        pointers.reserve(values.size());
        lengths.reserve(values.size());
        for (const std::optional<QByteArray>& value : values) {
            pointers.push_back(value ? value->constData() : nullptr);
            lengths.push_back(value ? static_cast<int>(value->size()) : 0);
        }
    }
    int count() const { return static_cast<int>(pointers.size()); }

    std::vector<const char*> pointers;
    std::vector<int> lengths;
};

bool succeeded(const PGresult* result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

PgConnection::PgConnection(const StoreLocation& location)
    : m_location(location)
{
    const QByteArray conninfo = location.connectionString().toUtf8();
    // The location is expanded where `dbname` stands: keywords before it are
    // defaults it may override, keywords after it are ours.
    const char* const keywords[] = {"connect_timeout", "fallback_application_name", "dbname",
                                    "client_encoding", nullptr};
    const char* const values[] = {"10", "coopdesk", conninfo.constData(), "UTF8", nullptr};
    m_connection = PQconnectdbParams(keywords, values, 1);
    if (!m_connection || PQstatus(m_connection) != CONNECTION_OK) {
        StorageError error = pgerror::fromConnect(location, m_connection);
        PQfinish(m_connection);
        throw error;
    }
    PQsetNoticeProcessor(m_connection, dropNotice, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

QString PgConnection::databaseName() const
{
    return QString::fromUtf8(PQdb(m_connection));
}

std::string PgConnection::statementFor(const char* sql)
{
    if (const auto found = m_prepared.find(sql); found != m_prepared.end())
        return found->second;
    const std::string name = "coopdesk_" + std::to_string(++m_statementsNamed);
    if (m_pipelined) {
        if (!PQsendPrepare(m_connection, name.c_str(), sql, 0, nullptr))
            throw lost();
        m_queued.push_back({sql, nullptr});
    } else {
        PgResult prepared(PQprepare(m_connection, name.c_str(), sql, 0, nullptr));
        if (!succeeded(prepared.handle()))
            throw pgerror::fromResult(m_location, prepared.handle(), m_connection);
    }
    m_prepared.emplace(sql, name);
    return name;
}

void PgConnection::send(const std::string& statement,
                        const std::vector<std::optional<QByteArray>>& values,
                        std::shared_ptr<PgResult> keptFor)
{
    const Parameters parameters(values);
    if (!PQsendQueryPrepared(m_connection, statement.c_str(), parameters.count(),
                             parameters.pointers.data(), parameters.lengths.data(), nullptr, 0))
        throw lost();
    m_queued.push_back({{}, std::move(keptFor)});
}

void PgConnection::sendScript(const char* sql)
{
    if (!PQsendQueryParams(m_connection, sql, 0, nullptr, nullptr, nullptr, nullptr, 0))
        throw lost();
    m_queued.push_back({});
}

PgResult PgConnection::execute(const char* sql,
                               const std::vector<std::optional<QByteArray>>& values)
{
    const std::string statement = statementFor(sql);
    if (m_pipelined) {
        send(statement, values);
        return syncForLast();
    }
    const Parameters parameters(values);
    PgResult result(PQexecPrepared(m_connection, statement.c_str(), parameters.count(),
                                   parameters.pointers.data(), parameters.lengths.data(), nullptr,
                                   0));
    if (!succeeded(result.handle()))
        throw pgerror::fromResult(m_location, result.handle(), m_connection);
    return result;
}

void PgConnection::run(const char* sql, const std::vector<std::optional<QByteArray>>& values)
{
    if (m_pipelined)
        send(statementFor(sql), values);
    else
        execute(sql, values);
}

std::shared_ptr<PgResult>
PgConnection::queueForRows(const char* sql, const std::vector<std::optional<QByteArray>>& values)
{
    auto rows = std::make_shared<PgResult>();
    if (m_pipelined)
        send(statementFor(sql), values, rows);
    else
        *rows = execute(sql, values);
    return rows;
}

void PgConnection::executeScript(const char* sql)
{
    if (m_pipelined) {
        sendScript(sql);
        return;
    }
    PgResult result(PQexec(m_connection, sql));
    if (!succeeded(result.handle()))
        throw pgerror::fromResult(m_location, result.handle(), m_connection);
}

void PgConnection::enterPipeline()
{
    if (!PQenterPipelineMode(m_connection))
        throw lost();
    m_pipelined = true;
}

void PgConnection::sync()
{
    if (!m_queued.empty())
        syncForLast();
}

PgResult PgConnection::syncForLast()
{
    if (!PQpipelineSync(m_connection)) {
        m_queued.clear();
        throw lost();
    }
    // Every answer is read, even after a failure, so the connection is
    // ready for the next statement (the ROLLBACK).
    std::optional<StorageError> failure;
    bool dropped = false;
    PgResult last;
    for (const Queued& queued : m_queued) {
        PgResult answer(PQgetResult(m_connection));
        if (!answer.handle()) {
            dropped = true; // no more answers will come
            break;
        }
        PQclear(PQgetResult(m_connection)); // the null that ends each statement's answers
        if (!succeeded(answer.handle())) {
            if (!queued.preparedSql.empty())
                m_prepared.erase(queued.preparedSql);
            // The statements after the one that failed were skipped (aborted).
            if (!failure)
                failure = PQresultStatus(answer.handle()) == PGRES_PIPELINE_ABORTED
                              ? lost()
                              : pgerror::fromResult(m_location, answer.handle(), m_connection);
        }
        if (queued.keptFor)
            *queued.keptFor = std::move(answer);
        else
            last = std::move(answer);
    }
    m_queued.clear();
    const PgResult synced(dropped ? nullptr : PQgetResult(m_connection));
    if (failure)
        throw *failure;
    if (PQresultStatus(synced.handle()) != PGRES_PIPELINE_SYNC)
        throw lost();
    return last;
}

void PgConnection::leavePipeline() noexcept
{
    try {
        sync();
    } catch (const StorageError&) {
        // Leaving after a failure: the transaction is already rolled back.
    }
    m_queued.clear();
    PQexitPipelineMode(m_connection);
    m_pipelined = false;
}

StorageError PgConnection::lost() const
{
    return pgerror::fromResult(m_location, nullptr, m_connection);
}

void PgConnection::rollbackQuietly() noexcept
{
    if (PQstatus(m_connection) != CONNECTION_OK)
        return;
    if (!m_pipelined) {
        PQclear(PQexec(m_connection, "ROLLBACK"));
        return;
    }
    try {
        sendScript("ROLLBACK");
        sync();
    } catch (const StorageError&) {
        m_queued.clear(); // the connection dropped: the server rolls back
    }
}

bool PgConnection::isLost()
{
    // Notifications read here stay queued for takeNotifications(). A
    // session the server ended sends its reason, then closes: the second
    // read sees the close.
    for (int read = 0; read < 2 && PQstatus(m_connection) == CONNECTION_OK; ++read)
        PQconsumeInput(m_connection);
    return PQstatus(m_connection) != CONNECTION_OK;
}

void PgConnection::listen(const char* channel)
{
    executeScript((std::string("LISTEN ") + channel).c_str());
}

bool PgConnection::takeNotifications()
{
    if (!PQconsumeInput(m_connection) || PQstatus(m_connection) != CONNECTION_OK)
        throw pgerror::fromResult(m_location, nullptr, m_connection);
    bool any = false;
    while (PGnotify* notification = PQnotifies(m_connection)) {
        PQfreemem(notification);
        any = true;
    }
    return any;
}

int PgConnection::socket() const
{
    return PQstatus(m_connection) != CONNECTION_OK ? -1 : PQsocket(m_connection);
}

// ---- PgTransaction

PgTransaction::PgTransaction(PgConnection& connection, const char* begin)
    : m_connection(connection)
{
    m_connection.executeScript(begin);
}

PgTransaction::~PgTransaction()
{
    if (!m_done)
        m_connection.rollbackQuietly();
}

void PgTransaction::commit()
{
    // In a pipeline, the queued writes' answers come first, and an earlier
    // failure shows here: the destructor rolls back. The COMMIT is not sent
    // with them, so that a desk that dies while they wait for a lock leaves
    // nothing: the server never had its COMMIT.
    m_connection.sync();
    m_connection.executeScript("COMMIT");
    m_connection.sync();
    m_done = true; // after a failed COMMIT, the destructor's ROLLBACK is harmless
}

} // namespace coopdesk
