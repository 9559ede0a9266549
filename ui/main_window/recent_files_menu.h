#pragma once

#include <QMenu>
#include <QStringList>

namespace coopdesk {

// File ▸ Open Recent: the remembered co-op files and server co-ops (their
// locations, without a password), most recent first, and "Clear Menu". Rebuilt from the list each
// time it is given one.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);

    void setFiles(const QStringList& paths);
    QStringList files() const { return m_files; }

signals:
    void fileChosen(const QString& path);
    void clearRequested();

private:
    QStringList m_files;
};

} // namespace coopdesk
