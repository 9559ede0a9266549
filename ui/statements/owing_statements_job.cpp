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
{
    qRegisterMetaType<OwingStatementsResult>();
}

bool OwingStatementsJob::start(const OwingStatementsRequest& request)
{
    return m_thread.start([this, request](const std::atomic_bool& cancelled) {
        using Status = OwingStatementsResult::Status;
        OwingStatementsResult result{Status::Failed, request.path, 0, 0, {}};
        try {
            QueryService queries(m_location);
            statementpdf::Document document{
                request.coopName, request.currencyCode, request.printedOn, {}};
            const QList<QJsonObject> families = statementreader::familiesThatOwe(queries);
            const qint64 steps = 2 * families.size();
            for (const QJsonObject& family : families) {
                if (cancelled.load()) {
                    result.status = Status::Cancelled;
                    break;
                }
                const QString id = family.value(QStringLiteral("family_id")).toString();
                document.statements << statementpdf::Statement{
                    family, familyStatement(queries.familyHistory(id), request.period)};
                emit progress(document.statements.size(), steps); // queued to the owner
            }
            if (cancelled.load()) {
                result.status = Status::Cancelled;
            } else if (families.isEmpty()) {
                result.status = Status::NobodyOwes;
            } else {
                const statementpdf::Result written = statementpdf::write(
                    request.path, document, [this, &families, steps, &cancelled](int done, int) {
                        emit progress(families.size() + done, steps);
                        return !cancelled.load();
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
        return [this, result] { emit finished(result); };
    });
}

} // namespace coopdesk
