#pragma once

#include <QStatusBar>

class QLabel;

namespace coopdesk {

// The status bar: who is recorded as the author of new events, the open
// file, the selected family, and the read side's progress (head position
// and projection lag), which stays a placeholder until it is reported.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(QWidget* parent = nullptr);

    void setUser(const QString& user);
    // An empty path: no file open.
    void setFile(const QString& path, bool readOnly);
    void setSelectedFamily(const QString& familyId);
    void setProjectionStatus(qint64 head, qint64 lagEvents, qint64 lagMs);
    void clearProjectionStatus();

    QString userText() const;
    QString fileText() const;
    QString headText() const;
    QString lagText() const;

private:
    QLabel* m_family;
    QLabel* m_user;
    QLabel* m_file;
    QLabel* m_head;
    QLabel* m_lag;
};

} // namespace coopdesk
