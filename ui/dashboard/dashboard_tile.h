#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

namespace coopdesk {

// One figure of the dashboard: a caption (and, under it, a note saying how
// the figure is counted, where two tiles could be mistaken for each
// other), the value in large type, a line of detail and, for a share, a
// bar. Clicking it (or Enter) activates it,
// so the dashboard can open the screen behind the figure.
class DashboardTile : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardTile(const QString& caption, QWidget* parent = nullptr);

    void setNote(const QString& note);
    void setValue(const QString& value, const QString& detail = {});
    // 0–100, or a negative value to hide the bar.
    void setShare(int percent);
    void clear();

    QString caption() const;
    QString note() const;
    QString value() const;
    QString detail() const;
    int share() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateAccessibleName();

    QLabel* m_caption;
    QLabel* m_note;
    QLabel* m_value;
    QLabel* m_detail;
    QProgressBar* m_share;
};

} // namespace coopdesk
