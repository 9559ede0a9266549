#include "import_menu_action.h"

#include "import_dialog.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"

#include <QLocale>
#include <QStatusBar>

namespace coopdesk {

ImportMenuAction::ImportMenuAction(MainWindow* window)
    : QAction(tr("&Import…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionImport"));
    setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_I));
    setStatusTip(tr("Import families, tuition charges or payments from a CSV file"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &ImportMenuAction::openDialog);
    connect(window, &MainWindow::sessionOpened, this, &ImportMenuAction::onSessionOpened);
    connect(window, &MainWindow::sessionClosed, this, &ImportMenuAction::onSessionClosed);
}

ImportMenuAction::~ImportMenuAction()
{
    delete m_dialog;
}

ImportDialog* ImportMenuAction::dialog() const
{
    return m_dialog;
}

ImportDialog* ImportMenuAction::openDialog()
{
    CoopSession* session = m_window->session();
    if (!session || session->isReadOnly())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ImportDialog(session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::imported, this, [this](const ImportSummary& summary) {
        m_window->statusBar()->showMessage(
            summary.appended > 0
                ? tr("Import finished. Events written: %1.")
                      .arg(QLocale().toString(summary.appended))
                : tr("Import finished: nothing new, every row had been imported before."),
            8000);
    });
    m_dialog->open();
    return m_dialog;
}

void ImportMenuAction::onSessionOpened(CoopSession* session)
{
    setEnabled(session && !session->isReadOnly());
    setToolTip(session && session->isReadOnly() ? session->readOnlyReason() : QString());
}

void ImportMenuAction::onSessionClosed()
{
    // The dialog's job cancels and waits: a running import writes nothing.
    delete m_dialog;
    setEnabled(false);
}

} // namespace coopdesk
