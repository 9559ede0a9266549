#include "start_page.h"

#include "store/store_location.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

QPushButton* bigButton(const QIcon& icon, const QString& text, const QString& detail,
                       QWidget* parent)
{
    auto* button = new QPushButton(icon, text, parent);
    button->setToolTip(detail);
    button->setMinimumHeight(40);
    button->setIconSize(QSize(22, 22));
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 12px;"));
    return button;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("Welcome to CoopDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Families, payments and engagement for your homeschool "
                                   "co-op. Everything you record is kept in one co-op file."),
                                this);
    subtitle->setWordWrap(true);

    m_new = bigButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New Co-op…"),
                      tr("Create an empty co-op file."), this);
    m_open = bigButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"),
                       tr("Open an existing co-op file."), this);
    m_demo = bigButton(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Open Demo Co-op"),
                       tr("Explore CoopDesk with a co-op full of sample families."), this);
    m_new->setObjectName(QStringLiteral("newCoopButton"));
    m_open->setObjectName(QStringLiteral("openCoopButton"));
    m_demo->setObjectName(QStringLiteral("demoCoopButton"));

    m_recentBox = new QWidget(this);
    auto* recentLabel = new QLabel(tr("Recent co-op files"), m_recentBox);
    QFont recentFont = recentLabel->font();
    recentFont.setBold(true);
    recentLabel->setFont(recentFont);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(180);
    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addWidget(m_recentBox);
    column->addStretch();

    auto* center = new QWidget(this);
    center->setLayout(column);
    center->setMaximumWidth(560);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 48, 32, 32);
    outer->addStretch();
    outer->addWidget(center, 4);
    outer->addStretch();

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        if (StoreLocation::fromText(path).isServer()) {
            auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon),
                                             tr("Shared co-op — %1").arg(path), m_recent);
            item->setToolTip(path);
            item->setData(Qt::UserRole, path);
            continue;
        }
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         QFileInfo(path).fileName(), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
        item->setText(tr("%1 — %2").arg(QFileInfo(path).fileName(),
                                        QDir::toNativeSeparators(QFileInfo(path).path())));
    }
    m_recentBox->setVisible(!paths.isEmpty());
}

} // namespace coopdesk
