#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace coopdesk {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    // Styled by this property, so an owner may name the bar as it likes.
    setProperty("coopdeskMessageBar", true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBar::showMessage(Level level, const QString& text, const QString& heading)
{
    m_level = level;
    m_heading = heading;
    m_plainText = text;
    m_text->setText(
        heading.isEmpty()
            ? text.toHtmlEscaped()
            : QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), text.toHtmlEscaped()));
    const bool error = level == Level::Error;
    const QIcon icon = style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxInformation);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.pixmap(size, size));
    setStyleSheet(
        error ? QStringLiteral(
                    "[coopdeskMessageBar=\"true\"] { background: #fdecea; border: 1px solid "
                    "#d93025; border-radius: 4px; } "
                    "#messageBarText { color: #5f0b06; }")
              : QStringLiteral(
                    "[coopdeskMessageBar=\"true\"] { background: #eef3fb; border: 1px solid "
                    "#8ab4f8; border-radius: 4px; } "
                    "#messageBarText { color: #0b2a5f; }"));
    setVisible(!text.isEmpty() || !heading.isEmpty());
}

void MessageBar::clear()
{
    m_heading.clear();
    m_plainText.clear();
    m_text->clear();
    hide();
}

} // namespace coopdesk
