#include "demo_coop_generation.h"

#include "commands/command_bus.h"
#include "projections/views_file.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <exception>

namespace coopdesk {

namespace {

// The co-op file and whatever SQLite and the projector left beside it.
void removeCoopFiles(const QString& path)
{
    const QString viewsPath = viewsfile::pathFor(StoreLocation::fromText(path), {});
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
        QFile::remove(viewsPath + suffix);
    }
}

} // namespace

QString demoCoopPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.coop"));
}

DemoOptions defaultDemoOptions()
{
    DemoOptions options;
    options.families = 500;
    options.months = 12;
    options.seed = 1;
    options.lastMonth = QDate::currentDate();
    return options;
}

DemoCoopGeneration::DemoCoopGeneration(const QString& path, const DemoOptions& options,
                                       const QString& userId, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_userId(userId)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_thread.setObjectName(QStringLiteral("demo-generator"));
}

DemoCoopGeneration::~DemoCoopGeneration()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void DemoCoopGeneration::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel->store(false);
    auto* worker = new DemoCoopWorker(m_path, m_options, m_userId, m_cancel);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DemoCoopWorker::progress, this, &DemoCoopGeneration::progress);
    connect(worker, &DemoCoopWorker::finished, this,
            [this](bool ok, bool cancelled, const QString& message) {
                m_thread.quit();
                m_thread.wait();
                emit finished(ok, cancelled, message);
            });
    m_thread.start();
    QMetaObject::invokeMethod(worker, &DemoCoopWorker::run, Qt::QueuedConnection);
}

void DemoCoopGeneration::cancel()
{
    m_cancel->store(true);
}

DemoCoopWorker::DemoCoopWorker(const QString& path, const DemoOptions& options,
                               const QString& userId, std::shared_ptr<std::atomic_bool> cancel)
    : m_path(path)
    , m_options(options)
    , m_userId(userId)
    , m_cancel(std::move(cancel))
{}

void DemoCoopWorker::run()
{
    bool ok = false;
    bool cancelled = false;
    QString message;
    try {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const StoreLocation location = StoreLocation::fromText(m_path);
        createEventStore(location);
        try {
            // Opened here, in the worker's thread; a demo needs no
            // power-cut durability (a crash leaves a file made again).
            StoreOptions options;
            options.durable = false;
            const auto store = openEventStore(location, options);
            // Each event recorded when it happened in the demo's calendar
            // (the demo's today is today: never later than now).
            DemoClock clock(QDateTime(m_options.lastMonth, QTime(8, 0)),
                            QDateTime::currentDateTimeUtc());
            DemoOptions demo = m_options;
            demo.clock = &clock;
            CommandBus bus(*store, clock, m_userId);
            generateDemoCoop(bus, demo, [this](qint64 done, qint64 total) {
                emit progress(done, total);
                return !m_cancel->load();
            });
            cancelled = m_cancel->load();
            ok = !cancelled;
        } catch (...) {
            removeCoopFiles(m_path);
            throw;
        }
        if (!ok)
            removeCoopFiles(m_path);
    } catch (const StorageError& error) {
        message = error.message();
    } catch (const std::exception& error) {
        message = QString::fromUtf8(error.what());
    }
    emit finished(ok, cancelled, message);
}

} // namespace coopdesk
