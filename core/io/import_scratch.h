#pragma once

#include "csv_import.h"
#include "store/sqlite_connection.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

// What an import remembers about every row of its file, kept on disk so
// that its memory is bounded by one chunk of rows however long the file
// (SPEC 8): the commands the rows became, the row errors, and the content
// hashes and family ids seen so far. A private SQLite database that SQLite
// deletes when the connection closes (an empty file name): nothing is left
// behind, and its pages live in a small cache, the rest in a temporary file.
namespace coopdesk {

struct ScratchCommand
{
    qint64 line = 0;
    QJsonObject command;
};

class ImportScratch
{
public:
    ImportScratch();

    // Everything forgotten, for a new parse.
    void clear();
    // Groups the writes of one step (a parse, a run) into one transaction.
    void begin();
    void commit();

    // How many times content with this hash came so far, this time included.
    qint64 countOccurrence(const QByteArray& hash);
    // The line a family id was first seen on; remembers `line` when it is new.
    std::optional<qint64> firstLineOf(const QString& familyId, qint64 line);

    void addCommand(qint64 line, const QJsonObject& command);
    // Commands in file order, `count` of them from index `from` (0-based).
    QList<ScratchCommand> commands(qint64 from, qint64 count);

    enum class Source { Parse = 0, Bus = 1 };
    void addError(Source source, const ImportError& error);
    void clearErrors(Source source);
    // Every row error by line (a row has one), read a chunk at a time.
    void forEachError(const std::function<void(const ImportError&)>& visit);

private:
    SqliteConnection m_db;
};

} // namespace coopdesk
