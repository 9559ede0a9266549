#include "session_status_bar.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace coopdesk {

namespace {

QLabel* field(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

SessionStatusBar::SessionStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_family(field("statusFamily", this))
    , m_user(field("statusUser", this))
    , m_file(field("statusFile", this))
    , m_serverState(field("statusServerState", this))
    , m_head(field("statusHead", this))
    , m_lag(field("statusLag", this))
{
    addPermanentWidget(m_family);
    addPermanentWidget(m_user);
    addPermanentWidget(m_file);
    addPermanentWidget(m_serverState);
    addPermanentWidget(m_head);
    addPermanentWidget(m_lag);
    m_head->setToolTip(tr("The position of the last event in the co-op file"));
    m_lag->setToolTip(tr("How far the screens are behind the co-op file: events not yet "
                         "shown, and for how long"));
    setFile({}, false);
    setSelectedFamily({});
    clearProjectionStatus();
}

void SessionStatusBar::setUser(const QString& user)
{
    m_user->setText(tr("User: %1").arg(user));
    m_user->setToolTip(tr("Recorded as the author of new events (Preferences)"));
}

void SessionStatusBar::setFile(const QString& path, bool readOnly)
{
    m_serverState->clear();
    m_serverState->hide();
    if (path.isEmpty()) {
        m_file->setText(tr("No file open"));
        m_file->setToolTip({});
        return;
    }
    const QString name = QFileInfo(path).fileName();
    m_file->setText(readOnly ? tr("File: %1 (read-only)").arg(name) : tr("File: %1").arg(name));
    m_file->setToolTip(QDir::toNativeSeparators(path));
}

void SessionStatusBar::setServer(const QString& address, bool readOnly)
{
    m_file->setText(readOnly ? tr("Server: %1 (read-only)").arg(address)
                             : tr("Server: %1").arg(address));
    m_file->setToolTip(tr("The shared co-op's PostgreSQL server"));
    showServerConnected();
}

void SessionStatusBar::setSignedInRole(const QString& role)
{
    m_user->setText(tr("Signed in as %1").arg(role));
    m_user->setToolTip(tr("The server's role, recorded as the author of new events"));
}

void SessionStatusBar::showServerUnreachable(const QDateTime& viewsAsOf)
{
    const QString time =
        QLocale().toString(viewsAsOf.toLocalTime().time(), QStringLiteral("HH:mm"));
    m_serverState->setText(tr("Server unreachable — showing views as of %1").arg(time));
    m_serverState->setToolTip(
        tr("The screens show what they knew then, until the server answers again"));
    m_serverState->show();
}

void SessionStatusBar::showServerConnected()
{
    m_serverState->setText(tr("Connected"));
    m_serverState->setToolTip({});
    m_serverState->show();
}

void SessionStatusBar::setSelectedFamily(const QString& familyId)
{
    m_family->setText(familyId.isEmpty() ? QString() : tr("Family: %1").arg(familyId));
    m_family->setVisible(!familyId.isEmpty());
}

void SessionStatusBar::setProjectionStatus(qint64 head, qint64 lagEvents, qint64 lagMs)
{
    const QLocale locale;
    m_head->setText(tr("Head: %1").arg(locale.toString(head)));
    m_lag->setText(tr("Lag: %1 · %2 ms").arg(locale.toString(lagEvents), locale.toString(lagMs)));
}

void SessionStatusBar::clearProjectionStatus()
{
    m_head->setText(tr("Head: —"));
    m_lag->setText(tr("Lag: —"));
}

QString SessionStatusBar::userText() const
{
    return m_user->text();
}

QString SessionStatusBar::fileText() const
{
    return m_file->text();
}

QString SessionStatusBar::serverStateText() const
{
    return m_serverState->text();
}

QString SessionStatusBar::headText() const
{
    return m_head->text();
}

QString SessionStatusBar::lagText() const
{
    return m_lag->text();
}

} // namespace coopdesk
