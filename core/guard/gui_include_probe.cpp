// Must not compile: it stands for a core/ source that reaches for a widget.
#include <QtWidgets/QWidget>
