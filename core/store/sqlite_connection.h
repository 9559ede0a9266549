#pragma once

#include "header_reader.h"
#include "storage_error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace coopdesk {

class SqliteConnection;

// One use of a prepared statement. Statements are prepared once per
// connection and reused; a Query resets its statement when it goes out of
// scope, so an abandoned read never keeps a snapshot open.
class Query
{
public:
    Query(SqliteConnection& connection, sqlite3_stmt* statement);
    Query(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query();

    // Parameters are 1-based, as in SQLite.
    Query& bind(int index, const QString& text);
    Query& bind(int index, const QByteArray& utf8Text);
    Query& bind(int index, const char* utf8Text) = delete;
    Query& bind(int index, qint64 value);
    Query& bind(int index, int value) { return bind(index, qint64{value}); }
    Query& bind(int index, double value);
    Query& bind(int index, const std::optional<QString>& text);
    Query& bindNull(int index);
    Query& bindBlob(int index, const QByteArray& bytes);

    // Steps to the next row: true while there is one.
    bool next();
    // Runs a statement that returns no rows.
    void run();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    QByteArray bytes(int column) const;
    QByteArray blob(int column) const;
    sqlite3_stmt* statementHandle() const { return m_statement; }
    int columnCount() const;
    QString columnName(int column) const;
    // The row as JSON, column names as keys; `jsonColumns` hold JSON text
    // and are embedded parsed.
    QJsonObject row(const QStringList& jsonColumns = {}) const;

private:
    SqliteConnection* m_connection;
    sqlite3_stmt* m_statement;
};

// A connection to one SQLite file, used by one thread only (the one that
// opened it). Every failure becomes a StorageError naming the file.
class SqliteConnection
{
public:
    // Immutable: read-only media. SQLite creates no -wal or -shm file (it
    // cannot) and assumes no one changes the file meanwhile; the contents
    // of a -wal file are not read.
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };

    SqliteConnection(const QString& path, Mode mode);
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection();

    QString path() const { return m_path; }
    bool isReadOnly() const;
    sqlite3* handle() const { return m_db; }

    // Statements without parameters (DDL, pragmas, BEGIN ...).
    void execute(const char* sql);
    Query query(const char* sql);
    qint64 scalar(const char* sql);

    void setBusyTimeout(int milliseconds);
    qint64 lastInsertRowId() const;

    // Throws the StorageError for `resultCode`, naming `statement` when the
    // failure was in one (opening, a backup: none).
    [[noreturn]] void fail(int resultCode, const QString& statement = {}) const;

private:
    sqlite3_stmt* statement(const char* sql);

    QString m_path;
    coopfile::FileInUse m_inUse; // made before the handle opens, gone after it closes
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
    std::unordered_map<const char*, sqlite3_stmt*> m_byAddress; // a shortcut into m_statements
};

// A transaction that rolls back unless committed.
class Transaction
{
public:
    enum class Kind { Deferred, Immediate };

    Transaction(SqliteConnection& connection, Kind kind);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    SqliteConnection& m_connection;
    bool m_open = true;
};

} // namespace coopdesk
