#pragma once

#include "store/audit_report.h"

#include <QString>

namespace coopdesk {

// What a file offered to restore a co-op from was found to be.
struct BackupCheck
{
    enum class Status { Ok, Cancelled, Refused };

    Status status = Status::Refused;
    qint64 events = 0; // Ok: the events it holds, each checked
    QString message;   // Refused: why, for people
};

// File ▸ Restore from Backup…'s first step (SPEC 7): whether `backupPath`
// may take the place of the co-op file `coopPath`, whose store id is
// `storeId`. It must be another file than the co-op file, a co-op file
// this version reads, of the same co-op (the same store id), and pass
// EventStore::checkIntegrity. Opened read-only: nothing on disk changes.
// `progress` (the chain walk's) may cancel. Never throws.
BackupCheck checkBackup(const QString& backupPath, const QString& coopPath, const QString& storeId,
                        const AuditProgress& progress = {});

} // namespace coopdesk
