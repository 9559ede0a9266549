#pragma once

#include "move_to_server_job.h"

#include <QAction>

namespace coopdesk {

class MainWindow;

// File → Move to a Server…: enabled while a co-op file is open. Runs the
// MoveToServerDialog; once the co-op is on the server, says what was
// copied and that the file is kept as it was, and offers to open the
// co-op on the server in this window.
class MoveToServerAction : public QAction
{
    Q_OBJECT

public:
    explicit MoveToServerAction(MainWindow* window);

public slots:
    void chooseServerAndMove();

public:
    // After a move to `target` (with its password, if one was given):
    // the message, and the server co-op opened when the user agrees.
    // Returns whether it was opened.
    bool finishMove(const MoveToServerResult& result, const StoreLocation& target);

private:
    void updateState();

    MainWindow* m_window;
};

} // namespace coopdesk
