#include "projections_screen.h"

#include "charts/table_style.h"
#include "i18n/code_labels.h"
#include "main_window/main_window.h"
#include "projection_status_model.h"
#include "projections/projection_registry.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "skipped_events_model.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace coopdesk {

namespace {

QTableView* statusTableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    applyReportTableStyle(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QString namesText(const QStringList& names)
{
    QStringList words;
    for (const QString& name : names)
        words << CodeLabels::projectionName(name);
    return words.join(QStringLiteral(", "));
}

} // namespace

ProjectionsScreen::ProjectionsScreen(MainWindow* window, QWidget* parent)
    : LiveScreen(window, parent)
    , m_status(new ProjectionStatusModel(this))
    , m_skipped(new SkippedEventsModel(this))
    , m_table(statusTableView(m_status, this))
    , m_skippedTable(nullptr)
    , m_summary(new QLabel(this))
    , m_skippedNote(new QLabel(this))
    , m_rebuild(new QPushButton(tr("&Rebuild"), this))
    , m_rebuildAll(new QPushButton(tr("Rebuild &All"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_skip(new QPushButton(tr("&Skip Event…"), this))
    , m_rebuildBox(new QWidget(this))
    , m_progress(new QProgressBar(m_rebuildBox))
    , m_progressText(new QLabel(m_rebuildBox))
    , m_cancel(new QPushButton(tr("&Cancel Rebuild"), m_rebuildBox))
    , m_outcome(new MessageBar(this))
{
    setObjectName(QStringLiteral("projectionsScreen"));
    auto* title = new QLabel(tr("Projections"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("projectionsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("projectionsTable"));
    m_rebuild->setObjectName(QStringLiteral("rebuildSelected"));
    m_rebuild->setToolTip(tr("Rebuild the selected read model from the events, beside the one in "
                             "use, and swap it in when done"));
    m_rebuildAll->setObjectName(QStringLiteral("rebuildAll"));
    m_rebuildAll->setToolTip(tr("Rebuild every read model from the events"));
    m_retry->setObjectName(QStringLiteral("retryProjection"));
    m_retry->setToolTip(tr("Try the event that stopped the selected read model again (after an "
                           "upgrade of CoopDesk)"));
    m_skip->setObjectName(QStringLiteral("skipEvent"));
    m_skip->setToolTip(tr("Leave out the event that stopped the selected read model; the skip is "
                          "recorded"));
    m_progress->setObjectName(QStringLiteral("rebuildProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progressText->setObjectName(QStringLiteral("rebuildText"));
    m_cancel->setObjectName(QStringLiteral("cancelRebuild"));
    m_outcome->setObjectName(QStringLiteral("rebuildOutcome"));

    auto* rebuildLayout = new QHBoxLayout(m_rebuildBox);
    rebuildLayout->setContentsMargins(0, 0, 0, 0);
    rebuildLayout->addWidget(m_progress, 2);
    rebuildLayout->addWidget(m_progressText, 3);
    rebuildLayout->addWidget(m_cancel);
    m_rebuildBox->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_rebuild);
    actions->addWidget(m_rebuildAll);
    actions->addSpacing(16);
    actions->addWidget(m_retry);
    actions->addWidget(m_skip);
    actions->addStretch(1);

    auto* skippedBox = new QGroupBox(tr("Skipped events"), this);
    m_skippedTable = statusTableView(m_skipped, skippedBox);
    m_skippedTable->setObjectName(QStringLiteral("skippedTable"));
    m_skippedTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_skippedNote->setObjectName(QStringLiteral("skippedNote"));
    m_skippedNote->setWordWrap(true);
    m_skippedNote->setForegroundRole(QPalette::PlaceholderText);
    auto* skippedLayout = new QVBoxLayout(skippedBox);
    skippedLayout->addWidget(m_skippedNote);
    skippedLayout->addWidget(m_skippedTable, 1);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(problemBar());
    layout->addLayout(header);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 3);
    layout->addLayout(actions);
    layout->addWidget(m_rebuildBox);
    layout->addWidget(skippedBox, 2);

    connect(m_rebuild, &QPushButton::clicked, this, &ProjectionsScreen::rebuildSelected);
    connect(m_rebuildAll, &QPushButton::clicked, this, &ProjectionsScreen::rebuildAll);
    connect(m_cancel, &QPushButton::clicked, this, &ProjectionsScreen::cancelRebuild);
    connect(m_retry, &QPushButton::clicked, this, &ProjectionsScreen::retrySelected);
    connect(m_skip, &QPushButton::clicked, this, &ProjectionsScreen::skipSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectionsScreen::updateActions);
    connect(m_status, &KeyedRowModel::rowsUpdated, this, &ProjectionsScreen::updateActions);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            reloadAll();
    });
    clearData();
}

ProjectionsScreen::~ProjectionsScreen() = default;

void ProjectionsScreen::sessionStarted(CoopSession* session)
{
    ProjectionService& projections = session->projections();
    connect(&projections, &ProjectionService::statusChanged, this, [this] {
        if (queries())
            reloadAll();
    });
    connect(&projections, &ProjectionService::rebuildProgress, this,
            &ProjectionsScreen::onRebuildProgress);
    connect(&projections, &ProjectionService::rebuildFinished, this,
            &ProjectionsScreen::onRebuildFinished);
}

void ProjectionsScreen::reload(const Change&)
{
    m_status->setRows(queries()->projectionStatus(QDateTime::currentDateTimeUtc()));
    m_skipped->setSkipped(queries()->skippedEvents());
    // A handful of rows: fit the columns to what they hold now.
    m_table->resizeColumnsToContents();
    m_skippedTable->resizeColumnsToContents();
    updateSummary();
    updateActions();
}

void ProjectionsScreen::clearData()
{
    m_status->clear();
    m_skipped->clear();
    m_rebuilding.clear();
    m_rebuildBox->hide();
    m_outcome->clear();
    m_tick.stop();
    updateSummary();
    updateActions();
}

void ProjectionsScreen::updateSummary()
{
    qint64 behind = 0, head = 0;
    int errors = 0;
    for (const QJsonObject& row : m_status->rows()) {
        behind = std::max(behind, row.value(QStringLiteral("lag_events")).toInteger());
        head = row.value(QStringLiteral("head_position")).toInteger();
        errors += row.value(QStringLiteral("status")).toString() == QLatin1String("error") ? 1 : 0;
    }
    const QLocale locale;
    if (!queries())
        m_summary->clear();
    else if (errors > 0)
        m_summary->setText(tr("Read models stopped at an event they cannot apply: %1. Retry "
                              "or skip the event below.")
                               .arg(locale.toString(errors)));
    else if (behind > 0)
        m_summary->setText(tr("Catching up, events to apply: %1; head at %2.")
                               .arg(locale.toString(behind), locale.toString(head)));
    else
        m_summary->setText(tr("Every read model is up to date with the co-op file (head at %1).")
                               .arg(locale.toString(head)));
    const int skipped = m_skipped->rowCount();
    m_skippedNote->setText(skipped == 0 ? tr("No event has been skipped.")
                                        : tr("These events are left out of the read models "
                                             "named; each skip is recorded with who and when."));
    // Keep the lag's time fresh while something is behind or rebuilding.
    if (queries() && (behind > 0 || isRebuilding()))
        m_tick.start();
    else
        m_tick.stop();
}

QString ProjectionsScreen::summaryText() const
{
    return m_summary->text();
}

QString ProjectionsScreen::selectedProjection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_status->keyAt(rows.first().row());
}

void ProjectionsScreen::selectProjection(const QString& name)
{
    const int row = m_status->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void ProjectionsScreen::updateActions()
{
    const bool ready = queries() != nullptr;
    const QString name = selectedProjection();
    const QString status =
        name.isEmpty()
            ? QString()
            : m_status->rowAt(m_status->rowOf(name)).value(QStringLiteral("status")).toString();
    m_rebuild->setEnabled(ready && !isRebuilding() && !name.isEmpty());
    m_rebuildAll->setEnabled(ready && !isRebuilding());
    const bool failed = status == QLatin1String("error");
    m_retry->setEnabled(ready && failed);
    m_skip->setEnabled(ready && failed && session() && !session()->isReadOnly());
}

void ProjectionsScreen::rebuildSelected()
{
    const QString name = selectedProjection();
    if (!name.isEmpty())
        startRebuild({name});
}

void ProjectionsScreen::rebuildAll()
{
    startRebuild(projectionNames());
}

void ProjectionsScreen::startRebuild(const QStringList& names)
{
    if (!session() || !queries() || isRebuilding())
        return;
    m_rebuilding = names;
    m_outcome->clear();
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progressText->setText(tr("Rebuilding %1…").arg(namesText(names)));
    m_rebuildBox->show();
    updateActions();
    session()->projections().rebuild(names);
    updateSummary();
}

void ProjectionsScreen::cancelRebuild()
{
    if (session() && isRebuilding())
        session()->projections().cancelRebuild();
}

QString ProjectionsScreen::rebuildText() const
{
    return m_progressText->text();
}

void ProjectionsScreen::onRebuildProgress(const QStringList& names, qint64 processed, qint64 total,
                                          double eventsPerSecond)
{
    if (!isRebuilding()) {
        // Started elsewhere (a changed version rebuilds itself on open): show it too.
        m_rebuilding = names;
        m_rebuildBox->show();
        updateActions();
    }
    const QLocale locale;
    m_progress->setValue(
        total > 0 ? static_cast<int>(std::min<qint64>(processed, total) * 1000 / total) : 0);
    QString text = tr("Rebuilding %1: %2 of %Ln event(s)", nullptr, static_cast<int>(total))
                       .arg(namesText(names), locale.toString(processed));
    if (eventsPerSecond > 0) {
        const qint64 left = std::max<qint64>(0, total - processed);
        const auto ms =
            static_cast<qint64>(std::llround(1000.0 * static_cast<double>(left) / eventsPerSecond));
        text += tr(", %1 events/s, about %2 left")
                    .arg(locale.toString(std::llround(eventsPerSecond)),
                         ProjectionStatusModel::durationText(ms));
    }
    m_progressText->setText(text);
}

void ProjectionsScreen::onRebuildFinished(const QStringList& names, bool ok, const QString& message)
{
    m_rebuilding.clear();
    m_rebuildBox->hide();
    if (ok)
        m_outcome->showMessage(MessageBar::Level::Hint,
                               tr("%1 now read from the rebuilt tables.").arg(namesText(names)),
                               tr("Rebuild finished."));
    else
        m_outcome->showMessage(
            MessageBar::Level::Error,
            tr("%1 keep their tables as they were. %2").arg(namesText(names), message),
            tr("Rebuild not finished."));
    if (queries())
        reloadAll();
    updateActions();
}

void ProjectionsScreen::retrySelected()
{
    const QString name = selectedProjection();
    if (session() && !name.isEmpty())
        session()->projections().retry(name);
}

void ProjectionsScreen::skipSelected()
{
    const QString name = selectedProjection();
    if (!session() || name.isEmpty())
        return;
    const QJsonObject row = m_status->rowAt(m_status->rowOf(name));
    if (row.value(QStringLiteral("status")).toString() != QLatin1String("error"))
        return;
    const QString position =
        QLocale().toString(row.value(QStringLiteral("error_position")).toInteger());
    const bool yes = MessageBox::ask(
        this, tr("Skip Event?"),
        tr("Skip the event at position %1 in “%2”?")
            .arg(position, CodeLabels::projectionName(name)),
        tr("This read model will leave the event out and go on with the next ones. The event "
           "stays in the co-op file, and the skip is recorded under your name (%1).\n\n"
           "Error: %2")
            .arg(session()->userId(), row.value(QStringLiteral("last_error")).toString()));
    if (!yes)
        return;
    session()->projections().skip(name, session()->userId());
}

} // namespace coopdesk
