#pragma once

#include "event_log_export.h"

#include <QAction>
#include <QPointer>

class QProgressDialog;

namespace coopdesk {

class MainWindow;

// File → Export Events…: enabled while a co-op file is open (read-only
// ones too); asks where, then writes the event log as JSON lines with an
// EventLogExport, showing a progress dialog with Cancel. The outcome goes
// to the status bar, or to a message box when it failed.
class EventExportMenuAction : public QAction
{
    Q_OBJECT

public:
    explicit EventExportMenuAction(MainWindow* window);
    ~EventExportMenuAction() override;

    bool isExporting() const;
    QProgressDialog* progressDialog() const;

public slots:
    // Asks for the file, then exportTo().
    void chooseFileAndExport();
    // Exports the open co-op file's events to `path`; false when no file is
    // open or an export is running.
    bool exportTo(const QString& path);
    void cancel();

signals:
    void finished(const coopdesk::EventExportResult& result);

private:
    void onFinished(const EventExportResult& result);
    void stop();

    MainWindow* m_window;
    EventLogExport* m_export = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace coopdesk
