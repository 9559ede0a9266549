#include "dashboard_tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QVBoxLayout>

namespace coopdesk {

DashboardTile::DashboardTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_note(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_share(new QProgressBar(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("tileNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_note->hide();
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_detail->setWordWrap(true);
    m_share->setRange(0, 100);
    m_share->setTextVisible(false);
    m_share->setMaximumHeight(8);
    m_share->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_note);
    layout->addWidget(m_value);
    layout->addWidget(m_share);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setMinimumHeight(110);
}

void DashboardTile::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateAccessibleName();
}

void DashboardTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    updateAccessibleName();
}

void DashboardTile::updateAccessibleName()
{
    const QString caption = m_note->text().isEmpty()
                                ? m_caption->text()
                                : m_caption->text() + QStringLiteral(", ") + m_note->text();
    setAccessibleName(caption + QStringLiteral(": ") + m_value->text());
}

void DashboardTile::setShare(int percent)
{
    m_share->setVisible(percent >= 0);
    m_share->setValue(std::clamp(percent, 0, 100));
}

void DashboardTile::clear()
{
    setValue(QStringLiteral("—"));
    setShare(-1);
}

QString DashboardTile::caption() const
{
    return m_caption->text();
}

QString DashboardTile::note() const
{
    return m_note->text();
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::detail() const
{
    return m_detail->text();
}

int DashboardTile::share() const
{
    return m_share->isVisibleTo(this) ? m_share->value() : -1;
}

void DashboardTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace coopdesk
