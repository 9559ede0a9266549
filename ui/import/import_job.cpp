#include "import_job.h"

#include "import_worker.h"

namespace coopdesk {

ImportJob::ImportJob(const StoreLocation& location, const QString& userId, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_userId(userId)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ImportPhase>();
    qRegisterMetaType<ImportOutcome>();
    m_options.busyTimeoutMs = defaultBusyTimeoutMs;
    m_thread.setObjectName(QStringLiteral("csv-import"));
}

ImportJob::~ImportJob()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ImportJob::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = new ImportWorker(m_location, m_userId, m_options, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, &ImportJob::progress);
    connect(m_worker, &ImportWorker::finished, this, &ImportJob::onFinished);
    m_thread.start();
}

bool ImportJob::check(const QString& csvPath, ImportKind kind)
{
    if (m_running)
        return false;
    ensureWorker();
    m_cancel->store(false);
    m_running = true;
    m_checked = false;
    ImportWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, csvPath, kind] { worker->check(csvPath, kind); }, Qt::QueuedConnection);
    emit started(ImportOutcome::Step::Check);
    return true;
}

bool ImportJob::commit()
{
    if (m_running || !m_checked)
        return false;
    m_cancel->store(false);
    m_running = true;
    m_checked = false;
    QMetaObject::invokeMethod(m_worker, &ImportWorker::commit, Qt::QueuedConnection);
    emit started(ImportOutcome::Step::Commit);
    return true;
}

void ImportJob::cancel()
{
    if (m_running)
        m_cancel->store(true);
}

void ImportJob::onFinished(const ImportOutcome& outcome)
{
    m_running = false;
    // A check whose rows all pass can be committed. After a failed or
    // cancelled commit the rows are still those read: they can be tried
    // again once the reason is gone (another program's lock, a full disk).
    m_checked = outcome.ok() ? outcome.step == ImportOutcome::Step::Check
                             : outcome.step == ImportOutcome::Step::Commit &&
                                   (outcome.status == CsvImport::Status::Cancelled ||
                                    outcome.status == CsvImport::Status::Storage) &&
                                   outcome.rowErrors.isEmpty();
    emit finished(outcome);
}

} // namespace coopdesk
