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
    m_result = m_connection.execute(m_sql, m_values);
    m_ran = true;
}

PgResult PgQuery::result()
{
    if (!m_ran)
        run();
    return std::move(m_result);
}

// ---- PgConnection

namespace {

// Notices (a "does not exist, skipping") are for a person at psql, not for
// a desk's standard error.
void dropNotice(void*, const char*) {}

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

PgResult PgConnection::execute(const char* sql,
                               const std::vector<std::optional<QByteArray>>& values)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        const std::string name = "coopdesk_" + std::to_string(m_prepared.size() + 1);
        PgResult prepared(PQprepare(m_connection, name.c_str(), sql, 0, nullptr));
        if (!succeeded(prepared.handle()))
            throw pgerror::fromResult(m_location, prepared.handle(), m_connection);
        found = m_prepared.emplace(sql, name).first;
    }
    std::vector<const char*> pointers;
    std::vector<int> lengths;
    pointers.reserve(values.size());
    lengths.reserve(values.size());
    for (const std::optional<QByteArray>& value : values) {
        pointers.push_back(value ? value->constData() : nullptr);
        lengths.push_back(value ? static_cast<int>(value->size()) : 0);
    }
    PgResult result(PQexecPrepared(m_connection, found->second.c_str(),
                                   static_cast<int>(values.size()), pointers.data(), lengths.data(),
                                   nullptr, 0));
    if (!succeeded(result.handle()))
        throw pgerror::fromResult(m_location, result.handle(), m_connection);
    return result;
}

void PgConnection::executeScript(const char* sql)
{
    PgResult result(PQexec(m_connection, sql));
    if (!succeeded(result.handle()))
        throw pgerror::fromResult(m_location, result.handle(), m_connection);
}

void PgConnection::rollbackQuietly() noexcept
{
    if (PQstatus(m_connection) == CONNECTION_OK)
        PQclear(PQexec(m_connection, "ROLLBACK"));
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
    m_done = true; // a failed COMMIT has ended the transaction too
    m_connection.executeScript("COMMIT");
}

} // namespace coopdesk
