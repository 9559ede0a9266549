#pragma once

#include <QAction>
#include <QPointer>

namespace coopdesk {

class CoopSession;
class ImportDialog;
class MainWindow;

// File → Import… (Ctrl+I): enabled while a writable co-op file is open;
// opens one ImportDialog (window-modal) on the window's session, closed
// with the file. A finished import is reported in the status bar.
class ImportMenuAction : public QAction
{
    Q_OBJECT

public:
    explicit ImportMenuAction(MainWindow* window);
    ~ImportMenuAction() override;

    // The open dialog, if any.
    ImportDialog* dialog() const;

public slots:
    // Opens the dialog (or raises the open one); null when no writable file is open.
    ImportDialog* openDialog();

private:
    void onSessionOpened(CoopSession* session);
    void onSessionClosed();

    MainWindow* m_window;
    QPointer<ImportDialog> m_dialog;
};

} // namespace coopdesk
