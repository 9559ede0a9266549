#pragma once

#include "audit_trail_check.h"
#include "charts/live_screen.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coopdesk {

class ActivityModel;

// The global event log (SPEC 7, Activity): every event, newest first, in
// a windowed table (ActivityModel: pages fetched on a thread of their own,
// so millions of events never load at once), filtered by event type,
// user, family and recording dates. New events slide in at the top as
// they are projected. "Verify Audit Trail" walks the hash chain on a
// worker thread with a progress bar and Cancel, then says whether the
// trail is intact (and how many events were checked) or where it breaks.
class ActivityScreen : public LiveScreen
{
    Q_OBJECT

public:
    explicit ActivityScreen(MainWindow* window, QWidget* parent = nullptr);
    ~ActivityScreen() override;

    ActivityModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isLoading() const override;

    // Filters as the controls set them; empty or invalid: no filter.
    void setFilter(const QString& eventType, const QString& userId, const QString& familyId,
                   QDate from = {}, QDate to = {});
    QString countText() const;

    AuditTrailCheck* auditCheck() const { return m_audit; }
    QProgressBar* auditProgress() const { return m_auditProgress; }
    MessageBar* auditResult() const { return m_auditResult; }

public slots:
    void verifyAuditTrail();
    void cancelVerification();

protected:
    void reload(const Change& change) override;
    void clearData() override;
    void sessionStarted(CoopSession* session) override;
    void sessionEnding() override;

private:
    void applyFilters();
    void clearFilters();
    void familyTextEdited(const QString& text);
    void updateUsers(const QStringList& users);
    void updateCount();
    void auditFinished(const AuditTrailCheck::Outcome& outcome);

    ActivityModel* m_model;
    QTableView* m_table;
    QComboBox* m_eventType;
    QComboBox* m_user;
    QLineEdit* m_family;
    QStandardItemModel* m_familyMatches;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_clear;
    QLabel* m_count;
    QPushButton* m_verify;
    QPushButton* m_cancelVerify;
    QProgressBar* m_auditProgress;
    MessageBar* m_auditResult;
    AuditTrailCheck* m_audit;
};

} // namespace coopdesk
