#pragma once

#include "import_outcome.h"
#include "io/csv_import.h"
#include "store/event_store.h"
#include "store/store_options.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace coopdesk {

class CommandBus;
class SystemClock;

// The worker object of an ImportJob, living in the job's thread (ARCHITECTURE
// rules 4 and 5). It keeps the CsvImport between steps, so a commit imports
// exactly what the last check read and showed. Its own EventStore and
// CommandBus on the co-op are opened in its thread on first use and
// closed when it is deleted there.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const StoreLocation& location, const QString& userId, const StoreOptions& options,
                 std::shared_ptr<std::atomic_bool> cancel);
    ~ImportWorker() override;

public slots:
    // Reads the CSV file (parse) and runs its rows through the command
    // bus without writing (validate).
    void check(const QString& csvPath, coopdesk::ImportKind kind);
    // Imports the rows of the last check in one transaction, or none.
    void commit();

signals:
    void progress(coopdesk::ImportPhase phase, qint64 done, qint64 total);
    void finished(const coopdesk::ImportOutcome& outcome);

private:
    CsvImport::Progress progressFor(ImportPhase phase);
    // Opens the store and bus when not yet open; false (and a storage
    // outcome filled in) when the co-op file cannot be opened.
    bool openStore(ImportOutcome& outcome);
    void fillFromImport(ImportOutcome& outcome, CsvImport::Status status) const;

    StoreLocation m_location;
    QString m_userId;
    StoreOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CommandBus> m_bus;
    std::optional<CsvImport> m_import;
    QString m_csvPath;
};

} // namespace coopdesk
