#pragma once

#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

namespace coopdesk {

class CoopSession;
class MainWindow;
class MessageBar;
class QueryService;

// A screen fed from the read models: the base of the dashboard, at-risk,
// payments, activity and projections screens. It follows the main
// window's session and calls reload() when the read models are ready,
// whenever LiveUpdates reports what the projector changed (coalesced), and
// when the day changes; a StorageError thrown by a query is shown in the
// screen's message bar instead of escaping. A hidden screen skips live
// updates and reloads whole when shown again, so a stream of commands only
// costs the GUI thread the screen in view. Only the GUI thread runs here.
class LiveScreen : public QWidget
{
    Q_OBJECT
    // False once the screen shows the read models' data (screenshots wait for it).
    Q_PROPERTY(bool loading READ isLoading)

public:
    // What changed since the last reload; `everything` on the first load,
    // after a rebuild, or when too much changed to list.
    struct Change
    {
        qint64 position = 0;
        QSet<QString> families;
        QSet<QString> months;
        bool everything = true;
    };

    explicit LiveScreen(MainWindow* window, QWidget* parent = nullptr);
    ~LiveScreen() override;

    MainWindow* mainWindow() const;
    CoopSession* session() const;
    // Null until the read models are ready.
    QueryService* queries() const;
    virtual bool isLoading() const;
    // The message bar above the screen's content (storage problems).
    MessageBar* problemBar() const { return m_problem; }

public slots:
    // Reloads everything now.
    void reloadAll();

signals:
    // A reload finished (successfully or not).
    void reloaded();

protected:
    // Re-reads what `change` may have touched. May throw StorageError.
    virtual void reload(const Change& change) = 0;
    // The session went away: show nothing.
    virtual void clearData() = 0;
    // A session was opened (before its read models are ready); connect to it here.
    virtual void sessionStarted(CoopSession* session);
    // The session is about to close: stop what runs on it.
    virtual void sessionEnding();

    void runReload(const Change& change);
    void showEvent(QShowEvent* event) override;

private:
    void setSession(CoopSession* session);

    QPointer<MainWindow> m_window;
    QPointer<CoopSession> m_session;
    MessageBar* m_problem;
    bool m_missedUpdates = false; // live updates skipped while hidden
};

} // namespace coopdesk
