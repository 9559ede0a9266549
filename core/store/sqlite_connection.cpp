#include "sqlite_connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <sqlite3.h>

#include <cstring>

namespace coopdesk {

namespace {

StorageError::Kind kindOf(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Locked;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_FULL:
        return StorageError::Kind::DiskFull;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotCoopFile;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return StorageError::Kind::Io;
    default:
        return StorageError::Kind::Other;
    }
}

QString describe(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::Locked:
        return QCoreApplication::translate(
            "Storage", "the file is locked by another program; try again in a moment");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("Storage", "the file is read-only");
    case StorageError::Kind::DiskFull:
        return QCoreApplication::translate("Storage", "the disk is full");
    case StorageError::Kind::NotCoopFile:
        return QCoreApplication::translate("Storage", "this is not a CoopDesk file");
    case StorageError::Kind::Corrupt:
        return QCoreApplication::translate("Storage", "the file is damaged");
    case StorageError::Kind::Io:
        return QCoreApplication::translate("Storage", "the file could not be read or written");
    case StorageError::Kind::NewerSchema:
    case StorageError::Kind::Unreachable:
    case StorageError::Kind::Other:
        break;
    }
    return {};
}

// A statement short enough for a message: white space runs folded, at
// most 80 characters, cut with an ellipsis.
QString shortenedStatement(const QString& sql)
{
    constexpr qsizetype maxLength = 80;
    const QString folded = sql.simplified();
    if (folded.size() <= maxLength)
        return folded;
    return folded.left(maxLength - 1) + QChar(0x2026);
}

} // namespace

Query::Query(SqliteConnection& connection, sqlite3_stmt* statement)
    : m_connection(&connection)
    , m_statement(statement)
{}

Query::Query(Query&& other) noexcept
    : m_connection(other.m_connection)
    , m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Query::~Query()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

Query& Query::bind(int index, const QString& text)
{
    // Most text (ids, dates, names) is ASCII: narrowed straight into a buffer
    // SQLite takes over, without a QByteArray and a second copy, a third of
    // the cost of writing a read model row. Anything else goes through UTF-8.
    const qsizetype size = text.size();
    char* buffer = static_cast<char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size) + 1));
    if (!buffer)
        m_connection->fail(SQLITE_NOMEM, QString::fromUtf8(sqlite3_sql(m_statement)));
    const QChar* units = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i].unicode();
        if (unit >= 0x80) {
            sqlite3_free(buffer);
            return bind(index, text.toUtf8());
        }
        buffer[i] = static_cast<char>(unit);
    }
    // SQLite frees the buffer, even when binding fails.
    const int rc = sqlite3_bind_text64(
        m_statement, index, buffer, static_cast<sqlite3_uint64>(size), sqlite3_free, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
    return *this;
}

Query& Query::bind(int index, const QByteArray& utf8Text)
{
    const int rc = sqlite3_bind_text(m_statement, index, utf8Text.constData(),
                                     static_cast<int>(utf8Text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
    return *this;
}

Query& Query::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Query& Query::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Query& Query::bind(int index, const std::optional<QString>& text)
{
    return text ? bind(index, *text) : bindNull(index);
}

Query& Query::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Query& Query::bindBlob(int index, const QByteArray& bytes)
{
    const int rc = sqlite3_bind_blob(m_statement, index, bytes.constData(),
                                     static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
    return *this;
}

bool Query::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
}

void Query::run()
{
    while (next()) {
    }
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Query::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Query::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

std::optional<QString> Query::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

QByteArray Query::bytes(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Query::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

QJsonObject Query::row(const QStringList& jsonColumns) const
{
    QJsonObject object;
    const int count = columnCount();
    for (int i = 0; i < count; ++i) {
        const QString name = columnName(i);
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER:
            object.insert(name, integer(i));
            break;
        case SQLITE_FLOAT:
            object.insert(name, real(i));
            break;
        case SQLITE_NULL:
            object.insert(name, QJsonValue::Null);
            break;
        default:
            if (jsonColumns.contains(name)) {
                const QJsonDocument document = QJsonDocument::fromJson(bytes(i));
                object.insert(name, document.isArray() ? QJsonValue(document.array())
                                                       : QJsonValue(document.object()));
            } else {
                object.insert(name, text(i));
            }
        }
    }
    return object;
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : m_path(path)
    , m_inUse(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray name =
        mode == Mode::Immutable
            ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1"
            : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        // A failed open still allocates a handle, and no destructor runs
        // after a throwing constructor: close it once the error is read.
        try {
            fail(rc);
        } catch (...) {
            sqlite3_close(m_db);
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteConnection::~SqliteConnection()
{
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

bool SqliteConnection::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void SqliteConnection::execute(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql));
}

Query SqliteConnection::query(const char* sql)
{
    return Query(*this, statement(sql));
}

qint64 SqliteConnection::scalar(const char* sql)
{
    Query q = query(sql);
    return q.next() ? q.integer(0) : 0;
}

void SqliteConnection::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

sqlite3_stmt* SqliteConnection::statement(const char* sql)
{
    // Most statements are string literals, asked for again at the same
    // address: compared, not hashed and copied into a key. A text built at
    // run time may come back at an address another one had, hence the compare.
    const auto same = m_byAddress.find(sql);
    if (same != m_byAddress.end() && std::strcmp(sqlite3_sql(same->second), sql) == 0)
        return same->second;
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        m_byAddress[sql] = found->second;
        return found->second;
    }
    sqlite3_stmt* prepared = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql));
    m_statements.emplace(sql, prepared);
    m_byAddress[sql] = prepared;
    return prepared;
}

void SqliteConnection::fail(int resultCode, const QString& statement) const
{
    const StorageError::Kind kind = kindOf(resultCode);
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QString::fromUtf8(sqlite3_errstr(resultCode));
    QString message = describe(kind);
    if (message.isEmpty())
        message = detail;
    else
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    if (!statement.isEmpty())
        message +=
            QStringLiteral(" ") + QCoreApplication::translate("Storage", "in the statement “%1”")
                                      .arg(shortenedStatement(statement));
    throw StorageError(kind, m_path + QStringLiteral(": ") + message, resultCode);
}

Transaction::Transaction(SqliteConnection& connection, Kind kind)
    : m_connection(connection)
{
    m_connection.execute(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_connection.execute("COMMIT");
    m_open = false;
}

} // namespace coopdesk
