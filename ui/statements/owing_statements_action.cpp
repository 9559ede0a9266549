#include "owing_statements_action.h"

#include "charts/report_day.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "statement_file_name.h"
#include "statement_period_dialog.h"
#include "widgets/job_progress.h"
#include "widgets/message_box.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace coopdesk {

OwingStatementsAction::OwingStatementsAction(MainWindow* window)
    : QAction(tr("Statements of &Families That Owe…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionOwingStatements"));
    setStatusTip(tr("Save one PDF with the statement of every family that owes money, each on "
                    "a page of its own"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &OwingStatementsAction::openDialog);
    connect(window, &MainWindow::sessionOpened, this, [this] { setEnabled(true); });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        delete m_dialog;
        jobprogress::close(m_progress);
        delete m_job; // cancels and waits: nothing half-written is left
        setEnabled(false);
    });
}

OwingStatementsAction::~OwingStatementsAction()
{
    delete m_dialog;
    jobprogress::close(m_progress);
    delete m_job;
}

StatementPeriodDialog* OwingStatementsAction::dialog() const
{
    return m_dialog;
}

StatementPeriodDialog* OwingStatementsAction::openDialog()
{
    if (!m_window->session() || isWriting())
        return nullptr;
    delete m_dialog;
    m_dialog = new StatementPeriodDialog(
        tr("Statements of Families That Owe"),
        tr("One PDF with the statement of account of every family that owes money (withdrawn "
           "families too), in name order, each starting on a new page."),
        ReportDay::today(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const StatementPeriod period = m_dialog->period();
        QMetaObject::invokeMethod(
            this, [this, period] { chooseFileAndWrite(period); }, Qt::QueuedConnection);
    });
    m_dialog->open();
    return m_dialog;
}

void OwingStatementsAction::chooseFileAndWrite(const StatementPeriod& period)
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Statements"),
        QDir(m_lastFolder).filePath(StatementFileName::forFamiliesThatOwe(period)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    m_lastFolder = QFileInfo(path).absolutePath();
    writeTo(period, path);
}

bool OwingStatementsAction::writeTo(const StatementPeriod& period, const QString& path)
{
    CoopSession* session = m_window->session();
    if (!session || isWriting())
        return false;
    delete m_job;
    m_job = new OwingStatementsJob(session->location(), this);
    connect(m_job, &OwingStatementsJob::finished, this, &OwingStatementsAction::onFinished);
    m_progress = jobprogress::open(
        m_window, QStringLiteral("owingStatementsProgress"), tr("Statements of Families That Owe"),
        tr("Writing the statements into %1…").arg(QFileInfo(path).fileName()), tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &OwingStatementsAction::cancel);
    connect(m_job, &OwingStatementsJob::progress, m_progress,
            [this](qint64 done, qint64 total) { jobprogress::show(m_progress, done, total); });
    setEnabled(false);
    return m_job->start(OwingStatementsRequest{period, AppSettings().coopName(session->path()),
                                               m_window->currencyCode(), ReportDay::today(), path});
}

void OwingStatementsAction::cancel()
{
    if (m_job)
        m_job->cancel();
}

void OwingStatementsAction::onFinished(const OwingStatementsResult& result)
{
    jobprogress::close(m_progress);
    setEnabled(m_window->session() != nullptr);
    const QString fileName = QFileInfo(result.path).fileName();
    using Status = OwingStatementsResult::Status;
    switch (result.status) {
    case Status::Ok:
        m_window->statusBar()->showMessage(
            tr("%Ln statement(s) written to %1,", nullptr, result.families)
                    .arg(QDir::toNativeSeparators(result.path)) +
                QLatin1Char(' ') + tr("%Ln page(s) in all.", nullptr, result.pages),
            8000);
        break;
    case Status::NobodyOwes:
        MessageBox::information(m_window, tr("Statements of Families That Owe"),
                                tr("No family owes money: there is no statement to write."),
                                tr("%1 was not written.").arg(fileName));
        break;
    case Status::Cancelled:
        m_window->statusBar()->showMessage(
            tr("Statements cancelled: %1 was not written.").arg(fileName), 8000);
        break;
    case Status::Failed:
        MessageBox::critical(m_window, tr("Statements of Families That Owe"),
                             tr("The statements could not be saved."), result.message);
        break;
    }
    emit finished(result);
}

} // namespace coopdesk
