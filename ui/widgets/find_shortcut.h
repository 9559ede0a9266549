#pragma once

class QLineEdit;
class QWidget;

namespace coopdesk {

// Ctrl+F (QKeySequence::Find) on a list screen puts the cursor in its
// search box, with what it holds selected. The shortcut belongs to
// `screen` and works while `screen` is shown, wherever the focus is in the
// window.
void addFindShortcut(QWidget* screen, QLineEdit* searchBox);

} // namespace coopdesk
