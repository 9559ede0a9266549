#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace coopdesk {

// A date typed in one field, in the locale's short date format with a
// four-digit year ("3/20/2026" in the United States, "20/3/2026" in
// Spain): one Tab in and one out, unlike QDateEdit's three sections. Two-
// digit years are 2000–2099, and ISO dates (2026-03-20) are taken too.
// The button beside it (or Alt+Down, F4) shows a calendar. What does not
// make a date stays as typed; inputError() says why.
class DateLineEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool readOnly READ isReadOnly WRITE setReadOnly)

public:
    explicit DateLineEdit(QWidget* parent = nullptr);
    ~DateLineEdit() override;

    // The date typed or picked; invalid when empty or not a date in range.
    QDate date() const;
    void setDate(QDate date);
    void clear();
    bool isEmpty() const;
    QString text() const;

    void setDateRange(QDate first, QDate last);
    // The format dates are shown in ("M/d/yyyy") and an example in it.
    QString displayFormat() const { return m_format; }
    QString example() const;
    // Why the text is not a date; empty when it is one or is empty.
    QString inputError() const;

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    // The calendar, while shown (null otherwise).
    QCalendarWidget* calendar() const;
    void showCalendar();

    // Parses `text` as this widget would (for tests and other editors).
    static QDate parse(const QString& text, const QLocale& locale);

signals:
    // The user typed or picked a date (not on setDate()).
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void picked(QDate date);

    QLineEdit* m_edit;
    QToolButton* m_button;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QString m_format;
    QDate m_first{1900, 1, 1};
    QDate m_last{2100, 12, 31};
    bool m_readOnly = false;
};

} // namespace coopdesk
