#include "overdue_families_action.h"

#include "main_window/main_window.h"
#include "overdue_families_dialog.h"
#include "session/coop_session.h"

namespace coopdesk {

OverdueFamiliesAction::OverdueFamiliesAction(MainWindow* window)
    : QAction(tr("&Overdue Families…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionOverdueFamilies"));
    setStatusTip(tr("List the families with charges overdue, and export them for a mail merge"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &OverdueFamiliesAction::openDialog);
    connect(window, &MainWindow::sessionOpened, this, [this] { setEnabled(true); });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        delete m_dialog;
        setEnabled(false);
    });
}

OverdueFamiliesAction::~OverdueFamiliesAction()
{
    delete m_dialog;
}

OverdueFamiliesDialog* OverdueFamiliesAction::dialog() const
{
    return m_dialog;
}

OverdueFamiliesDialog* OverdueFamiliesAction::openDialog()
{
    if (!m_window->session())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new OverdueFamiliesDialog(m_window->session(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    return m_dialog;
}

} // namespace coopdesk
