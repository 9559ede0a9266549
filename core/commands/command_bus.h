#pragma once

#include "clock.h"
#include "command_result.h"
#include "domain/command.h"
#include "store/event_store.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace coopdesk {

// Every change goes through here: the command is read and validated, the
// family's state loaded, decide() asked, and the event appended with its
// metadata, all inside one write transaction of the store.
class CommandBus : public QObject
{
    Q_OBJECT

public:
    CommandBus(EventStore& store, const Clock& clock, const QString& userId,
               QObject* parent = nullptr);

    QString userId() const { return m_userId; }
    // The desk's today (its clock's UTC date): what (H) dates are checked against.
    QDate today() const { return m_clock.now().toUTC().date(); }
    // The desk's date where it stands (its clock's local date): what a form
    // offers for a date. Never after today() + 1.
    QDate localDate() const { return m_clock.now().toLocalTime().date(); }
    void setUserId(const QString& userId) { m_userId = userId; }

    // One command, as a JSON line or an object. Never throws: a storage
    // failure comes back as a `storage` error.
    CommandResult dispatch(const QByteArray& jsonLine);
    CommandResult dispatch(const QJsonObject& command);

    // Many commands in one transaction, all or nothing: when any is rejected
    // nothing is appended, and every rejected one is in the results (the
    // rest are checked too, so one pass finds every bad command).
    struct BatchOptions
    {
        // Runs every command as for real, then always rolls back: the results
        // say what would happen, nothing is appended (imports' --dry-run).
        bool dryRun = false;
        // Called before each command and once at the end with (done, total)
        // (the demo co-op sets its clock there); returning false
        // cancels the batch: it is rolled back and `cancelled` is set.
        std::function<bool(qsizetype done, qsizetype total)> progress;
    };
    struct BatchResult
    {
        bool committed = false;
        bool cancelled = false;
        QList<CommandResult> results; // one per command, in order (fewer when cancelled)
        std::optional<CommandError> storageError;
    };
    BatchResult dispatchBatch(const QList<QJsonObject>& commands, const BatchOptions& options);
    BatchResult dispatchBatch(const QList<QJsonObject>& commands)
    {
        return dispatchBatch(commands, BatchOptions{});
    }

    // A batch too large to hold in memory (an import): the same one
    // transaction, all or nothing, but the commands are pulled from `next`
    // a chunk at a time (an empty chunk ends them) and each chunk's results
    // are handed to `take` before the next chunk is pulled. `total` (the
    // number of commands, 0 when unknown) is for progress only.
    struct StreamResult
    {
        bool committed = false;
        bool cancelled = false;
        qsizetype count = 0; // commands run
        std::optional<CommandError> storageError;
    };
    using ChunkSource = std::function<QList<QJsonObject>()>;
    using ResultSink = std::function<void(const QList<CommandResult>& chunk)>;
    StreamResult dispatchStream(const ChunkSource& next, const ResultSink& take, qsizetype total,
                                const BatchOptions& options);

signals:
    // Events up to `headPosition` are durable (emitted after each commit).
    void appended(qint64 headPosition);

private:
    CommandResult execute(WriteSession& session, const CommandEnvelope& envelope,
                          const QString& correlationId);
    CommandResult dispatchEnvelope(const std::variant<CommandEnvelope, CommandError>& envelope);

    EventStore& m_store;
    const Clock& m_clock;
    QString m_userId;
};

} // namespace coopdesk
