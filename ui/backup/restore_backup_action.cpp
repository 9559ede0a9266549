#include "restore_backup_action.h"

#include "automatic_backups.h"
#include "demo/demo_coop_generation.h"
#include "main_window/main_window.h"
#include "projections/views_file.h"
#include "restore_backup_dialog.h"
#include "session/coop_session.h"
#include "session/storage_advice.h"
#include "widgets/job_progress.h"
#include "widgets/message_box.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>

namespace coopdesk {

namespace {

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

RestoreBackupAction::RestoreBackupAction(MainWindow* window)
    : QAction(tr("Restore from &Backup…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionRestoreBackup"));
    connect(this, &QAction::triggered, this, &RestoreBackupAction::chooseAndRestore);
    connect(window, &MainWindow::sessionOpened, this, &RestoreBackupAction::updateState);
    connect(window, &MainWindow::sessionClosed, this, [this] {
        if (m_closingForRestore)
            return;
        // Another close (the window's): a check under way is dropped.
        jobprogress::close(m_progress);
        delete m_job;
        m_backupPath.clear();
        updateState();
    });
    updateState();
}

RestoreBackupAction::~RestoreBackupAction()
{
    jobprogress::close(m_progress);
    delete m_job; // cancels and waits: a restore cut short puts the original back
}

void RestoreBackupAction::updateState()
{
    const CoopSession* session = m_window->session();
    QString reason;
    if (!session)
        reason = tr("Open a co-op to restore it from one of its backups.");
    else if (session->isServer())
        reason = tr("Not yet available for a server co-op.");
    else if (session->isReadOnly())
        reason = session->readOnlyReason();
    else if (QFileInfo(session->path()) == QFileInfo(demoCoopPath()))
        reason = tr("The demo co-op has no backups: it is made again at will.");
    const bool available = reason.isEmpty() && !isRestoring();
    setEnabled(available);
    const QString tip =
        reason.isEmpty() ? tr("Put a backup in the co-op file's place, keeping the file beside it")
                         : tr("Not available: %1").arg(reason);
    setStatusTip(tip);
    setToolTip(tip);
}

void RestoreBackupAction::chooseAndRestore()
{
    CoopSession* session = m_window->session();
    if (!session || !isEnabled())
        return;
    const AutomaticBackups* backups = m_window->automaticBackups();
    RestoreBackupDialog dialog(session->path(), session->headPosition(),
                               backups ? backups->backupsOf(session->path(), session->storeId())
                                       : QStringList(),
                               m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreFrom(dialog.chosenPath());
}

bool RestoreBackupAction::restoreFrom(const QString& backupPath)
{
    CoopSession* session = m_window->session();
    if (!session || !isEnabled() || isRestoring() || backupPath.isEmpty())
        return false;
    m_backupPath = backupPath;
    m_coopPath = session->path();
    m_storeId = session->storeId();
    m_coopEvents = session->headPosition();
    if (m_job)
        m_job->deleteLater(); // done, but maybe still reporting its end
    m_job = new RestoreJob(m_coopPath, m_storeId, this);
    connect(m_job, &RestoreJob::checked, this, &RestoreBackupAction::onChecked);
    connect(m_job, &RestoreJob::restored, this, &RestoreBackupAction::onRestored);
    updateState();
    showProgress(tr("Checking the backup %1…").arg(fileName(backupPath)));
    return m_job->startCheck(backupPath);
}

void RestoreBackupAction::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RestoreBackupAction::showProgress(const QString& label)
{
    jobprogress::close(m_progress);
    m_progress = jobprogress::open(m_window, QStringLiteral("restoreBackupProgress"),
                                   tr("Restore from Backup"), label, tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &RestoreBackupAction::cancel);
    connect(m_job, &RestoreJob::progress, m_progress,
            [this](qint64 done, qint64 total) { jobprogress::show(m_progress, done, total); });
}

void RestoreBackupAction::onChecked(const BackupCheck& check)
{
    jobprogress::close(m_progress);
    RestoreOutcome outcome;
    switch (check.status) {
    case BackupCheck::Status::Refused:
        outcome.message = check.message;
        MessageBox::critical(m_window, tr("Restore from Backup"),
                             tr("“%1” cannot be restored from “%2”.")
                                 .arg(fileName(m_coopPath), fileName(m_backupPath)),
                             withAdvice(check.message, tr("Nothing was changed.")));
        finish(outcome);
        return;
    case BackupCheck::Status::Cancelled:
        outcome.status = RestoreOutcome::Status::Cancelled;
        finish(outcome);
        return;
    case BackupCheck::Status::Ok:
        break;
    }
    const CoopSession* session = m_window->session();
    if (!session || session->path() != m_coopPath || !confirm(check)) {
        outcome.status = RestoreOutcome::Status::Cancelled;
        finish(outcome);
        return;
    }
    // Closed by the window, as a user would: every connection of this
    // process goes, so the file is whole and nothing of ours holds it.
    m_closingForRestore = true;
    m_window->closeFileWithoutBackup();
    m_closingForRestore = false;
    showProgress(
        tr("Putting %1 in the place of %2…").arg(fileName(m_backupPath), fileName(m_coopPath)));
    m_job->startRestore(m_backupPath);
}

bool RestoreBackupAction::confirm(const BackupCheck& check)
{
    const QString kept = fileName(keptNameFor(m_coopPath));
    QStringList details;
    details << tr("The backup holds %Ln event(s), each checked.", nullptr, check.events);
    if (m_coopEvents) {
        details << tr("The co-op file holds %Ln event(s) now.", nullptr, *m_coopEvents);
        if (*m_coopEvents > check.events)
            details << tr("What was recorded after the backup (%Ln event(s)) is not in it; it "
                          "stays in the file kept.",
                          nullptr, *m_coopEvents - check.events);
    }
    details << tr("CoopDesk will close the co-op, keep its file as “%1” in the same folder, put "
                  "the backup in its place and open it.")
                   .arg(kept);
    return MessageBox::ask(
        m_window, tr("Restore from Backup"),
        tr("Restore “%1” from “%2”?").arg(fileName(m_coopPath), fileName(m_backupPath)),
        details.join(u' '));
}

void RestoreBackupAction::onRestored(const RestoreOutcome& outcome)
{
    jobprogress::close(m_progress);
    switch (outcome.status) {
    case RestoreOutcome::Status::Restored:
        if (!m_window->openFile(m_coopPath)) {
            finish(undo(outcome));
            return;
        }
        MessageBox::information(
            m_window, tr("Restore from Backup"),
            tr("“%1” was restored from “%2”.").arg(fileName(m_coopPath), fileName(m_backupPath)),
            tr("It holds %Ln event(s), each checked.", nullptr, outcome.events) + u' ' +
                tr("The file it replaced is kept in the same folder as “%1”.")
                    .arg(fileName(outcome.keptAs)));
        m_window->statusBar()->showMessage(
            tr("Restored from %1; the file before is kept as %2.")
                .arg(fileName(m_backupPath), fileName(outcome.keptAs)),
            15000);
        break;
    case RestoreOutcome::Status::Cancelled:
        if (outcome.originalInPlace)
            reopenOriginal();
        m_window->statusBar()->showMessage(
            tr("Restore cancelled: %1 is as it was.").arg(fileName(m_coopPath)), 8000);
        break;
    case RestoreOutcome::Status::Failed:
        if (outcome.originalInPlace)
            reopenOriginal();
        reportFailure(outcome, tr("The co-op file is as it was before."));
        break;
    }
    finish(outcome);
}

RestoreOutcome RestoreBackupAction::undo(RestoreOutcome outcome)
{
    // openFile() said why the restored file would not open.
    const QString error = putOriginalBack(m_coopPath, outcome.keptAs);
    viewsfile::remove(viewsfile::pathFor(StoreLocation::fromText(m_coopPath), m_storeId));
    outcome.status = RestoreOutcome::Status::Failed;
    outcome.originalInPlace = error.isEmpty();
    outcome.message = error.isEmpty() ? tr("The restored file could not be opened.") : error;
    if (outcome.originalInPlace) {
        outcome.keptAs.clear();
        reopenOriginal();
    }
    reportFailure(outcome, tr("The co-op file was put back as it was."));
    return outcome;
}

void RestoreBackupAction::reportFailure(const RestoreOutcome& outcome, const QString& inPlaceNote)
{
    // Put back, the note says so; not, the message says where the file is.
    const QString details =
        withAdvice(outcome.message, outcome.originalInPlace ? inPlaceNote : QString());
    MessageBox::critical(m_window, tr("Restore from Backup"),
                         tr("CoopDesk could not restore “%1” from “%2”.")
                             .arg(fileName(m_coopPath), fileName(m_backupPath)),
                         details);
}

void RestoreBackupAction::reopenOriginal()
{
    if (!m_window->session())
        m_window->openFile(m_coopPath);
}

void RestoreBackupAction::finish(const RestoreOutcome& outcome)
{
    m_backupPath.clear();
    updateState();
    emit finished(outcome);
}

} // namespace coopdesk
