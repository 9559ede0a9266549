#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace coopdesk {

class BackupEventCounts;

// File ▸ Restore from Backup…'s choice (SPEC 7): the co-op's automatic
// backups, the newest first, each with its day and the events it holds
// (counted off the GUI thread, "counting…" until then), and "Choose a
// File…" for any other co-op file. Accepted, chosenPath() names the file;
// the restore itself (its checks, the question, the swap) is
// RestoreBackupAction's.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // `coopPath`: the co-op to restore; `events`: what it holds now, when
    // known; `backups`: its automatic backups, newest first.
    RestoreBackupDialog(const QString& coopPath, std::optional<qint64> events,
                        const QStringList& backups, QWidget* parent = nullptr);
    ~RestoreBackupDialog() override;

    QString chosenPath() const { return m_chosen; }
    QTreeWidget* backupList() const { return m_list; }
    // True while events are still being counted.
    bool isCounting() const;

    // The column of each backup's events.
    static inline constexpr int eventsColumn = 1;

public slots:
    void accept() override;
    // Asks for any co-op file, and accepts with it.
    void chooseFile();

private:
    QTreeWidgetItem* itemOf(const QString& path) const;
    void updateRestoreButton();

    QString m_coopPath;
    QTreeWidget* m_list;
    QPushButton* m_restore;
    BackupEventCounts* m_counts;
    QString m_chosen;
};

} // namespace coopdesk
