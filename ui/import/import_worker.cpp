#include "import_worker.h"

#include "clock.h"
#include "commands/command_bus.h"
#include "session/storage_advice.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QFile>
#include <QFileInfo>

#include <exception>

namespace coopdesk {

ImportWorker::ImportWorker(const StoreLocation& location, const QString& userId,
                           const StoreOptions& options, std::shared_ptr<std::atomic_bool> cancel)
    : m_location(location)
    , m_userId(userId)
    , m_options(options)
    , m_cancel(std::move(cancel))
{}

// Runs in the worker's thread (deleteLater after the thread's finished):
// the bus, then the store and its connection, go where they were opened.
ImportWorker::~ImportWorker()
{
    m_bus.reset();
    m_store.reset();
}

CsvImport::Progress ImportWorker::progressFor(ImportPhase phase)
{
    return [this, phase](qint64 done, qint64 total) {
        emit progress(phase, done, total);
        return !m_cancel->load();
    };
}

bool ImportWorker::openStore(ImportOutcome& outcome)
{
    if (m_bus)
        return true;
    try {
        m_clock = std::make_unique<SystemClock>();
        m_store = openEventStore(m_location, m_options);
        m_bus = std::make_unique<CommandBus>(*m_store, *m_clock, m_userId);
        return true;
    } catch (const StorageError& error) {
        m_store.reset();
        outcome.status = CsvImport::Status::Storage;
        outcome.storageMessage = error.message();
        outcome.storageAdvice = storageAdvice(error.kind());
    } catch (const std::exception& error) {
        m_store.reset();
        outcome.status = CsvImport::Status::Storage;
        outcome.storageMessage = QString::fromLocal8Bit(error.what());
        outcome.storageAdvice = storageAdvice(StorageError::Kind::Other);
    }
    return false;
}

void ImportWorker::fillFromImport(ImportOutcome& outcome, CsvImport::Status status) const
{
    const CsvImport& import = *m_import;
    outcome.status = status;
    outcome.header = import.header();
    outcome.unknownColumns = import.unknownColumns();
    outcome.missingColumns = import.missingColumns();
    outcome.preview = import.preview();
    outcome.fileError = import.fileError();
    outcome.rowErrors = import.rowErrors();
    outcome.summary = import.summary();
    if (status == CsvImport::Status::Storage && import.storageError()) {
        outcome.storageMessage = import.storageError()->message;
        outcome.storageAdvice = storageAdvice(StorageError::Kind::Other);
    }
}

void ImportWorker::check(const QString& csvPath, ImportKind kind)
{
    ImportOutcome outcome;
    outcome.step = ImportOutcome::Step::Check;
    outcome.csvPath = csvPath;
    m_csvPath = csvPath;
    m_import.emplace(kind);

    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.status = CsvImport::Status::FileError;
        outcome.fileError =
            ImportError{0,
                        {errors::validation, std::nullopt,
                         tr("CoopDesk cannot read “%1”: %2")
                             .arg(QFileInfo(csvPath).fileName(), file.errorString())}};
        outcome.summary.kind = kind;
        emit finished(outcome);
        return;
    }
    CsvImport::Status status = m_import->parse(file, progressFor(ImportPhase::Reading));
    file.close();
    if (status == CsvImport::Status::Ok) {
        if (!openStore(outcome)) {
            fillFromImport(outcome, CsvImport::Status::Ok);
            outcome.status = CsvImport::Status::Storage;
            emit finished(outcome);
            return;
        }
        status = m_import->validate(*m_bus, progressFor(ImportPhase::Checking));
    }
    fillFromImport(outcome, status);
    emit finished(outcome);
}

void ImportWorker::commit()
{
    ImportOutcome outcome;
    outcome.step = ImportOutcome::Step::Commit;
    outcome.csvPath = m_csvPath;
    if (!m_import) {
        outcome.status = CsvImport::Status::NotParsed;
        emit finished(outcome);
        return;
    }
    if (!openStore(outcome)) {
        const QString message = outcome.storageMessage;
        const QString advice = outcome.storageAdvice;
        fillFromImport(outcome, CsvImport::Status::Storage);
        outcome.storageMessage = message;
        outcome.storageAdvice = advice;
        emit finished(outcome);
        return;
    }
    const CsvImport::Status status = m_import->commit(*m_bus, progressFor(ImportPhase::Importing));
    fillFromImport(outcome, status);
    emit finished(outcome);
}

} // namespace coopdesk
