#pragma once

#include "store/event_store.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace coopdesk {

// The app's automatic backups (SPEC 7): when a co-op is closed, a verified
// copy (EventStore::backupTo) in the user's data folder under the co-op's
// name (and the start of its store id, so two co-ops of one name keep
// apart), at most one a day, the newest `keep` kept.
class AutomaticBackups
{
public:
    static inline constexpr int defaultKeep = 7;
    static inline constexpr int maxKeep = 100;

    // `keep` is taken within 1–maxKeep.
    AutomaticBackups(const QString& folder, int keep);
    // The user's data folder's `backups` folder.
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }
    // From the next backup on (Preferences ▸ Backups to keep).
    void setKeep(int keep);

    // The co-op's backups, newest first (file paths).
    QStringList backupsOf(const QString& coopPath, const QString& storeId) const;
    // The day a backup of backupsOf() was taken, read from its name.
    static QDate dayOf(const QString& backupPath);
    // Writes today's backup of `store` (the co-op at `coopPath`) unless one
    // was written today, then removes the oldest beyond keep(); returns the
    // file written, or nothing. Throws StorageError.
    QString takeIfDue(EventStore& store, const QString& coopPath, QDate today);

private:
    QString folderFor(const QString& coopPath, const QString& storeId) const;

    QString m_folder;
    int m_keep;
};

} // namespace coopdesk
