#pragma once

#include <QStatusBar>

class QDateTime;
class QLabel;

namespace coopdesk {

// The status bar: who is recorded as the author of new events, the open
// file or server, the selected family, and the read side's progress (head
// position and projection lag), which stays a placeholder until it is
// reported. For a server co-op it also says whether the server answers.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(QWidget* parent = nullptr);

    void setUser(const QString& user);
    // An empty path: no file open.
    void setFile(const QString& path, bool readOnly);
    // A server co-op at `address` (no password), connected until told otherwise.
    void setServer(const QString& address, bool readOnly);
    // On a server the role signed in is the author, not the preference.
    void setSignedInRole(const QString& role);
    void showServerUnreachable(const QDateTime& viewsAsOf);
    void showServerConnected();
    void setSelectedFamily(const QString& familyId);
    void setProjectionStatus(qint64 head, qint64 lagEvents, qint64 lagMs);
    void clearProjectionStatus();

    QString userText() const;
    QString fileText() const;
    QString headText() const;
    QString lagText() const;
    QString serverStateText() const; // empty for a file

private:
    QLabel* m_family;
    QLabel* m_user;
    QLabel* m_file;
    QLabel* m_serverState;
    QLabel* m_head;
    QLabel* m_lag;
};

} // namespace coopdesk
