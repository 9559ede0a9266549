#include "live_screen.h"

#include "main_window/main_window.h"
#include "report_day.h"
#include "session/coop_session.h"
#include "store/storage_error.h"
#include "widgets/message_bar.h"

#include <utility>

namespace coopdesk {

LiveScreen::LiveScreen(MainWindow* window, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_problem(new MessageBar(this))
{
    m_problem->setObjectName(QStringLiteral("screenProblem"));
    if (window) {
        connect(window, &MainWindow::sessionOpened, this, &LiveScreen::setSession);
        connect(window, &MainWindow::sessionClosed, this, [this] { setSession(nullptr); });
    }
    connect(&ReportDay::instance(), &ReportDay::dayChanged, this, [this] {
        if (queries())
            reloadAll();
    });
}

LiveScreen::~LiveScreen() = default;

MainWindow* LiveScreen::mainWindow() const
{
    return m_window;
}

CoopSession* LiveScreen::session() const
{
    return m_session;
}

QueryService* LiveScreen::queries() const
{
    return m_session ? m_session->queries() : nullptr;
}

bool LiveScreen::isLoading() const
{
    return m_session && !m_session->queries() && m_session->readModelsError().isEmpty();
}

void LiveScreen::sessionStarted(CoopSession*) {}

void LiveScreen::sessionEnding() {}

void LiveScreen::setSession(CoopSession* session)
{
    if (m_session == session)
        return;
    if (m_session) {
        sessionEnding();
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(&m_session->live(), nullptr, this, nullptr);
    }
    m_session = session;
    m_problem->clear();
    clearData();
    if (!m_session)
        return;
    connect(m_session, &CoopSession::readModelsReady, this, &LiveScreen::reloadAll);
    connect(m_session, &CoopSession::readModelsFailed, this, [this](const QString& message) {
        m_problem->showMessage(MessageBar::Level::Error, message, tr("The reports cannot be read"));
    });
    connect(&m_session->live(), &LiveUpdates::changed, this,
            [this](qint64 position, const QSet<QString>& families, const QSet<QString>& months,
                   bool everything) {
                if (!queries())
                    return;
                if (!isVisible()) {
                    m_missedUpdates = true;
                    return;
                }
                runReload({position, families, months, everything});
            });
    sessionStarted(m_session);
    if (queries())
        reloadAll();
}

void LiveScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_missedUpdates, false))
        reloadAll();
}

void LiveScreen::reloadAll()
{
    runReload({});
}

void LiveScreen::runReload(const Change& change)
{
    if (!queries())
        return;
    try {
        reload(change);
        if (m_problem->level() == MessageBar::Level::Error)
            m_problem->clear();
    } catch (const StorageError& error) {
        m_problem->showMessage(MessageBar::Level::Error, error.message(),
                               tr("The reports cannot be read right now"));
    }
    emit reloaded();
}

} // namespace coopdesk
