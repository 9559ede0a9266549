#include "recent_files_menu.h"

#include "store/store_location.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace coopdesk {

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    setFiles({});
}

void RecentFilesMenu::setFiles(const QStringList& paths)
{
    m_files = paths;
    clear();
    int number = 0;
    for (const QString& path : paths) {
        ++number;
        const bool server = StoreLocation::fromText(path).isServer();
        const QString name = server ? path : QFileInfo(path).fileName();
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(name) : name;
        QAction* action = addAction(text);
        action->setToolTip(server ? path : QDir::toNativeSeparators(path));
        action->setStatusTip(server ? path : QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (!paths.isEmpty())
        addSeparator();
    QAction* clearAction = addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFilesMenu::clearRequested);
    setEnabled(!paths.isEmpty());
}

} // namespace coopdesk
