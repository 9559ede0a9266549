#pragma once

#include "store/audit_report.h"

#include <QString>

namespace coopdesk {

// How putting a backup in the co-op file's place ended.
struct RestoreOutcome
{
    enum class Status { Restored, Cancelled, Failed };

    Status status = Status::Failed;
    qint64 events = 0; // Restored: the events of the restored file, each checked
    QString keptAs;    // Restored: where the co-op file before the restore is now
    QString message;   // Failed: what went wrong, for people
    // Failed or Cancelled: false when the co-op file could not be put back
    // (then it is at keptAs).
    bool originalInPlace = true;
};

// File ▸ Restore from Backup…'s second step (SPEC 7), once the co-op is
// closed: renames the co-op file at `coopPath` to keptNameFor(coopPath),
// copies the backup into its place (EventStore::backupTo from the backup
// opened read-only: owner-only, checked before it is kept) and removes the
// co-op's views file, so the read models are rebuilt from the restored
// events. A co-op file still open elsewhere (its -wal or -shm beside it) is
// left alone. A failure or a cancel (`progress`, the copy's check) puts the
// original back. Never throws.
RestoreOutcome restoreBackup(const QString& backupPath, const QString& coopPath,
                             const QString& storeId, const AuditProgress& progress = {});

// Where restoreBackup() keeps the co-op file: NAME.coop.before-restore, or
// the first of NAME.coop.before-restore-2, -3, … not taken, so no earlier
// one is ever replaced (docs/DECISIONS.md).
QString keptNameFor(const QString& coopPath);

// Puts the co-op file kept at `keptAs` back at `coopPath`, replacing what
// a restore put there. Returns an error for people, empty when done.
QString putOriginalBack(const QString& coopPath, const QString& keptAs);

} // namespace coopdesk
