#include "audit_trail_check.h"

#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QElapsedTimer>

namespace coopdesk {

AuditTrailCheck::AuditTrailCheck(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<coopdesk::AuditTrailCheck::Outcome>();
    m_thread.setObjectName(QStringLiteral("audit-check"));
    m_worker = new AuditTrailWorker(m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AuditTrailWorker::progress, this, &AuditTrailCheck::progress);
    connect(m_worker, &AuditTrailWorker::finished, this, &AuditTrailCheck::onFinished);
    m_thread.start();
}

AuditTrailCheck::~AuditTrailCheck()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void AuditTrailCheck::start(const StoreLocation& location)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, location] { worker->run(location); }, Qt::QueuedConnection);
}

void AuditTrailCheck::cancel()
{
    if (m_running)
        m_cancel->store(true);
}

void AuditTrailCheck::onFinished(const Outcome& outcome)
{
    m_running = false;
    // Cancelled after the walk's last batch: the user asked to stop, and
    // nothing wrong was found in what was checked; say so, as for any cancel.
    Outcome shown = outcome;
    if (m_cancel->load() && outcome.ok) {
        shown.ok = false;
        shown.cancelled = true;
    }
    emit finished(shown);
}

AuditTrailWorker::AuditTrailWorker(std::shared_ptr<std::atomic<bool>> cancel)
    : m_cancel(std::move(cancel))
{}

void AuditTrailWorker::run(const StoreLocation& location)
{
    AuditTrailCheck::Outcome outcome;
    try {
        // A store of this thread's own (ARCHITECTURE rule 4), read-only.
        StoreOptions options;
        options.readOnly = true;
        const auto store = openEventStore(location, options);
        QElapsedTimer sinceReport;
        sinceReport.start();
        const AuditReport report = store->checkIntegrity([&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 50 || done == total) {
                emit progress(done, total);
                sinceReport.restart();
            }
            return !m_cancel->load();
        });
        outcome.ok = report.ok;
        outcome.cancelled = !report.ok && !report.firstBadPosition && m_cancel->load();
        outcome.eventsChecked = report.eventsChecked;
        outcome.firstBadPosition = report.firstBadPosition.value_or(0);
        outcome.problem = report.problem;
    } catch (const StorageError& error) {
        outcome.ok = false;
        outcome.problem = error.message();
    }
    emit finished(outcome);
}

} // namespace coopdesk
