#include "event_export_menu_action.h"

#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "widgets/job_progress.h"
#include "widgets/message_box.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>

namespace coopdesk {

EventExportMenuAction::EventExportMenuAction(MainWindow* window)
    : QAction(tr("Export &Events…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionExportEvents"));
    setStatusTip(tr("Write the event log (the audit trail) to a file, as JSON lines"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &EventExportMenuAction::chooseFileAndExport);
    connect(window, &MainWindow::sessionOpened, this, [this] { setEnabled(true); });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        stop();
        setEnabled(false);
    });
}

EventExportMenuAction::~EventExportMenuAction()
{
    stop();
}

bool EventExportMenuAction::isExporting() const
{
    return m_export && m_export->isRunning();
}

QProgressDialog* EventExportMenuAction::progressDialog() const
{
    return m_progress;
}

void EventExportMenuAction::chooseFileAndExport()
{
    CoopSession* session = m_window->session();
    if (!session || isExporting())
        return;
    const QFileInfo coop(session->path());
    const QString suggested =
        QDir(coop.absolutePath()).filePath(tr("%1 events.jsonl").arg(coop.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Events"), suggested,
                                     tr("JSON lines (*.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool EventExportMenuAction::exportTo(const QString& path)
{
    CoopSession* session = m_window->session();
    if (!session || isExporting())
        return false;
    delete m_export;
    m_export = new EventLogExport(session->location(), this);
    connect(m_export, &EventLogExport::finished, this, &EventExportMenuAction::onFinished);

    m_progress = jobprogress::open(
        m_window, QStringLiteral("eventExportProgress"), tr("Export Events"),
        tr("Writing the event log to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &EventExportMenuAction::cancel);
    connect(m_export, &EventLogExport::progress, m_progress,
            [this](qint64 done, qint64 total) { jobprogress::show(m_progress, done, total); });
    setEnabled(false);
    return m_export->start(path);
}

void EventExportMenuAction::cancel()
{
    if (m_export)
        m_export->cancel();
}

void EventExportMenuAction::stop()
{
    jobprogress::close(m_progress);
    delete m_export; // cancels and waits: no file is left half-written
    m_export = nullptr;
}

void EventExportMenuAction::onFinished(const EventExportResult& result)
{
    jobprogress::close(m_progress);
    setEnabled(m_window->session() != nullptr);
    const QString fileName = QFileInfo(result.path).fileName();
    switch (result.status) {
    case EventExportResult::Status::Ok:
        m_window->statusBar()->showMessage(tr("Event log written to %1. Events: %2.")
                                               .arg(fileName, QLocale().toString(result.events)),
                                           8000);
        break;
    case EventExportResult::Status::Cancelled:
        m_window->statusBar()->showMessage(
            tr("Export cancelled: %1 was not written.").arg(fileName), 8000);
        break;
    case EventExportResult::Status::Failed:
        MessageBox::critical(m_window, tr("Export Events"),
                             tr("CoopDesk could not write “%1”.").arg(fileName), result.message);
        break;
    }
    emit finished(result);
}

} // namespace coopdesk
