#include "save_copy_action.h"

#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "widgets/job_progress.h"
#include "widgets/message_box.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>

namespace coopdesk {

SaveCopyAction::SaveCopyAction(MainWindow* window)
    : QAction(tr("Save a &Copy…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionSaveCopy"));
    setStatusTip(tr("Write a verified copy of the co-op file, while it stays open"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &SaveCopyAction::chooseFileAndSave);
    connect(window, &MainWindow::sessionOpened, this, [this](CoopSession* session) {
        // SPEC 12.4's copy of a server co-op into a file is not built yet.
        const bool server = session && session->isServer();
        setEnabled(!server);
        setStatusTip(server ? tr("Not yet available for a server co-op")
                            : tr("Write a verified copy of the co-op file, while it stays open"));
        setToolTip(server ? tr("Not yet available for a server co-op") : QString());
    });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        delete m_progress;
        delete m_job; // cancels and waits: a copy cut short is removed
        setEnabled(false);
    });
}

SaveCopyAction::~SaveCopyAction()
{
    delete m_progress;
    delete m_job;
}

void SaveCopyAction::chooseFileAndSave()
{
    CoopSession* session = m_window->session();
    if (!session || isSaving())
        return;
    const QFileInfo coop(session->path());
    const QString suggested = QDir(coop.absolutePath())
                                  .filePath(tr("%1 copy %2.coop")
                                                .arg(coop.completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save a Copy"), suggested, tr("CoopDesk co-op files (*.coop)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing file is refused below, not replaced
    if (!path.isEmpty())
        saveTo(path);
}

bool SaveCopyAction::saveTo(const QString& path)
{
    CoopSession* session = m_window->session();
    if (!session || isSaving())
        return false;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(m_window, tr("Save a Copy"),
                            tr("“%1” already exists.").arg(QFileInfo(path).fileName()),
                            tr("A copy never replaces a file: choose a new name."));
        return false;
    }
    delete m_job;
    m_job = new SaveCopyJob(session->location(), this);
    connect(m_job, &SaveCopyJob::finished, this, &SaveCopyAction::onFinished);

    m_progress = jobprogress::open(
        m_window, QStringLiteral("saveCopyProgress"), tr("Save a Copy"),
        tr("Copying and checking the co-op file into %1…").arg(QFileInfo(path).fileName()),
        tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &SaveCopyAction::cancel);
    connect(m_job, &SaveCopyJob::progress, m_progress,
            [this](qint64 done, qint64 total) { jobprogress::show(m_progress, done, total); });
    setEnabled(false);
    return m_job->start(path);
}

void SaveCopyAction::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SaveCopyAction::onFinished(const SaveCopyResult& result)
{
    delete m_progress;
    setEnabled(m_window->session() != nullptr);
    const QString fileName = QFileInfo(result.path).fileName();
    switch (result.status) {
    case SaveCopyResult::Status::Ok:
        m_window->statusBar()->showMessage(tr("A checked copy was written to %1. Events: %2.")
                                               .arg(fileName, QLocale().toString(result.events)),
                                           8000);
        break;
    case SaveCopyResult::Status::Cancelled:
        m_window->statusBar()->showMessage(tr("Copy cancelled: %1 was not written.").arg(fileName),
                                           8000);
        break;
    case SaveCopyResult::Status::Failed:
        MessageBox::critical(m_window, tr("Save a Copy"),
                             tr("CoopDesk could not write a copy to “%1”.").arg(fileName),
                             result.message);
        break;
    }
    emit finished(result);
}

} // namespace coopdesk
