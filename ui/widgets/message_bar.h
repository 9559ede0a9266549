#pragma once

#include <QFrame>

class QLabel;

namespace coopdesk {

// A band at the top of a dialog for a message about the whole form: a hint
// (what is still missing) or an error (what the store refused). The text
// wraps; once the bar has shown a message in a dialog, that dialog grows
// to the height its messages need instead of squashing the form.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Hint, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    // `heading`, when given, is shown in bold before the text.
    void showMessage(Level level, const QString& text, const QString& heading = {});
    void clear();

    QString heading() const { return m_heading; }
    QString text() const { return m_plainText; }
    Level level() const { return m_level; }
    bool hasMessage() const { return !m_plainText.isEmpty() || !m_heading.isEmpty(); }

private:
    QLabel* m_icon;
    QLabel* m_text;
    Level m_level = Level::Hint;
    QString m_heading;
    QString m_plainText;
};

} // namespace coopdesk
