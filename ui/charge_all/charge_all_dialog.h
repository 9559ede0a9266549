#pragma once

#include "charge_all_outcome.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;

namespace coopdesk {

class ChargeAllFamiliesModel;
class ChargeAllJob;
class CoopSession;
class DateLineEdit;
class MessageBar;
class MoneyEdit;

// Payments → Charge Tuition to All Families… (SPEC 7, the treasurer's
// month): the month, the due date and how much each family is charged (the
// same for all, an amount per child, or each family's last tuition
// amount), and a preview that follows the form: the families to charge
// with their amounts and the total, those skipped and why, and those that
// hold other charges of the month. Charging sends one all-or-nothing batch
// of TuitionCharged TUI-YYYY-MM, with progress and Cancel; a batch the
// store refuses (a family withdrawn or charged by another desk since the
// preview) charges nobody, names the families and offers a new preview.
// Once charged, "Cancel This Run…" cancels the run's charges, one batch
// again. Planning and writing run on a ChargeAllJob's thread.
//
// The month offered first is the current one, or when it has been run
// already (some enrolled family holds its TUI-YYYY-MM charge) the first
// month after it that has not: a run is monthly, and offering a month
// already run would mostly skip families.
class ChargeAllDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State {
        Editing,       // the form is not a request yet, or no preview can be read
        Planning,      // a preview is being read (or the read models catch up)
        Previewed,     // the preview shown is the form's
        Outdated,      // the store refused the preview's charges: preview again
        Charging,      // the run's batch is being written
        Charged,       // the run is saved: it can be cancelled
        CancellingRun, // the batch cancelling the run is being written
    };

    explicit ChargeAllDialog(CoopSession* session, QWidget* parent = nullptr);
    ~ChargeAllDialog() override;

    // The form (setters act as the user would; the preview follows).
    QString month() const; // YYYY-MM
    void setMonth(const QString& month);
    QDate dueDate() const;
    void setDueDate(QDate date);
    ChargeAmountRule rule() const;
    void setRule(ChargeAmountRule rule);
    // The amount typed for SameForAll or PerChild.
    void setAmount(ChargeAmountRule rule, qint64 cents);
    // How long a write waits for another program's (tests).
    void setBusyTimeout(int milliseconds);

    State state() const { return m_state; }
    bool isWriting() const { return m_state == State::Charging || m_state == State::CancellingRun; }
    // The plan shown in the preview (valid in Previewed and after).
    const ChargeAllPlan& preview() const { return m_preview; }
    // The run saved (valid in Charged).
    const ChargeAllPlan& run() const { return m_run; }
    const ChargeAllOutcome& lastOutcome() const { return m_outcome; }

    // What the dialog shows, for tests and screenshots.
    ChargeAllFamiliesModel* chargedModel() const { return m_chargedModel; }
    ChargeAllFamiliesModel* skippedModel() const { return m_skippedModel; }
    ChargeAllFamiliesModel* otherChargesModel() const { return m_otherModel; }
    QString message() const;     // heading and text of the message bar; empty when hidden
    QString summaryText() const; // the preview's or the run's summary
    QPushButton* chargeButton() const { return m_charge; }
    QPushButton* previewAgainButton() const { return m_previewAgain; }
    QPushButton* cancelRunButton() const { return m_cancelRun; }
    QPushButton* stopButton() const { return m_stop; }
    QProgressBar* progressBar() const { return m_progress; }
    QTabWidget* previewTabs() const { return m_tabs; }

public slots:
    void previewAgain();
    void startCharge();
    // Stops the running write; it writes nothing.
    void stop();
    // Asks for the reason, then cancels the run's charges.
    void askToCancelRun();
    void cancelRun(const QString& reason);
    // While writing: stops and closes once stopped; after an edit, asks first.
    void reject() override;

signals:
    // A step finished (a preview, a charge, a cancel; failed ones too).
    void stepFinished(const coopdesk::ChargeAllOutcome& outcome);
    // The run was saved.
    void charged(int families, qint64 totalCents);

private:
    void buildUi();
    QWidget* buildForm();
    QWidget* buildPreview();
    void fillMonths(const QString& around);
    void monthChosen();
    void formEdited();
    void schedulePlan();
    void requestPlan();
    std::optional<ChargeAllRequest> requestFromForm(QString* missing) const;
    void setState(State state);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ChargeAllOutcome& outcome);
    void onPlanned(const ChargeAllOutcome& outcome);
    void onCharged(const ChargeAllOutcome& outcome);
    void onRunCancelled(const ChargeAllOutcome& outcome);
    void showPreview(const ChargeAllPlan& plan);
    void showRefused(const ChargeAllOutcome& outcome);
    QString money(qint64 cents) const;

    QPointer<CoopSession> m_session;
    ChargeAllJob* m_job = nullptr;
    QString m_currencyCode;
    State m_state = State::Editing;
    ChargeAllOutcome m_outcome;
    ChargeAllPlan m_preview;
    ChargeAllPlan m_run;
    quint64 m_generation = 0;
    bool m_findMonth = true;        // the first preview looks for the month to offer
    bool m_waitingForViews = false; // a preview waits for the read models
    bool m_edited = false;          // the user changed the form
    bool m_closeWhenStopped = false;
    QTimer m_planTimer;

    QComboBox* m_month = nullptr;
    QLabel* m_chargeId = nullptr;
    DateLineEdit* m_due = nullptr;
    QButtonGroup* m_rules = nullptr;
    QRadioButton* m_sameRule = nullptr;
    QRadioButton* m_perChildRule = nullptr;
    QRadioButton* m_lastRule = nullptr;
    MoneyEdit* m_sameAmount = nullptr;
    MoneyEdit* m_perChildAmount = nullptr;
    QWidget* m_form = nullptr;
    MessageBar* m_bar = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChargeAllFamiliesModel* m_chargedModel = nullptr;
    ChargeAllFamiliesModel* m_skippedModel = nullptr;
    ChargeAllFamiliesModel* m_otherModel = nullptr;
    QTableView* m_chargedView = nullptr;
    QTableView* m_skippedView = nullptr;
    QTableView* m_otherView = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_previewAgain = nullptr;
    QPushButton* m_cancelRun = nullptr;
    QPushButton* m_charge = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace coopdesk
