#pragma once

#include "import_outcome.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace coopdesk {

class CoopSession;
class ImportErrorsModel;
class ImportJob;
class ImportPreviewModel;
class MessageBar;

// File → Import… (docs/IMPORT.md): the user chooses what the spreadsheet
// holds and the CSV file; the dialog reads it and checks every row through
// the command bus without writing (a dry run), showing the first rows, the
// columns it ignores or misses, and every bad row with its line, column and
// message. Import writes all rows in one transaction, or none; a summary
// follows. Reading, checking and importing run on an ImportJob's thread,
// with a progress bar and Cancel; the window never waits on them.
// After an import the session's projector is woken, so the screens update.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State {
        NoFile,    // nothing chosen yet
        Checking,  // reading the file and checking its rows
        Checked,   // the last check finished (see lastOutcome())
        Importing, // writing
        Imported,  // the last import finished (see lastOutcome())
    };

    explicit ImportDialog(CoopSession* session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    ImportKind kind() const;
    void setKind(ImportKind kind); // re-checks the file when one is chosen
    QString filePath() const;
    // Chooses the file and checks it (as choosing it in the file dialog does).
    void setFilePath(const QString& path);
    // How long a step waits for another program's write (tests).
    void setBusyTimeout(int milliseconds);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Checking || m_state == State::Importing; }
    const ImportOutcome& lastOutcome() const { return m_outcome; }

    // What the dialog shows, for tests and screenshots.
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportErrorsModel* errorsModel() const { return m_errorsModel; }
    QString columnsMessage() const; // heading and text of the columns bar; empty when hidden
    QString statusMessage() const;  // heading and text of the status bar; empty when hidden
    QString summaryText() const;    // empty until an import finished
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* checkAgainButton() const { return m_checkAgain; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    void chooseFile();
    // Reads and checks the chosen file again (after fixing it).
    void checkAgain();
    void startImport();
    // Stops the running step; it writes nothing.
    void cancel();
    // While a step runs: cancels it and closes when it has stopped.
    void reject() override;

signals:
    // A check or an import finished (cancelled and failed ones too).
    void stepFinished(const coopdesk::ImportOutcome& outcome);
    // An import committed (possibly appending nothing: all rows seen before).
    void imported(const coopdesk::ImportSummary& summary);

private:
    void buildUi();
    void updateKindDescription();
    void startCheck();
    void setState(State state);
    void onStarted(ImportOutcome::Step step);
    void onProgress(ImportPhase phase, qint64 done, qint64 total);
    void onFinished(const ImportOutcome& outcome);
    void showColumns(const ImportOutcome& outcome);
    void showStatus(const ImportOutcome& outcome);
    void showSummary(const ImportSummary& summary);
    void showRowErrors(const QList<ImportError>& errors);
    void showErrorDetail(int row);

    QPointer<CoopSession> m_session;
    ImportJob* m_job = nullptr;
    State m_state = State::NoFile;
    ImportOutcome m_outcome;
    bool m_closeWhenStopped = false;
    bool m_checkPending = false; // a new check waits for the running one to stop

    QComboBox* m_kind = nullptr;
    QLabel* m_kindDescription = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_checkAgain = nullptr;
    MessageBar* m_columnsBar = nullptr;
    MessageBar* m_statusBar = nullptr;
    QGroupBox* m_previewBox = nullptr;
    QTableView* m_previewView = nullptr;
    ImportPreviewModel* m_previewModel = nullptr;
    QGroupBox* m_errorsBox = nullptr;
    QTableView* m_errorsView = nullptr;
    ImportErrorsModel* m_errorsModel = nullptr;
    QLabel* m_errorDetail = nullptr; // the current bad row's message, whole
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QGroupBox* m_summaryBox = nullptr;
    QLabel* m_summaryHeadline = nullptr;
    QLabel* m_summaryRows = nullptr;
    QLabel* m_summaryCommands = nullptr;
    QLabel* m_summaryAppended = nullptr;
    QLabel* m_summaryReplayed = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace coopdesk
