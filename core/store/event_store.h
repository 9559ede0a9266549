#pragma once

#include "audit_report.h"
#include "domain/event.h"
#include "domain/family_state.h"
#include "server_info.h"
#include "skip_record.h"
#include "store_location.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The event store as the rest of the program sees it (docs/ARCHITECTURE.md):
// append inside one write transaction, read after a position, read a
// stream, the head, the store's id, new commits, the integrity check and
// the record of skipped events. Stores are opened by their location through
// openEventStore() (open_event_store.h); what is SQLite's stays in
// sqlite_event_store.*.
namespace coopdesk {

// The first result of a command_id, kept so a repeat returns it again.
struct AcceptedCommand
{
    QByteArray fingerprint;
    QByteArray result; // the result line as JSON
};

// What one accepted command changes: its event and the family's state after
// it. The store persists it as given; the rules that made it are the
// command side's (domain/family_state.h).
struct FamilyChange
{
    NewEvent event;
    EventMetadata metadata;
    QString recordedAt;
    FamilyState after;             // its version is the event's stream version
    QList<Reservation> newlyTaken; // what the event reserves
    QList<ReservedId> released;    // what it gives back (a void, a cancellation)
};

// The command side's view of the store inside one write transaction.
// Everything done through it commits together or not at all.
class WriteSession
{
public:
    virtual ~WriteSession() = default;

    virtual std::optional<AcceptedCommand> findAcceptedCommand(const QString& commandId) = 0;
    virtual void rememberCommand(const QString& commandId, const AcceptedCommand& accepted) = 0;

    // The family's stored state (version 0 when it has no stream yet), its
    // reservations empty: reservation() answers for the ids a command names.
    virtual FamilyState loadFamily(const QString& familyId) = 0;
    virtual std::optional<Reservation> reservation(const QString& familyId,
                                                   const ReservedId& reserved) = 0;

    // Appends the change's event as the next version of the family's stream
    // and stores its state, its new reservations and the ones it released.
    virtual RecordedEvent append(const FamilyChange& change) = 0;
};

// One accepted command_id with its first result, as a copy carries it.
struct AcceptedCommandRow
{
    QString commandId;
    AcceptedCommand accepted;
};

// What `copy` (SPEC 12.4) writes into an empty store, inside one write
// transaction: the rows exactly as another store holds them. Only
// core/store/store_copy.* uses it; commands go through WriteSession.
class VerbatimSession
{
public:
    virtual ~VerbatimSession() = default;

    // The next event, every column as given (its hash included, not
    // computed): its position must follow the last one inserted.
    virtual void insertEvent(const RecordedEvent& event) = 0;
    virtual void rememberCommand(const AcceptedCommandRow& row) = 0;
    virtual void insertSkip(const SkipRecord& skip) = 0;
};

class EventStore
{
public:
    virtual ~EventStore() = default;

    virtual StoreLocation location() const = 0;
    // The id given to the store when it was created.
    virtual QString storeId() = 0;
    // Opened without the right to append (read-only media, permissions, or asked).
    virtual bool isReadOnly() const = 0;
    // Why, as a sentence for people (empty when writable): what write()
    // says when it refuses.
    virtual QString readOnlyReason() const = 0;
    // Who and what this store talks to, for a store on a server; nullopt
    // for a co-op file. Throws StorageError.
    virtual std::optional<ServerInfo> serverInfo() { return std::nullopt; }

    // Runs `work` in one write transaction (appends from all processes
    // serialize here); commits when it returns true, rolls back otherwise.
    // Throws StorageError.
    virtual bool write(const std::function<bool(WriteSession&)>& work) = 0;

    virtual qint64 headPosition() = 0;
    virtual QList<RecordedEvent> readAfter(qint64 position, int limit) = 0;
    virtual QList<RecordedEvent> readStream(const QString& streamId) = 0;
    // The stream as a fold reads it: every field but metadata and hash,
    // which are left empty (an old payment's id is its event_id, so that
    // stays). Leaving them unread is a fifth of replaying a long history.
    virtual QList<RecordedEvent> readStreamForFold(const QString& streamId) = 0;

    // True when another store object (in this process or another) committed
    // since the last call, or since opening.
    virtual bool hasNewCommits() = 0;
    // A descriptor that turns readable when another desk may have committed
    // (then ask hasNewCommits()), or -1 when only asking tells: a co-op
    // file, or a server that cannot be reached just now.
    virtual int commitSignalDescriptor() { return -1; }

    // The store's own integrity (its storage, the hash chain from position 1,
    // the append-only enforcement), naming the first position that does not
    // match. Throws StorageError when the store is damaged past reading.
    virtual AuditReport checkIntegrity(const AuditProgress& progress = {}) = 0;

    // Writes a consistent copy of the store, as a new co-op file at
    // `filePath` (never over an existing file), while others may append, and
    // checks the copy's integrity before returning its report. A copy that
    // does not check out is removed and reported as a StorageError.
    virtual AuditReport backupTo(const QString& filePath, const AuditProgress& progress = {}) = 0;

    // Runs `work` on one snapshot of the store: what headPosition(),
    // readAfter(), acceptedCommandsAfter() and skipsAfter() answer inside it
    // does not move while others append (a copy's consistent source).
    virtual void readInOneSnapshot(const std::function<void()>& work) = 0;
    // The accepted command ids after `afterCommandId`, in command_id order.
    virtual QList<AcceptedCommandRow> acceptedCommandsAfter(const QString& afterCommandId,
                                                            int limit) = 0;
    // Runs `work` in one write transaction on a store that holds no event
    // and no accepted command (otherwise a StorageError, nothing changed),
    // then derives the command side's state from the inserted events;
    // commits when `work` returns true, rolls back otherwise.
    virtual bool writeVerbatim(const std::function<bool(VerbatimSession&)>& work) = 0;

    // The skips of poison events (SPEC 6), append-only: recording a skip a
    // projection already made keeps its first record. Oldest first.
    virtual void recordSkip(const SkipRecord& skip) = 0;
    virtual QList<SkipRecord> skipsAfter(qint64 afterId) = 0;
};

} // namespace coopdesk
