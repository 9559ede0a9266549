#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace coopdesk {

// What the window shows when no co-op file is open: start a new co-op,
// open one, open the demo co-op, or pick a recent file.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);

    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_demo;
    QListWidget* m_recent;
    QWidget* m_recentBox;
};

} // namespace coopdesk
