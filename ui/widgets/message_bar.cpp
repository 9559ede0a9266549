#include "message_bar.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace coopdesk {

namespace {

// Keeps a dialog as tall as its layout needs at its width. A window whose
// layout has word-wrapped labels gets no minimum height from Qt, so a
// message that appears, or wraps onto more lines, would squash the fields
// under it (an editor lower than its text) and cut its own last lines;
// this lets it push the form down instead. Grows only (a dialog the user
// made taller stays so), and never beyond the screen.
class GrowToFit : public QObject
{
public:
    explicit GrowToFit(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The layout has been redone by now (it sees the event first).
        if (watched == m_window && event->type() == QEvent::LayoutRequest && m_window->isVisible())
            grow();
        return false;
    }

private:
    void grow()
    {
        int needed = m_window->heightForWidth(m_window->width());
        if (needed <= m_window->height())
            return;
        if (const QScreen* screen = m_window->screen())
            needed = std::min(needed, screen->availableGeometry().height());
        if (needed > m_window->height())
            m_window->resize(m_window->width(), needed);
    }

    QWidget* m_window;
};

constexpr char growsProperty[] = "coopdeskGrowsToFitMessages";

} // namespace

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
    // The text's own line breaks (a message, then advice) are kept.
    const QString shown = text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    m_text->setText(heading.isEmpty()
                        ? shown
                        : QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), shown));
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
    // In a dialog, the message takes the room it needs (so do the others
    // that come with it, such as a field's own message).
    if (auto* dialog = qobject_cast<QDialog*>(window());
        dialog && !dialog->property(growsProperty).toBool()) {
        dialog->setProperty(growsProperty, true);
        new GrowToFit(dialog);
    }
}

void MessageBar::clear()
{
    m_heading.clear();
    m_plainText.clear();
    m_text->clear();
    hide();
}

} // namespace coopdesk
