#include "charge_all_menu_action.h"

#include "charge_all_dialog.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "widgets/money_text.h"

#include <QLocale>
#include <QStatusBar>

namespace coopdesk {

ChargeAllMenuAction::ChargeAllMenuAction(MainWindow* window)
    : QAction(tr("Charge &Tuition to All Families…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionChargeAll"));
    setStatusTip(tr("Charge every enrolled family its tuition for a month, in one step"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &ChargeAllMenuAction::openDialog);
    connect(window, &MainWindow::sessionOpened, this, &ChargeAllMenuAction::onSessionOpened);
    connect(window, &MainWindow::sessionClosed, this, &ChargeAllMenuAction::onSessionClosed);
}

ChargeAllMenuAction::~ChargeAllMenuAction()
{
    delete m_dialog;
}

ChargeAllDialog* ChargeAllMenuAction::dialog() const
{
    return m_dialog;
}

ChargeAllDialog* ChargeAllMenuAction::openDialog()
{
    CoopSession* session = m_window->session();
    if (!session || session->isReadOnly())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ChargeAllDialog(session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ChargeAllDialog::charged, this, [this](int families, qint64 totalCents) {
        m_window->statusBar()->showMessage(
            tr("Tuition charged to %n family(s): %1.", nullptr, families)
                .arg(
                    money::formatWithCurrency(totalCents, QLocale(), AppSettings().currencyCode())),
            8000);
    });
    m_dialog->open();
    return m_dialog;
}

void ChargeAllMenuAction::onSessionOpened(CoopSession* session)
{
    setEnabled(session && !session->isReadOnly());
    setToolTip(session && session->isReadOnly() ? session->readOnlyReason() : QString());
}

void ChargeAllMenuAction::onSessionClosed()
{
    // The dialog's job cancels and waits: a running batch writes nothing.
    delete m_dialog;
    setEnabled(false);
}

} // namespace coopdesk
