#include "import_dialog.h"

#include "import_errors_model.h"
#include "import_job.h"
#include "import_kind_text.h"
#include "import_preview_model.h"
#include "session/coop_session.h"
#include "widgets/message_bar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

constexpr int progressSteps = 1000;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString barText(const MessageBar* bar)
{
    if (!bar->hasMessage())
        return {};
    if (bar->heading().isEmpty())
        return bar->text();
    return bar->text().isEmpty() ? bar->heading() : bar->heading() + u' ' + bar->text();
}

QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ImportDialog::ImportDialog(CoopSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a Spreadsheet"));
    m_job = new ImportJob(session ? session->location() : StoreLocation(),
                          session ? session->userId() : QString(), this);
    connect(m_job, &ImportJob::started, this, &ImportDialog::onStarted);
    connect(m_job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    buildUi();
    updateKindDescription();
    setState(State::NoFile);
    resize(920, 660);
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the window, and the file box losing focus
    // then would call back into this half-destroyed dialog.
    disconnect(m_file, nullptr, this, nullptr);
    // The job cancels its step and waits for its thread: nothing is half-written.
    delete m_job;
}

void ImportDialog::buildUi()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const ImportKind kind : {ImportKind::Families, ImportKind::Charges, ImportKind::Payments})
        m_kind->addItem(ImportKindText::name(kind), QVariant::fromValue(static_cast<int>(kind)));
    m_kindDescription = new QLabel(this);
    m_kindDescription->setObjectName(QStringLiteral("importKindDescription"));
    m_kindDescription->setWordWrap(true);
    m_kindDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindDescription();
        if (!filePath().isEmpty())
            startCheck();
    });

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A CSV file saved from a spreadsheet (UTF-8)"));
    m_file->setClearButtonEnabled(true);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->isModified() && !filePath().isEmpty()) {
            m_file->setModified(false);
            startCheck();
        }
    });
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("importChooseFile"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_checkAgain = new QPushButton(tr("Check &Again"), this);
    m_checkAgain->setObjectName(QStringLiteral("importCheckAgain"));
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->setToolTip(tr("Read the file again, after fixing it in the spreadsheet"));
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportDialog::checkAgain);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_checkAgain);

    auto* kindLabel = new QLabel(tr("The file &holds:"), this);
    kindLabel->setBuddy(m_kind);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto* top = new QGridLayout;
    top->setColumnStretch(1, 1);
    top->addWidget(kindLabel, 0, 0);
    top->addLayout(kindRow, 0, 1);
    top->addWidget(m_kindDescription, 1, 1);
    top->addWidget(fileLabel, 2, 0);
    top->addLayout(fileRow, 2, 1);

    m_columnsBar = new MessageBar(this);
    m_columnsBar->setObjectName(QStringLiteral("importColumnsBar"));
    m_statusBar = new MessageBar(this);
    m_statusBar->setObjectName(QStringLiteral("importStatusBar"));

    m_previewBox = new QGroupBox(tr("Preview"), this);
    m_previewBox->setObjectName(QStringLiteral("importPreviewBox"));
    m_previewModel = new ImportPreviewModel(this);
    m_previewView = makeTable(m_previewBox, QStringLiteral("importPreview"));
    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_previewView);

    m_errorsBox = new QGroupBox(tr("Rows to fix"), this);
    m_errorsBox->setObjectName(QStringLiteral("importErrorsBox"));
    m_errorsModel = new ImportErrorsModel(this);
    m_errorsView = makeTable(m_errorsBox, QStringLiteral("importErrors"));
    m_errorsView->setModel(m_errorsModel);
    m_errorsView->verticalHeader()->hide();
    QHeaderView* errorsHeader = m_errorsView->horizontalHeader();
    errorsHeader->setStretchLastSection(true);
    const QFontMetrics metrics = m_errorsView->fontMetrics();
    errorsHeader->resizeSection(ImportErrorsModel::LineColumn,
                                metrics.horizontalAdvance(QStringLiteral("000,000")) + 24);
    errorsHeader->resizeSection(ImportErrorsModel::FieldColumn,
                                metrics.horizontalAdvance(QStringLiteral("preferred_contact")) +
                                    24);
    m_errorDetail = new QLabel(m_errorsBox);
    m_errorDetail->setObjectName(QStringLiteral("importErrorDetail"));
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_errorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showErrorDetail(current.row()); });
    auto* errorsLayout = new QVBoxLayout(m_errorsBox);
    errorsLayout->addWidget(m_errorsView, 1);
    errorsLayout->addWidget(m_errorDetail);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->addWidget(m_previewBox);
    splitter->addWidget(m_errorsBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, progressSteps);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);

    m_summaryBox = new QGroupBox(tr("Summary"), this);
    m_summaryBox->setObjectName(QStringLiteral("importSummaryBox"));
    m_summaryHeadline = new QLabel(m_summaryBox);
    m_summaryHeadline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_summaryHeadline->setWordWrap(true);
    QFont headlineFont = m_summaryHeadline->font();
    headlineFont.setBold(true);
    m_summaryHeadline->setFont(headlineFont);
    m_summaryRows = new QLabel(m_summaryBox);
    m_summaryCommands = new QLabel(m_summaryBox);
    m_summaryAppended = new QLabel(m_summaryBox);
    m_summaryReplayed = new QLabel(m_summaryBox);
    auto* summaryNumbers = new QFormLayout;
    summaryNumbers->addRow(tr("Rows read:"), m_summaryRows);
    summaryNumbers->addRow(tr("Changes the rows make:"), m_summaryCommands);
    summaryNumbers->addRow(tr("Events written:"), m_summaryAppended);
    summaryNumbers->addRow(tr("Already imported before:"), m_summaryReplayed);
    auto* summaryLayout = new QVBoxLayout(m_summaryBox);
    summaryLayout->addWidget(m_summaryHeadline);
    summaryLayout->addLayout(summaryNumbers);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStart"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_columnsBar);
    layout->addWidget(m_statusBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryBox);
    layout->addWidget(m_progressRow);
    layout->addWidget(buttons);
}

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(static_cast<int>(kind))));
}

QString ImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ImportDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
    m_file->setModified(false);
    startCheck();
}

void ImportDialog::setBusyTimeout(int milliseconds)
{
    m_job->setBusyTimeout(milliseconds);
}

QString ImportDialog::columnsMessage() const
{
    return barText(m_columnsBar);
}

QString ImportDialog::statusMessage() const
{
    return barText(m_statusBar);
}

QString ImportDialog::summaryText() const
{
    return m_summaryBox->isVisibleTo(this) ? m_summaryHeadline->text() : QString();
}

void ImportDialog::updateKindDescription()
{
    m_kindDescription->setText(ImportKindText::description(kind()));
}

void ImportDialog::chooseFile()
{
    const QString start =
        !filePath().isEmpty()
            ? QFileInfo(filePath()).absolutePath()
            : (m_session ? QFileInfo(m_session->path()).absolutePath() : QString());
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV File"), start,
        tr("CSV files (*.csv *.CSV);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::checkAgain()
{
    if (!filePath().isEmpty())
        startCheck();
}

void ImportDialog::startCheck()
{
    if (m_state == State::Importing)
        return;
    if (m_state == State::Checking) {
        // The kind or the file changed: the running check is out of date.
        m_checkPending = true;
        m_job->cancel();
        return;
    }
    m_job->check(filePath(), kind());
}

void ImportDialog::startImport()
{
    if (!m_job->canCommit() || !m_session || m_session->isReadOnly())
        return;
    m_job->commit();
}

void ImportDialog::cancel()
{
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool running = isRunning();
    m_kind->setEnabled(!running);
    m_file->setReadOnly(running);
    m_choose->setEnabled(!running);
    m_checkAgain->setEnabled(!running && !filePath().isEmpty());
    m_progressRow->setVisible(running);
    m_cancel->setEnabled(running);
    const bool writable = m_session && !m_session->isReadOnly();
    m_import->setEnabled(!running && writable && m_job->canCommit() &&
                         m_outcome.summary.commands > 0);
    m_import->setDefault(m_import->isEnabled());
    m_previewBox->setVisible(state != State::NoFile);
    m_errorsBox->setVisible(!m_errorsModel->errors().isEmpty());
}

void ImportDialog::onStarted(ImportOutcome::Step step)
{
    m_closeWhenStopped = false;
    m_summaryBox->hide();
    if (step == ImportOutcome::Step::Check) {
        m_outcome = ImportOutcome{};
        m_columnsBar->clear();
        m_statusBar->clear();
        m_previewModel->clear();
        showRowErrors({});
    } else {
        m_statusBar->clear();
    }
    m_progress->setRange(0, 0);
    m_progressLabel->setText(step == ImportOutcome::Step::Check ? tr("Reading the file…")
                                                                : tr("Importing…"));
    setState(step == ImportOutcome::Step::Check ? State::Checking : State::Importing);
}

void ImportDialog::onProgress(ImportPhase phase, qint64 done, qint64 total)
{
    if (!isRunning() || !m_cancel->isEnabled())
        return; // cancelling: the label says so
    switch (phase) {
    case ImportPhase::Reading:
        m_progressLabel->setText(tr("Reading the file…"));
        break;
    case ImportPhase::Checking:
        m_progressLabel->setText(tr("Checking the rows…"));
        break;
    case ImportPhase::Importing:
        m_progressLabel->setText(tr("Importing…"));
        break;
    }
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(static_cast<int>(std::min(done, total) * progressSteps / total));
}

void ImportDialog::onFinished(const ImportOutcome& outcome)
{
    if (m_checkPending && !m_closeWhenStopped) {
        m_checkPending = false;
        m_state = State::Checked;
        startCheck();
        return;
    }
    m_checkPending = false;
    const bool wasCheck = outcome.step == ImportOutcome::Step::Check;
    m_outcome = outcome;
    if (wasCheck) {
        m_previewModel->setPreview(outcome.header, outcome.preview, outcome.unknownColumns);
        m_previewView->resizeColumnsToContents();
        for (int column = 0; column < m_previewModel->columnCount(); ++column) {
            if (m_previewView->columnWidth(column) > 260)
                m_previewView->setColumnWidth(column, 260);
        }
        m_previewBox->setTitle(
            outcome.header.isEmpty()
                ? tr("Preview")
                : tr("Preview: the first rows of the file (%1 of %2)")
                      .arg(number(outcome.preview.size()), number(outcome.summary.rows)));
        showColumns(outcome);
    }
    // A cancelled or failed commit leaves the rows as the check found them.
    if (wasCheck || outcome.status == CsvImport::Status::RowErrors || !outcome.rowErrors.isEmpty())
        showRowErrors(outcome.rowErrors);
    showStatus(outcome);
    if (!wasCheck && outcome.ok()) {
        showSummary(outcome.summary);
        if (m_session && outcome.summary.appended > 0)
            m_session->projections().wake();
    }
    setState(wasCheck ? State::Checked : State::Imported);
    emit stepFinished(outcome);
    if (!wasCheck && outcome.ok())
        emit imported(outcome.summary);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void ImportDialog::showColumns(const ImportOutcome& outcome)
{
    if (!outcome.missingColumns.isEmpty()) {
        m_columnsBar->showMessage(
            MessageBar::Level::Error,
            tr("Add them to the first line of the file (the header), or choose the kind of file "
               "it holds. Nothing has been written."),
            tr("Required columns missing: %1")
                .arg(outcome.missingColumns.join(QStringLiteral(", "))));
    } else if (!outcome.unknownColumns.isEmpty()) {
        m_columnsBar->showMessage(
            MessageBar::Level::Hint,
            tr("These columns are not part of a %1 file and will be ignored.")
                .arg(ImportKindText::name(outcome.summary.kind).toLower()),
            tr("Columns ignored: %1").arg(outcome.unknownColumns.join(QStringLiteral(", "))));
    } else {
        m_columnsBar->clear();
    }
}

void ImportDialog::showStatus(const ImportOutcome& outcome)
{
    const ImportSummary& summary = outcome.summary;
    const bool check = outcome.step == ImportOutcome::Step::Check;
    switch (outcome.status) {
    case CsvImport::Status::Ok:
        if (!check) {
            m_statusBar->clear();
        } else if (summary.commands == 0) {
            m_statusBar->showMessage(MessageBar::Level::Hint,
                                     tr("The file has a header but no rows: there is nothing to "
                                        "import."));
        } else if (summary.wouldAppend == 0) {
            m_statusBar->showMessage(
                MessageBar::Level::Hint,
                tr("Every row of this file was imported before: importing it again changes "
                   "nothing."),
                tr("Already imported"));
        } else {
            QString text = tr("Rows read: %1. New events to record: %2.")
                               .arg(number(summary.rows), number(summary.wouldAppend));
            if (summary.replayed > 0)
                text += u' ' + tr("Changes imported before, which will not be made again: %1.")
                                   .arg(number(summary.replayed));
            m_statusBar->showMessage(MessageBar::Level::Hint, text,
                                     tr("Every row can be imported"));
        }
        break;
    case CsvImport::Status::RowErrors:
        m_statusBar->showMessage(
            MessageBar::Level::Error,
            tr("Fix them in the spreadsheet, save it as CSV and choose Check Again. Nothing has "
               "been written."),
            tr("Rows that cannot be imported: %1").arg(number(outcome.rowErrors.size())));
        break;
    case CsvImport::Status::FileError:
        if (!outcome.missingColumns.isEmpty()) {
            m_statusBar->clear(); // the columns bar names them
        } else if (outcome.fileError) {
            const ImportError& error = *outcome.fileError;
            m_statusBar->showMessage(
                MessageBar::Level::Error,
                error.line > 0 ? tr("Line %1: %2").arg(number(error.line), error.error.message)
                               : error.error.message,
                tr("This file cannot be imported"));
        }
        break;
    case CsvImport::Status::Cancelled:
        m_statusBar->showMessage(
            MessageBar::Level::Hint,
            check ? tr("Checking was cancelled. Choose Check Again to read the file.")
                  : tr("The import was cancelled: nothing was written."),
            tr("Cancelled"));
        break;
    case CsvImport::Status::Storage:
        m_statusBar->showMessage(
            MessageBar::Level::Error,
            outcome.storageMessage +
                (outcome.storageAdvice.isEmpty() ? QString() : u' ' + outcome.storageAdvice) +
                u' ' + tr("Nothing was written."),
            tr("The co-op file could not be used"));
        break;
    case CsvImport::Status::NotParsed:
        m_statusBar->showMessage(MessageBar::Level::Error,
                                 tr("Choose the file again: it was not read."));
        break;
    }
}

void ImportDialog::showSummary(const ImportSummary& summary)
{
    if (summary.appended == 0 && summary.commands > 0)
        m_summaryHeadline->setText(tr("Nothing changed: every row of this file was imported "
                                      "before."));
    else if (summary.replayed > 0)
        m_summaryHeadline->setText(tr("Imported the new rows of %1; the others were imported "
                                      "before.")
                                       .arg(QFileInfo(m_outcome.csvPath).fileName()));
    else
        m_summaryHeadline->setText(tr("Imported %1.").arg(QFileInfo(m_outcome.csvPath).fileName()));
    m_summaryRows->setText(number(summary.rows));
    m_summaryCommands->setText(number(summary.commands));
    m_summaryAppended->setText(number(summary.appended));
    m_summaryReplayed->setText(number(summary.replayed));
    m_summaryBox->show();
}

void ImportDialog::showRowErrors(const QList<ImportError>& errors)
{
    m_errorsModel->setErrors(errors);
    m_previewModel->setRowErrors(errors);
    m_errorsBox->setTitle(errors.isEmpty() ? tr("Rows to fix")
                                           : tr("Rows to fix (%1)").arg(number(errors.size())));
    m_errorsBox->setVisible(!errors.isEmpty());
    if (errors.isEmpty())
        showErrorDetail(-1);
    else
        m_errorsView->setCurrentIndex(m_errorsModel->index(0, ImportErrorsModel::MessageColumn));
}

void ImportDialog::showErrorDetail(int row)
{
    const QList<ImportError>& errors = m_errorsModel->errors();
    if (row < 0 || row >= errors.size()) {
        m_errorDetail->clear();
        return;
    }
    const ImportError& error = errors.at(row);
    const QString where = error.error.field
                              ? tr("Line %1, column %2").arg(number(error.line), *error.error.field)
                              : tr("Line %1").arg(number(error.line));
    m_errorDetail->setText(QStringLiteral("<b>%1:</b> %2")
                               .arg(where.toHtmlEscaped(), error.error.message.toHtmlEscaped()));
}

} // namespace coopdesk
