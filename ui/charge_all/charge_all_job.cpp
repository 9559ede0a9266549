#include "charge_all_job.h"

#include "charge_all_worker.h"

namespace coopdesk {

ChargeAllJob::ChargeAllJob(const StoreLocation& location, const QString& userId, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_userId(userId)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ChargeAllOutcome>();
    m_options.busyTimeoutMs = defaultBusyTimeoutMs;
    m_thread.setObjectName(QStringLiteral("charge-all"));
}

ChargeAllJob::~ChargeAllJob()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ChargeAllJob::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = new ChargeAllWorker(m_location, m_userId, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChargeAllWorker::progress, this, &ChargeAllJob::progress);
    connect(m_worker, &ChargeAllWorker::finished, this, &ChargeAllJob::onFinished);
    m_thread.start();
}

quint64 ChargeAllJob::plan(const ChargeAllRequest& request, bool findFreeMonth)
{
    ensureWorker();
    const quint64 generation = ++m_generation;
    ChargeAllWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, request, findFreeMonth] {
            worker->plan(generation, request, findFreeMonth);
        },
        Qt::QueuedConnection);
    return generation;
}

bool ChargeAllJob::charge(const ChargeAllPlan& plan)
{
    return write(ChargeAllOutcome::Step::Charge, plan, plan.commands());
}

bool ChargeAllJob::cancelRun(const ChargeAllPlan& plan, const QString& reason)
{
    return write(ChargeAllOutcome::Step::CancelRun, plan, plan.cancelCommands(reason));
}

bool ChargeAllJob::write(ChargeAllOutcome::Step step, const ChargeAllPlan& plan,
                         const QList<QJsonObject>& commands)
{
    if (m_writing)
        return false;
    ensureWorker();
    m_cancel->store(false);
    m_writing = true;
    ChargeAllWorker* worker = m_worker;
    const StoreOptions options = m_options;
    QMetaObject::invokeMethod(
        worker,
        [worker, step, plan, commands, options] { worker->write(step, plan, commands, options); },
        Qt::QueuedConnection);
    return true;
}

void ChargeAllJob::cancel()
{
    if (m_writing)
        m_cancel->store(true);
}

void ChargeAllJob::onFinished(const ChargeAllOutcome& outcome)
{
    if (outcome.step != ChargeAllOutcome::Step::Plan)
        m_writing = false;
    emit finished(outcome);
}

} // namespace coopdesk
