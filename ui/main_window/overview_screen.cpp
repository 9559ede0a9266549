#include "overview_screen.h"

#include "session/coop_session.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

OverviewScreen::OverviewScreen(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_file(valueLabel(this))
    , m_folder(valueLabel(this))
    , m_fileId(valueLabel(this))
    , m_events(valueLabel(this))
    , m_access(valueLabel(this))
    , m_user(valueLabel(this))
{
    setObjectName(QStringLiteral("overviewScreen"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Co-op file"));
    m_events->setObjectName(QStringLiteral("overviewEvents"));
    m_access->setObjectName(QStringLiteral("overviewAccess"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("File ID:"), m_fileId);
    form->addRow(tr("Events recorded:"), m_events);
    form->addRow(tr("Access:"), m_access);
    form->addRow(tr("Changes recorded as:"), m_user);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
}

void OverviewScreen::setSession(CoopSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // This window's saves at once; every program's appends (the
        // command-line tool, another desk) as the projector notices them,
        // which the session reports with the file's head.
        connect(m_session, &CoopSession::appended, this, &OverviewScreen::showHead);
        connect(m_session, &CoopSession::projectionStatusChanged, this,
                [this](qint64 head) { showHead(head); });
    }
    refresh();
}

void OverviewScreen::showHead(qint64 head)
{
    if (m_session)
        m_events->setText(QLocale().toString(head));
}

void OverviewScreen::refresh()
{
    if (!m_session) {
        for (QLabel* label : {m_file, m_folder, m_fileId, m_events, m_access, m_user})
            label->clear();
        return;
    }
    const QFileInfo info(m_session->path());
    m_title->setText(info.completeBaseName());
    m_file->setText(info.fileName());
    m_folder->setText(QDir::toNativeSeparators(info.absolutePath()));
    m_fileId->setText(m_session->storeId());
    const auto head = m_session->headPosition();
    m_events->setText(head ? QLocale().toString(*head) : tr("cannot be read right now"));
    m_access->setText(m_session->isReadOnly() ? m_session->readOnlyReason() : tr("Read and write"));
    m_user->setText(m_session->userId());
}

QString OverviewScreen::eventsText() const
{
    return m_events->text();
}

QString OverviewScreen::accessText() const
{
    return m_access->text();
}

void OverviewScreen::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace coopdesk
