#pragma once

#include "charts/live_screen.h"

#include <QStringList>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace coopdesk {

class ProjectionStatusModel;
class SkippedEventsModel;

// The read side's control panel (SPEC 7, Projections): per read model its
// version, status, checkpoint, the head, how far behind it is (events and
// time), events processed and the last error with its position. Rebuilds
// one or all read models blue/green on the projector's thread, with a
// progress bar (events per second, time left) and Cancel, while the other
// screens keep reading the old tables. A read model stopped by a poison
// event can be retried or, after a confirmation, skip that event; skips
// are recorded with the user's name and listed below.
class ProjectionsScreen : public LiveScreen
{
    Q_OBJECT

public:
    explicit ProjectionsScreen(MainWindow* window, QWidget* parent = nullptr);
    ~ProjectionsScreen() override;

    ProjectionStatusModel* statusModel() const { return m_status; }
    SkippedEventsModel* skippedModel() const { return m_skipped; }
    QTableView* statusTable() const { return m_table; }
    QProgressBar* rebuildProgress() const { return m_progress; }
    QString rebuildText() const;
    QString summaryText() const;
    bool isRebuilding() const { return !m_rebuilding.isEmpty(); }
    QString selectedProjection() const;
    void selectProjection(const QString& name);

public slots:
    void rebuildSelected();
    void rebuildAll();
    void cancelRebuild();
    void retrySelected();
    // Asks first; on Yes skips the event the selected read model stopped at.
    void skipSelected();

protected:
    void reload(const Change& change) override;
    void clearData() override;
    void sessionStarted(CoopSession* session) override;

private:
    void startRebuild(const QStringList& names);
    void onRebuildProgress(const QStringList& names, qint64 processed, qint64 total,
                           double eventsPerSecond);
    void onRebuildFinished(const QStringList& names, bool ok, const QString& message);
    void updateActions();
    void updateSummary();

    ProjectionStatusModel* m_status;
    SkippedEventsModel* m_skipped;
    QTableView* m_table;
    QTableView* m_skippedTable;
    QLabel* m_summary;
    QLabel* m_skippedNote;
    QPushButton* m_rebuild;
    QPushButton* m_rebuildAll;
    QPushButton* m_retry;
    QPushButton* m_skip;
    QWidget* m_rebuildBox;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_cancel;
    MessageBar* m_outcome;
    QStringList m_rebuilding;
    QTimer m_tick; // lag in time grows while something is behind
};

} // namespace coopdesk
