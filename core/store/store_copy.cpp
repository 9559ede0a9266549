#include "store_copy.h"

#include "audit_check.h"
#include "coop_file.h"
#include "hash_chain.h"
#include "postgres/pg_event_store.h"
#include "postgres/pg_schema.h"
#include "sqlite_event_store.h"
#include "storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <limits>

namespace coopdesk {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Events and command ids per read; the target takes them all in one
// transaction, so a failed copy leaves it as it was.
constexpr int chunkSize = 5000;

struct CopiedRows
{
    qint64 events = 0;
    qint64 commands = 0;
    bool cancelled = false;
};

// The source's chain checked as it is copied: a damaged source must not
// become a copy that looks sound (its hashes copied as they are would
// hide where it was edited).
void checkLink(const EventStore& source, const RecordedEvent& event, qint64 previousPosition,
               const QByteArray& previousHash)
{
    QString problem;
    if (event.position != previousPosition + 1)
        problem = AuditTrail::tr("Position %1 is missing: the event there was deleted or "
                                 "renumbered")
                      .arg(previousPosition + 1);
    else if (eventHash(previousHash, event) != event.hash)
        problem = AuditTrail::tr("The event at position %1 does not match its hash: it was "
                                 "edited or inserted outside CoopDesk")
                      .arg(event.position);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt,
                           Storage::tr("The co-op %1 does not check out (%2); nothing was "
                                       "copied")
                               .arg(source.location().toString(), problem));
}

CopiedRows copyRows(EventStore& source, EventStore& target, const AuditProgress& progress)
{
    CopiedRows copied;
    source.readInOneSnapshot([&] {
        const qint64 total = source.headPosition();
        const bool finished = target.writeVerbatim([&](VerbatimSession& session) {
            QByteArray previousHash;
            qint64 position = 0;
            // From the lowest position there could be: a row at 0 or below is
            // damage too.
            qint64 after = std::numeric_limits<qint64>::min();
            for (;;) {
                const QList<RecordedEvent> events = source.readAfter(after, chunkSize);
                if (events.isEmpty())
                    break;
                for (const RecordedEvent& event : events) {
                    checkLink(source, event, position, previousHash);
                    session.insertEvent(event);
                    position = event.position;
                    previousHash = event.hash;
                }
                after = position;
                copied.events = position;
                if (progress && !progress(position, total))
                    return false;
            }
            if (position != total)
                throw StorageError(
                    StorageError::Kind::Corrupt,
                    Storage::tr("The co-op %1 does not check out (its head is at position %2, "
                                "its events end at %3); nothing was copied")
                        .arg(source.location().toString())
                        .arg(total)
                        .arg(position));
            QString afterCommand;
            for (;;) {
                const QList<AcceptedCommandRow> rows =
                    source.acceptedCommandsAfter(afterCommand, chunkSize);
                if (rows.isEmpty())
                    break;
                for (const AcceptedCommandRow& row : rows)
                    session.rememberCommand(row);
                afterCommand = rows.last().commandId;
                copied.commands += rows.size();
            }
            for (const SkipRecord& skip : source.skipsAfter(0))
                session.insertSkip(skip);
            return true;
        });
        copied.cancelled = !finished;
    });
    return copied;
}

CopyReport cancelledReport(const CopiedRows& copied)
{
    CopyReport report;
    report.eventsCopied = copied.events;
    report.check = {false, copied.events, std::nullopt, AuditTrail::tr("Copy cancelled")};
    return report;
}

void removeFileAndCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Beside the target, so the rename stays on one file system; hidden, and
// named so that whoever finds one left by a crash knows what it is.
QString temporaryNameFor(const QString& path)
{
    const QFileInfo target(path);
    return target.dir().filePath(
        QStringLiteral(".%1.copy-%2.partial")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

// A schema the copy created goes again when the copy fails or is
// cancelled, so the database is left as it was found.
void dropCreatedSchema(const StoreLocation& target) noexcept
{
    try {
        PgConnection connection(target);
        pgschema::dropIfEmpty(connection);
    } catch (const StorageError&) {
        // It stays, empty, as after init; the copy's own error is the one to report.
    }
}

CopyReport copyToServer(EventStore& source, const StoreLocation& target,
                        const AuditProgress& progress)
{
    bool created = false;
    {
        PgConnection connection(target);
        created = pgschema::createIfAbsent(connection);
    }
    CopyReport report;
    try {
        PgEventStore store(target);
        const CopiedRows copied = copyRows(source, store, progress);
        if (copied.cancelled) {
            if (created)
                dropCreatedSchema(target);
            return cancelledReport(copied);
        }
        report.eventsCopied = copied.events;
        report.commandsCopied = copied.commands;
        report.storeId = store.storeId();
        report.check = store.checkIntegrity();
    } catch (...) {
        if (created)
            dropCreatedSchema(target);
        throw;
    }
    // Committed already; checked as every event was, this only fails on a
    // server whose append-only protection is not in place.
    if (!report.check.ok)
        throw StorageError(StorageError::Kind::Corrupt,
                           Storage::tr("The copy on %1 does not check out (%2)")
                               .arg(target.toString(), report.check.problem));
    return report;
}

} // namespace

CopyReport copyToNewFile(EventStore& source, const QString& path, const AuditProgress& progress)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw StorageError(StorageError::Kind::Other,
                           Storage::tr("%1 exists: a copy never replaces a file; choose a new "
                                       "name")
                               .arg(path));
    if (!QFileInfo(path).absoluteDir().exists())
        throw StorageError(StorageError::Kind::Io,
                           Storage::tr("%1 cannot be written: its folder does not exist; nothing "
                                       "was written")
                               .arg(path));
    const QString temporary = temporaryNameFor(path);
    coopfile::create(temporary);
    CopyReport report;
    try {
        {
            SqliteEventStore target(temporary);
            const CopiedRows copied = copyRows(source, target, progress);
            if (copied.cancelled) {
                removeFileAndCompanions(temporary);
                return cancelledReport(copied);
            }
            report.eventsCopied = copied.events;
            report.commandsCopied = copied.commands;
            report.storeId = target.storeId();
        }
        StoreOptions readOnly;
        readOnly.readOnly = true;
        report.check = SqliteEventStore(temporary, readOnly).checkIntegrity();
        if (!report.check.ok)
            throw StorageError(StorageError::Kind::Corrupt,
                               Storage::tr("The copy %1 does not check out (%2); it was removed")
                                   .arg(path, report.check.problem));
        // Closed last, the connections folded the write-ahead log into the
        // file: the file alone is the whole copy.
        if (QFile::exists(temporary + QLatin1String("-wal")))
            throw StorageError(StorageError::Kind::Io,
                               Storage::tr("The copy %1 could not be completed (its write-ahead "
                                           "log is still open); it was removed")
                                   .arg(path));
        // QFile::rename never replaces a file that appeared meanwhile.
        if (!QFile::rename(temporary, path))
            throw StorageError(StorageError::Kind::Io,
                               Storage::tr("The copy could not be named %1 (a file of that name "
                                           "appeared, or the folder refused); nothing was kept")
                                   .arg(path));
    } catch (...) {
        removeFileAndCompanions(temporary);
        throw;
    }
    return report;
}

CopyReport copyStore(EventStore& source, const StoreLocation& target, const AuditProgress& progress)
{
    if (target.isServer())
        return copyToServer(source, target, progress);
    return copyToNewFile(source, target.filePath(), progress);
}

} // namespace coopdesk
