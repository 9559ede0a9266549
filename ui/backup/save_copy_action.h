#pragma once

#include "save_copy_job.h"

#include <QAction>
#include <QPointer>

class QProgressDialog;

namespace coopdesk {

class MainWindow;

// File → Save a Copy…: enabled while a co-op is open (read-only ones and
// server co-ops too, whose copy is a co-op file, SPEC 12.4); asks where, refuses a file that exists
// (a copy never replaces one), then writes a verified copy with a SaveCopyJob, showing the check's
// progress with Cancel. The outcome goes to the status bar, or to a message box when it failed.
class SaveCopyAction : public QAction
{
    Q_OBJECT

public:
    explicit SaveCopyAction(MainWindow* window);
    ~SaveCopyAction() override;

    bool isSaving() const { return m_job && m_job->isRunning(); }
    // Where the file dialog starts: beside a co-op file, or in the user's
    // documents for a server co-op; named after the co-op and today.
    QString suggestedPath() const;

public slots:
    void chooseFileAndSave();
    // Copies the open co-op to `path`; false (and a message) when no co-op
    // is open, a copy runs, or `path` exists.
    bool saveTo(const QString& path);
    void cancel();

signals:
    void finished(const coopdesk::SaveCopyResult& result);

private:
    void onFinished(const SaveCopyResult& result);

    MainWindow* m_window;
    QPointer<SaveCopyJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace coopdesk
