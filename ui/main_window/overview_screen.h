#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace coopdesk {

class CoopSession;

// The open co-op file at a glance, read straight from the event store:
// where it is, its id, how many events it holds, whether it can be
// written and who is recorded as the author of new events. Live: the count
// of events follows this window's saves and other programs' appends.
class OverviewScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewScreen(QWidget* parent = nullptr);

    void setSession(CoopSession* session);
    void refresh();

    QString eventsText() const;
    QString accessText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showHead(qint64 head);

    QPointer<CoopSession> m_session;
    QLabel* m_title;
    QLabel* m_file;
    QLabel* m_folder;
    QLabel* m_fileId;
    QLabel* m_events;
    QLabel* m_access;
    QLabel* m_user;
};

} // namespace coopdesk
