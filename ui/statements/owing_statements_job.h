#pragma once

#include "queries/family_statement.h"
#include "store/store_location.h"

#include "jobs/job_thread.h"
#include <QDate>

#include <QMetaType>
#include <QObject>
#include <QString>

namespace coopdesk {

// What goes on every statement of the run, and where the PDF goes.
struct OwingStatementsRequest
{
    StatementPeriod period;
    QString coopName;
    QString currencyCode;
    QDate printedOn;
    QString path;
};

// How a run ended.
struct OwingStatementsResult
{
    enum class Status { Ok, NobodyOwes, Cancelled, Failed };

    Status status = Status::Failed;
    QString path;
    int families = 0; // statements written
    int pages = 0;
    QString message; // Failed: what went wrong, for people
};

// Statements of Families That Owe…'s work (docs/STATEMENTS.md) on a thread
// of its own, with its own read-only QueryService opened there
// (ARCHITECTURE rule 4): the families with balance_cents > 0 in name
// order, each one's statement from its audit trail, then one PDF with a
// statement each, each on a new page. Progress counts families read and
// then drawn (2 × families steps). Nobody owing writes no file; a
// cancelled or failed run leaves what was at the path. Destroying the
// object cancels and waits.
class OwingStatementsJob : public QObject
{
    Q_OBJECT

public:
    explicit OwingStatementsJob(const StoreLocation& location, QObject* parent = nullptr);

    bool isRunning() const { return m_thread.isRunning(); }
    // False while a run is going.
    bool start(const OwingStatementsRequest& request);
    void cancel() { m_thread.cancel(); }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const coopdesk::OwingStatementsResult& result);

private:
    StoreLocation m_location;
    JobThread m_thread{this, QStringLiteral("owing-statements")}; // last: stops first
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::OwingStatementsResult)
