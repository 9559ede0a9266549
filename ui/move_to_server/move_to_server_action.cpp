#include "move_to_server_action.h"

#include "main_window/main_window.h"
#include "move_to_server_dialog.h"
#include "session/coop_session.h"
#include "widgets/message_box.h"

#include <QLocale>

namespace coopdesk {

MoveToServerAction::MoveToServerAction(MainWindow* window)
    : QAction(tr("&Move to a Server…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionMoveToServer"));
    connect(this, &QAction::triggered, this, &MoveToServerAction::chooseServerAndMove);
    connect(window, &MainWindow::sessionOpened, this, &MoveToServerAction::updateState);
    connect(window, &MainWindow::sessionClosed, this, &MoveToServerAction::updateState);
    updateState();
}

void MoveToServerAction::updateState()
{
    const CoopSession* session = m_window->session();
    QString reason;
    if (!session)
        reason = tr("Open a co-op file to move it to a server.");
    else if (session->isServer())
        reason = tr("This co-op is on a server already.");
    setEnabled(reason.isEmpty());
    const QString tip =
        reason.isEmpty()
            ? tr("Copy the co-op file into an empty database on a PostgreSQL server, to share it")
            : tr("Not available: %1").arg(reason);
    setStatusTip(tip);
    setToolTip(tip);
}

void MoveToServerAction::chooseServerAndMove()
{
    CoopSession* session = m_window->session();
    if (!session || session->isServer())
        return;
    MoveToServerDialog dialog(session->location(), session->fileName(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        finishMove(dialog.moveResult(), dialog.target());
        m_window->showKeychainProblem(dialog.keychainProblem());
    }
}

bool MoveToServerAction::finishMove(const MoveToServerResult& result, const StoreLocation& target)
{
    const CoopSession* session = m_window->session();
    const QString fileName = session ? session->fileName() : QString();
    const bool open = MessageBox::ask(
        m_window, tr("Move to a Server"),
        tr("The co-op is on %1 now. Events copied: %2.")
            .arg(target.toString(), QLocale().toString(result.events)),
        tr("The file “%1” is kept as it was. From now on, record on the server: what is "
           "recorded in the file is not moved there.\n\nOpen the co-op on the server now?")
            .arg(fileName));
    return open && m_window->openLocation(target);
}

} // namespace coopdesk
