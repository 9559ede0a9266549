#pragma once

#include "restore_job.h"

#include <QAction>
#include <QPointer>

#include <optional>

class QProgressDialog;

namespace coopdesk {

class MainWindow;

// File ▸ Restore from Backup… (SPEC 7): enabled while a co-op the user may
// write is open (not the demo co-op, made again at will); disabled, its
// tips say why. Lists the co-op's automatic backups (RestoreBackupDialog),
// checks the chosen file (RestoreJob: the same co-op, a chain that checks;
// anything else is refused and nothing changes), asks, closes the co-op
// (no automatic backup: the file itself is kept), puts the backup in its
// place (restoreBackup()) and opens it. Whatever fails after the co-op
// closed, the original is put back and opened again, and a message says so.
class RestoreBackupAction : public QAction
{
    Q_OBJECT

public:
    explicit RestoreBackupAction(MainWindow* window);
    ~RestoreBackupAction() override;

    // From the check of a file to the reopening of the co-op.
    bool isRestoring() const { return !m_backupPath.isEmpty(); }

public slots:
    // Shows the backups, then restores from the one chosen.
    void chooseAndRestore();
    // Restores the open co-op from `backupPath` as above; false (and
    // nothing done) when the action is not available or a restore runs.
    bool restoreFrom(const QString& backupPath);
    void cancel();

signals:
    // At the end of every restore started, whatever happened (a refused
    // file: Failed, the original in place).
    void finished(const coopdesk::RestoreOutcome& outcome);

private:
    void updateState();
    void showProgress(const QString& label);
    void onChecked(const BackupCheck& check);
    bool confirm(const BackupCheck& check);
    void onRestored(const RestoreOutcome& outcome);
    // The restored file could not be opened: the original goes back.
    RestoreOutcome undo(RestoreOutcome outcome);
    void reportFailure(const RestoreOutcome& outcome, const QString& inPlaceNote);
    void reopenOriginal();
    void finish(const RestoreOutcome& outcome);

    MainWindow* m_window;
    QPointer<RestoreJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_backupPath; // while restoring
    QString m_coopPath;
    QString m_storeId;
    std::optional<qint64> m_coopEvents;
    bool m_closingForRestore = false;
};

} // namespace coopdesk
