#include "save_copy_action.h"

#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "session/server_coop_name.h"
#include "widgets/job_progress.h"
#include "widgets/message_box.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace coopdesk {

SaveCopyAction::SaveCopyAction(MainWindow* window)
    : QAction(tr("Save a &Copy…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionSaveCopy"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &SaveCopyAction::chooseFileAndSave);
    connect(window, &MainWindow::sessionOpened, this, [this](CoopSession* session) {
        setEnabled(session != nullptr);
        // A server co-op's copy is a co-op file too (SPEC 12.4).
        setStatusTip(session && session->isServer()
                         ? tr("Write a verified co-op file holding every event of the shared "
                              "co-op")
                         : tr("Write a verified copy of the co-op file, while it stays open"));
    });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        jobprogress::close(m_progress);
        delete m_job; // cancels and waits: a copy cut short is removed
        setEnabled(false);
    });
}

SaveCopyAction::~SaveCopyAction()
{
    jobprogress::close(m_progress);
    delete m_job;
}

void SaveCopyAction::chooseFileAndSave()
{
    CoopSession* session = m_window->session();
    if (!session || isSaving())
        return;
    const QString suggested = suggestedPath();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save a Copy"), suggested, tr("CoopDesk co-op files (*.coop)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing file is refused below, not replaced
    if (!path.isEmpty())
        saveTo(path);
}

QString SaveCopyAction::suggestedPath() const
{
    const CoopSession* session = m_window->session();
    if (!session)
        return {};
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    if (!session->isServer()) {
        const QFileInfo coop(session->path());
        return QDir(coop.absolutePath())
            .filePath(tr("%1 copy %2.coop").arg(coop.completeBaseName(), date));
    }
    // A server co-op has no folder of its own: the user's documents, named
    // after the co-op (its service or its database).
    QString name = serviceNameOf(session->location());
    if (name.isEmpty() && session->serverInfo())
        name = session->serverInfo()->database;
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f])")),
                 QStringLiteral("-"));
    if (name.trimmed().isEmpty())
        name = tr("Shared co-op");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(tr("%1 copy %2.coop").arg(name.trimmed(), date));
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

    const QString label =
        session->isServer()
            ? tr("Copying every event of the shared co-op into %1…").arg(QFileInfo(path).fileName())
            : tr("Copying and checking the co-op file into %1…").arg(QFileInfo(path).fileName());
    m_progress = jobprogress::open(m_window, QStringLiteral("saveCopyProgress"), tr("Save a Copy"),
                                   label, tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &SaveCopyAction::cancel);
    // A file's copy reports the check of the copy; a server's, the events copied.
    const bool server = session->isServer();
    connect(m_job, &SaveCopyJob::progress, m_progress,
            [this, label, server](qint64 done, qint64 total) {
                const QString count = QLocale().toString(done);
                const QString of = QLocale().toString(total);
                jobprogress::show(m_progress, done, total,
                                  label + u'\n' +
                                      (server ? tr("%1 of %2 events copied").arg(count, of)
                                              : tr("%1 of %2 events checked").arg(count, of)));
            });
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
    jobprogress::close(m_progress);
    setEnabled(m_window->session() != nullptr);
    const QString fileName = QFileInfo(result.path).fileName();
    switch (result.status) {
    case SaveCopyResult::Status::Ok:
        m_window->statusBar()->showMessage(
            tr("A checked copy was written to %1. Events: %2.")
                .arg(QDir::toNativeSeparators(result.path), QLocale().toString(result.events)),
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
