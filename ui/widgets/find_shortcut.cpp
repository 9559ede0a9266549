#include "find_shortcut.h"

#include <QAction>
#include <QLineEdit>
#include <QWidget>

namespace coopdesk {

void addFindShortcut(QWidget* screen, QLineEdit* searchBox)
{
    auto* find = new QAction(screen);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    // A window shortcut of a hidden widget does not fire: only the screen
    // shown answers.
    find->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(find, &QAction::triggered, searchBox, [searchBox] {
        searchBox->setFocus(Qt::ShortcutFocusReason);
        searchBox->selectAll();
    });
    screen->addAction(find);
}

} // namespace coopdesk
