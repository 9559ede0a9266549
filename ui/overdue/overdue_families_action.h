#pragma once

#include <QAction>
#include <QPointer>

namespace coopdesk {

class CoopSession;
class MainWindow;
class OverdueFamiliesDialog;

// Overdue Families… : enabled while a co-op is open (read-only ones too: it
// only reads); opens one OverdueFamiliesDialog on the window's session,
// closed with the co-op.
class OverdueFamiliesAction : public QAction
{
    Q_OBJECT

public:
    explicit OverdueFamiliesAction(MainWindow* window);
    ~OverdueFamiliesAction() override;

    OverdueFamiliesDialog* dialog() const;

public slots:
    // Opens the dialog (or raises the open one); null when no co-op is open.
    OverdueFamiliesDialog* openDialog();

private:
    MainWindow* m_window;
    QPointer<OverdueFamiliesDialog> m_dialog;
};

} // namespace coopdesk
