#include "date_line_edit.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk {

namespace {

QString fourDigitYears(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString twoDigitYears(QString format)
{
    return format.replace(QLatin1String("yyyy"), QLatin1String("yy"));
}

} // namespace

DateLineEdit::DateLineEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_format(fourDigitYears(locale().dateFormat(QLocale::ShortFormat)))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(example());
    m_edit->setToolTip(tr("A date such as %1; Alt+Down shows a calendar").arg(example()));
    m_edit->installEventFilter(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_button->setText(tr("Calendar"));
    m_button->setToolTip(tr("Pick the date on a calendar (Alt+Down)"));
    // One Tab: the button is for the mouse, Alt+Down for the keyboard.
    m_button->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    // The border of an invalid field goes round the text and the button.
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(m_edit->focusPolicy());
    connect(m_edit, &QLineEdit::textEdited, this, &DateLineEdit::edited);
    connect(m_button, &QToolButton::clicked, this, &DateLineEdit::showCalendar);
}

DateLineEdit::~DateLineEdit() = default;

QDate DateLineEdit::parse(const QString& text, const QLocale& locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString format = fourDigitYears(locale.dateFormat(QLocale::ShortFormat));
    QDate date = locale.toDate(trimmed, format);
    if (date.isValid() && date.year() >= 1000)
        return date;
    // 3/20/26: the 2000s.
    date = locale.toDate(trimmed, twoDigitYears(format));
    if (date.isValid())
        return date.year() < 2000 ? date.addYears(100) : date;
    return QDate::fromString(trimmed, Qt::ISODate);
}

QDate DateLineEdit::date() const
{
    const QDate date = parse(m_edit->text(), locale());
    return date.isValid() && date >= m_first && date <= m_last ? date : QDate();
}

void DateLineEdit::setDate(QDate date)
{
    if (date.isValid())
        m_edit->setText(locale().toString(date, m_format));
    else
        m_edit->clear();
}

void DateLineEdit::clear()
{
    m_edit->clear();
}

bool DateLineEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateLineEdit::text() const
{
    return m_edit->text();
}

void DateLineEdit::setDateRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
}

QString DateLineEdit::example() const
{
    return locale().toString(QDate(2026, 3, 20), m_format);
}

QString DateLineEdit::inputError() const
{
    if (isEmpty())
        return {};
    const QDate typed = parse(m_edit->text(), locale());
    if (!typed.isValid())
        return tr("Enter a date such as %1").arg(example());
    if (typed < m_first || typed > m_last)
        return tr("Enter a date from %1 to %2")
            .arg(locale().toString(m_first, m_format), locale().toString(m_last, m_format));
    return {};
}

void DateLineEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

QCalendarWidget* DateLineEdit::calendar() const
{
    return m_popup && m_popup->isVisible() ? m_calendar : nullptr;
}

void DateLineEdit::showCalendar()
{
    if (m_readOnly)
        return;
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateLineEdit::picked);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateLineEdit::picked);
    }
    m_calendar->setDateRange(m_first, m_last);
    const QDate current = date();
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_popup->adjustSize();
    QPoint below = mapToGlobal(QPoint(0, height()));
    if (const QScreen* display = screen()) {
        const QRect room = display->availableGeometry();
        below.setX(std::min(below.x(), room.right() - m_popup->width()));
        if (below.y() + m_popup->height() > room.bottom())
            below.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(below);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateLineEdit::picked(QDate date)
{
    if (m_popup)
        m_popup->hide();
    setDate(date);
    m_edit->setFocus(Qt::PopupFocusReason);
    emit edited();
}

bool DateLineEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool altDown =
            key->key() == Qt::Key_Down && key->modifiers().testFlag(Qt::AltModifier);
        if (altDown || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coopdesk
