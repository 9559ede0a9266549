#pragma once

#include "domain/event.h"
#include "domain/family_state.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The event store as the rest of the program sees it (docs/ARCHITECTURE.md):
// append inside one write transaction, read after a position, read a
// stream, the head. SQLite specifics live in sqlite_event_store.*.
namespace coopdesk {

// The first result of a command_id, kept so a repeat returns it again.
struct AcceptedCommand
{
    QByteArray fingerprint;
    QByteArray result; // the result line as JSON
};

// The command side's view of the store inside one write transaction.
// Everything done through it commits together or not at all.
class WriteSession
{
public:
    virtual ~WriteSession() = default;

    virtual std::optional<AcceptedCommand> findAcceptedCommand(const QString& commandId) = 0;
    virtual void rememberCommand(const QString& commandId, const AcceptedCommand& accepted) = 0;

    // The family's state with the slice of its id sets the command asks about.
    virtual FamilyState loadFamily(const QString& familyId, const QJsonObject& commandFields) = 0;

    // Appends the event as the next version of the family's stream and
    // brings `state` (and its stored snapshot) up to date with it.
    virtual RecordedEvent append(FamilyState& state, const NewEvent& event,
                                 const EventMetadata& metadata, const QString& recordedAt) = 0;
};

class EventStore
{
public:
    virtual ~EventStore() = default;

    // Runs `work` in one write transaction (appends from all processes
    // serialize here); commits when it returns true, rolls back otherwise.
    // Throws StorageError.
    virtual bool write(const std::function<bool(WriteSession&)>& work) = 0;

    virtual qint64 headPosition() = 0;
    virtual QList<RecordedEvent> readAfter(qint64 position, int limit) = 0;
    virtual QList<RecordedEvent> readStream(const QString& streamId) = 0;
};

} // namespace coopdesk
