#pragma once

#include <QAction>
#include <QPointer>

namespace coopdesk {

class ChargeAllDialog;
class CoopSession;
class MainWindow;

// Charge Tuition to All Families… (Family menu, and the Payments screen's
// button): enabled while a writable co-op file is open; opens one
// ChargeAllDialog (window-modal) on the window's session, closed with the
// file. A saved run is reported in the status bar.
class ChargeAllMenuAction : public QAction
{
    Q_OBJECT

public:
    explicit ChargeAllMenuAction(MainWindow* window);
    ~ChargeAllMenuAction() override;

    // The open dialog, if any.
    ChargeAllDialog* dialog() const;

public slots:
    // Opens the dialog (or raises the open one); null when no writable file is open.
    ChargeAllDialog* openDialog();

private:
    void onSessionOpened(CoopSession* session);
    void onSessionClosed();

    MainWindow* m_window;
    QPointer<ChargeAllDialog> m_dialog;
};

} // namespace coopdesk
