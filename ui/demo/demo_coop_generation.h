#pragma once

#include "io/demo_generator.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace coopdesk {

// The demo co-op of the desktop app: kept in the user's data folder
// (QStandardPaths::AppDataLocation/demo.coop), made on first use.
QString demoCoopPath();
// What the app generates: 500 families × 12 months, seed 1, up to this month.
DemoOptions defaultDemoOptions();

// Makes a demo co-op file with generateDemoCoop() on a worker thread: the
// file is created, and its EventStore and CommandBus opened, in that
// thread (ARCHITECTURE rules 4 and 5). Progress and the outcome arrive as
// queued signals in the owner's thread. A cancelled or failed generation
// deletes the half-made file, so the next try starts over. Destroying the
// object cancels and waits for the thread.
class DemoCoopGeneration : public QObject
{
    Q_OBJECT

public:
    DemoCoopGeneration(const QString& path, const DemoOptions& options, const QString& userId,
                       QObject* parent = nullptr);
    ~DemoCoopGeneration() override;

    QString path() const { return m_path; }
    bool isRunning() const { return m_thread.isRunning(); }

public slots:
    void start();
    // Asks the generator to stop at its next step; finished() follows.
    void cancel();

signals:
    // `done` of `total` family-months generated.
    void progress(qint64 done, qint64 total);
    // ok: the file is complete. Otherwise it has been removed: `cancelled`,
    // or failed with `message`.
    void finished(bool ok, bool cancelled, const QString& message);

private:
    QString m_path;
    DemoOptions m_options;
    QString m_userId;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// The worker object, living in DemoCoopGeneration's thread.
class DemoCoopWorker : public QObject
{
    Q_OBJECT

public:
    DemoCoopWorker(const QString& path, const DemoOptions& options, const QString& userId,
                   std::shared_ptr<std::atomic_bool> cancel);

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, bool cancelled, const QString& message);

private:
    QString m_path;
    DemoOptions m_options;
    QString m_userId;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace coopdesk
