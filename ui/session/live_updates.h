#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace coopdesk {

// Coalesces the projector's reports for the screens: a burst of batches
// becomes one update at most every `interval` ms carrying the union of
// the families and months that changed, so the window never stalls under
// a stream of commands.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    explicit LiveUpdates(QObject* parent = nullptr, int intervalMs = 150);

    qint64 position() const { return m_position; }
    // Changes are waiting for the next delivery of changed().
    bool isPending() const { return m_timer.isActive(); }

public slots:
    void add(qint64 position, const QStringList& families, const QStringList& months,
             bool everything);

signals:
    // Read models changed up to `position`. `everything`: too much to list;
    // refresh whole.
    void changed(qint64 position, const QSet<QString>& families, const QSet<QString>& months,
                 bool everything);

private:
    void deliver();

    QTimer m_timer;
    qint64 m_position = 0;
    QSet<QString> m_families;
    QSet<QString> m_months;
    bool m_everything = false;
};

} // namespace coopdesk
