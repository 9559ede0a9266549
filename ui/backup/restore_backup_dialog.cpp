#include "restore_backup_dialog.h"

#include "automatic_backups.h"
#include "backup_event_counts.h"
#include "backup_restore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coopdesk {

RestoreBackupDialog::RestoreBackupDialog(const QString& coopPath, std::optional<qint64> events,
                                         const QStringList& backups, QWidget* parent)
    : QDialog(parent)
    , m_coopPath(coopPath)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_counts(new BackupEventCounts(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    setMinimumWidth(520);
    const QString name = QFileInfo(coopPath).fileName();

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(events ? tr("“%1” holds %Ln event(s) now. Choose the backup to put in its "
                               "place:",
                               nullptr, *events)
                                .arg(name)
                          : tr("Choose the backup to put in the place of “%1”:").arg(name));

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Automatic backup"), tr("Events")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(eventsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const QString& path : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        const QDate day = AutomaticBackups::dayOf(path);
        item->setText(0, day.isValid() ? QLocale().toString(day, QLocale::LongFormat)
                                       : QFileInfo(path).fileName());
        item->setToolTip(0, QDir::toNativeSeparators(path));
        item->setData(0, Qt::UserRole, path);
        item->setText(eventsColumn, tr("counting…"));
        item->setTextAlignment(eventsColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* none = new QLabel(tr("There are no automatic backups of this co-op yet: CoopDesk takes "
                               "one when it closes the co-op, at most one a day. Choose a file "
                               "to restore from another copy."),
                            this);
    none->setObjectName(QStringLiteral("noBackups"));
    none->setWordWrap(true);
    m_list->setVisible(!backups.isEmpty());
    none->setVisible(backups.isEmpty());

    auto* note = new QLabel(tr("The backup is checked before it takes the co-op file's place; "
                               "the co-op file is kept beside it as “%1”.")
                                .arg(QFileInfo(keptNameFor(coopPath)).fileName()),
                            this);
    note->setWordWrap(true);

    // Another file, apart from the dialog's own buttons (at the left).
    auto* choose = new QPushButton(tr("Choose a &File…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    auto* buttons = new QDialogButtonBox(this);
    m_restore->setObjectName(QStringLiteral("restore"));
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(choose, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &RestoreBackupDialog::updateRestoreButton);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::accept);

    connect(m_counts, &BackupEventCounts::counted, this, [this](const QString& path, qint64 count) {
        if (QTreeWidgetItem* item = itemOf(path))
            item->setText(eventsColumn, QLocale().toString(count));
    });
    connect(m_counts, &BackupEventCounts::unreadable, this,
            [this](const QString& path, const QString& message) {
                if (QTreeWidgetItem* item = itemOf(path)) {
                    item->setText(eventsColumn, tr("cannot be read"));
                    item->setToolTip(eventsColumn, message);
                }
            });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(none);
    layout->addWidget(note);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(choose);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    updateRestoreButton();
    m_counts->start(backups);
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    delete m_counts; // stops and waits before the list it fills goes
}

bool RestoreBackupDialog::isCounting() const
{
    return m_counts->isRunning();
}

QTreeWidgetItem* RestoreBackupDialog::itemOf(const QString& path) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == path)
            return item;
    }
    return nullptr;
}

void RestoreBackupDialog::updateRestoreButton()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void RestoreBackupDialog::accept()
{
    if (m_chosen.isEmpty()) {
        const QTreeWidgetItem* item = m_list->currentItem();
        if (!item)
            return;
        m_chosen = item->data(0, Qt::UserRole).toString();
    }
    QDialog::accept();
}

void RestoreBackupDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Backup"), QFileInfo(m_coopPath).absolutePath(),
        tr("Co-op files (*.coop *.coop.before-restore*);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    QDialog::accept();
}

} // namespace coopdesk
