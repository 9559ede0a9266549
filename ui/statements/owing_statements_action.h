#pragma once

#include "owing_statements_job.h"

#include <QAction>
#include <QPointer>

class QProgressDialog;

namespace coopdesk {

class MainWindow;
class StatementPeriodDialog;

// Statements of Families That Owe… (Family menu): one PDF with the
// statement of every family that owes money, withdrawn ones too, in name
// order, each on a new page (docs/STATEMENTS.md). Enabled while a co-op is
// open (read-only ones too); asks for the period and the file, then runs
// an OwingStatementsJob with a progress dialog and Cancel. The result is
// said in the status bar, or in a message box when nothing was written.
class OwingStatementsAction : public QAction
{
    Q_OBJECT

public:
    explicit OwingStatementsAction(MainWindow* window);
    ~OwingStatementsAction() override;

    StatementPeriodDialog* dialog() const;
    bool isWriting() const { return m_job && m_job->isRunning(); }

public slots:
    StatementPeriodDialog* openDialog();
    // Starts writing the statements of `period` to `path` (what the
    // dialogs lead to); false when no co-op is open or a run is going.
    bool writeTo(const StatementPeriod& period, const QString& path);
    void cancel();

signals:
    void finished(const coopdesk::OwingStatementsResult& result);

private:
    void chooseFileAndWrite(const StatementPeriod& period);
    void onFinished(const OwingStatementsResult& result);

    MainWindow* m_window;
    QPointer<StatementPeriodDialog> m_dialog;
    QPointer<OwingStatementsJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_lastFolder;
};

} // namespace coopdesk
