#include "owing_statements_job.h"

#include "export/statement_pdf.h"
#include "queries/query_service.h"
#include "statement_reader.h"
#include "store/storage_error.h"

#include <QCoreApplication>

#include <exception>

namespace coopdesk {

namespace {

struct OwingStatementsWork
{
    Q_DECLARE_TR_FUNCTIONS(OwingStatementsWork)
};

} // namespace

OwingStatementsJob::OwingStatementsJob(const StoreLocation& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<OwingStatementsResult>();
}

OwingStatementsJob::~OwingStatementsJob()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool OwingStatementsJob::start(const OwingStatementsRequest& request)
{
    if (m_thread)
        return false;
    m_cancel->store(false);
    m_thread.reset(QThread::create([this, request, cancel = m_cancel] {
        using Status = OwingStatementsResult::Status;
        OwingStatementsResult result{Status::Failed, request.path, 0, 0, {}};
        try {
            QueryService queries(m_location);
            statementpdf::Document document{
                request.coopName, request.currencyCode, request.printedOn, {}};
            const QList<QJsonObject> families = statementreader::familiesThatOwe(queries);
            const qint64 steps = 2 * families.size();
            for (const QJsonObject& family : families) {
                if (cancel->load()) {
                    result.status = Status::Cancelled;
                    break;
                }
                const QString id = family.value(QStringLiteral("family_id")).toString();
                document.statements << statementpdf::Statement{
                    family, familyStatement(queries.familyHistory(id), request.period)};
                emit progress(document.statements.size(), steps); // queued to the owner
            }
            if (cancel->load()) {
                result.status = Status::Cancelled;
            } else if (families.isEmpty()) {
                result.status = Status::NobodyOwes;
            } else {
                const statementpdf::Result written = statementpdf::write(
                    request.path, document, [this, &families, steps, &cancel](int done, int) {
                        emit progress(families.size() + done, steps);
                        return !cancel->load();
                    });
                result.status = written.ok          ? Status::Ok
                                : written.cancelled ? Status::Cancelled
                                                    : Status::Failed;
                result.families = written.ok ? static_cast<int>(families.size()) : 0;
                result.pages = written.pages;
                result.message = written.error;
            }
        } catch (const StorageError& error) {
            result.message = error.message();
        } catch (const std::exception& error) {
            result.message = OwingStatementsWork::tr("The statements could not be made: %1")
                                 .arg(QString::fromLocal8Bit(error.what()));
        }
        const std::lock_guard lock(m_resultMutex);
        m_result = result;
    }));
    m_thread->setObjectName(QStringLiteral("owing-statements"));
    connect(m_thread.get(), &QThread::finished, this, &OwingStatementsJob::onThreadDone);
    m_thread->start();
    return true;
}

void OwingStatementsJob::cancel()
{
    m_cancel->store(true);
}

void OwingStatementsJob::onThreadDone()
{
    m_thread->wait();
    m_thread.reset();
    std::unique_lock lock(m_resultMutex);
    const OwingStatementsResult result = m_result;
    lock.unlock();
    emit finished(result);
}

} // namespace coopdesk
