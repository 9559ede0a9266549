#include "families_screen.h"

#include "families_csv_export.h"
#include "families_model.h"
#include "family_detail/family_detail_view.h"
#include "i18n/code_labels.h"
#include "session/coop_session.h"
#include "widgets/find_shortcut.h"
#include "widgets/message_box.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk {

namespace {

// Enter opens the current family (a table view otherwise lets it pass).
class FamiliesTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            currentIndex().isValid() && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

FamiliesScreen::FamiliesScreen(FamilyActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_model(new FamiliesModel(this))
    , m_pages(new QStackedWidget(this))
    , m_listPage(new QWidget(m_pages))
    , m_search(new QLineEdit(m_listPage))
    , m_status(new QComboBox(m_listPage))
    , m_tier(new QComboBox(m_listPage))
    , m_count(new QLabel(m_listPage))
    , m_message(new QLabel(m_listPage))
    , m_export(new QPushButton(m_listPage))
    , m_detail(new FamilyDetailView(actions, m_pages))
{
    setObjectName(QStringLiteral("familiesScreen"));

    m_search->setObjectName(QStringLiteral("familySearch"));
    m_search->setPlaceholderText(tr("Search names, parents, e-mail, children…"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the whole placeholder, in every language, beside the
    // clear button.
    m_search->setMinimumWidth(
        std::max(260, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) +
                          3 * m_search->fontMetrics().height()));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FamiliesScreen::applySearch);
    connect(&m_searchTimer, &QTimer::timeout, this, &FamiliesScreen::applyFilters);

    m_status->setObjectName(QStringLiteral("familyStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char* status : {"enrolled", "withdrawn"})
        m_status->addItem(CodeLabels::familyStatus(QLatin1String(status)), QLatin1String(status));
    m_tier->setObjectName(QStringLiteral("familyTierFilter"));
    m_tier->addItem(tr("All risk tiers"), QString());
    for (const char* tier : {"low", "medium", "high", "critical"})
        m_tier->addItem(CodeLabels::riskTier(QLatin1String(tier)), QLatin1String(tier));
    connect(m_status, &QComboBox::currentIndexChanged, this, &FamiliesScreen::applyFilters);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &FamiliesScreen::applyFilters);

    m_count->setObjectName(QStringLiteral("familyCount"));
    m_export->setObjectName(QStringLiteral("familiesExport"));
    m_export->setText(tr("Export as CSV…"));
    m_export->setToolTip(tr("Save the families shown, in this order, as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &FamiliesScreen::exportAsCsv);

    m_message->setObjectName(QStringLiteral("familiesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* table = new FamiliesTableView(m_listPage);
    table->onEnter = [this] { openCurrent(); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("familiesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing asks for every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(FamiliesModel::NameColumn, Qt::AscendingOrder);
    fitColumnWidths();
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCurrent(); });
    // The selection, not the current cell: focusing the table makes a row
    // current without choosing a family for the Family menu.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamiliesScreen::onSelectionChanged);
    connect(m_model, &FamiliesModel::refreshed, this, &FamiliesScreen::restoreSelection);
    connect(m_model, &FamiliesModel::refreshed, this, &FamiliesScreen::updateCount);
    connect(m_model, &FamiliesModel::errorOccurred, this, [this](const QString& message) {
        m_message->setText(tr("The families cannot be read: %1").arg(message));
        m_message->show();
    });

    auto* searchLabel = new QLabel(tr("&Search:"), m_listPage);
    searchLabel->setBuddy(m_search);
    addFindShortcut(m_listPage, m_search);
    auto* bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_tier);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_message);
    listLayout->addWidget(m_table, 1);

    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_detail);
    connect(m_detail, &FamilyDetailView::backRequested, this, &FamiliesScreen::showList);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    updateCount();
}

FamiliesScreen::~FamiliesScreen() = default;

void FamiliesScreen::setSession(CoopSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = session;
    m_selectedFamily.clear();
    m_message->hide();
    showList();
    if (!session) {
        m_model->setQueryService(nullptr);
        m_detail->setQueryService(nullptr);
        return;
    }
    m_sessionConnections
        << connect(session, &CoopSession::readModelsReady, this, &FamiliesScreen::onReadModelsReady)
        << connect(session, &CoopSession::readModelsFailed, this,
                   [this](const QString& message) {
                       m_message->setText(tr("The read models cannot be opened: %1").arg(message));
                       m_message->show();
                   })
        << connect(&session->live(), &LiveUpdates::changed, this, &FamiliesScreen::onLiveChange);
    onReadModelsReady();
}

void FamiliesScreen::onReadModelsReady()
{
    QueryService* queries = m_session ? m_session->queries() : nullptr;
    if (queries == m_model->queryService())
        return;
    if (queries)
        m_message->hide();
    m_model->setQueryService(queries);
    m_detail->setQueryService(queries);
}

void FamiliesScreen::onLiveChange(qint64, const QSet<QString>& families, const QSet<QString>&,
                                  bool everything)
{
    if (!m_model->queryService())
        return;
    m_model->refresh();
    if (isShowingDetail())
        m_detail->refreshIfAffected(families, everything);
}

void FamiliesScreen::setCurrencyCode(const QString& code)
{
    m_model->setCurrencyCode(code);
    m_detail->setCurrencyCode(code);
    fitColumnWidths();
}

// Wide enough for each header's title and the values under it, without
// asking the model for every row.
void FamiliesScreen::fitColumnWidths()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[FamiliesModel::ColumnCount] = {12, 8, 4, 6, 6, 6, 4, 3, 6, 8};
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < FamiliesModel::ColumnCount; ++column)
        m_table->setColumnWidth(column,
                                std::max(widths[column] * em, header->sectionSizeHint(column)));
}

void FamiliesScreen::applySearch()
{
    m_searchTimer.stop();
    applyFilters();
}

void FamiliesScreen::applyFilters()
{
    m_searchTimer.stop();
    FamilyFilter filter;
    filter.search = m_search->text();
    filter.status = m_status->currentData().toString();
    filter.tier = m_tier->currentData().toString();
    m_model->setFilter(filter);
}

void FamiliesScreen::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString familyId =
        rows.isEmpty() ? QString()
                       : m_model->data(rows.first(), FamiliesModel::FamilyIdRole).toString();
    if (familyId == m_selectedFamily)
        return;
    m_selectedFamily = familyId;
    emit familySelected(familyId);
}

void FamiliesScreen::selectFamily(const QString& familyId)
{
    if (familyId.isEmpty() || familyId == m_selectedFamily)
        return;
    // Remembered even when not held yet (a family just enrolled): the
    // table selects it when a refresh brings it among the held rows.
    m_selectedFamily = familyId;
    restoreSelection();
    const int row = m_model->cachedRowOf(familyId);
    if (row >= 0)
        m_table->scrollTo(m_model->index(row, 0));
}

// After a refresh the rows may have moved: the selection follows its
// family when that family is among the rows held, and is cleared (in the
// table only) when it is not, so it never points at another family.
void FamiliesScreen::restoreSelection()
{
    if (m_selectedFamily.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() &&
        m_model->data(current, FamiliesModel::FamilyIdRole).toString() == m_selectedFamily)
        return;
    m_restoringSelection = true;
    const int row = m_model->cachedRowOf(m_selectedFamily);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, current.isValid() ? current.column() : 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clear();
    }
    m_restoringSelection = false;
}

void FamiliesScreen::updateCount()
{
    const int count = m_model->rowCount();
    const bool filtered = !m_model->filter().search.trimmed().isEmpty() ||
                          !m_model->filter().status.isEmpty() || !m_model->filter().tier.isEmpty();
    if (!m_model->queryService())
        m_count->setText(QString());
    else
        m_count->setText(filtered ? tr("%Ln matching family(s)", nullptr, static_cast<int>(count))
                                  : tr("%Ln family(s)", nullptr, static_cast<int>(count)));
    m_export->setEnabled(m_model->queryService() != nullptr && count > 0);
}

void FamiliesScreen::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    openFamily(m_model->data(current, FamiliesModel::FamilyIdRole).toString());
}

void FamiliesScreen::openFamily(const QString& familyId)
{
    if (familyId.isEmpty())
        return;
    if (familyId != m_selectedFamily) {
        m_selectedFamily = familyId;
        emit familySelected(familyId);
    }
    m_detail->showFamily(familyId);
    m_pages->setCurrentWidget(m_detail);
    emit familyOpened(familyId);
}

void FamiliesScreen::showList()
{
    m_pages->setCurrentWidget(m_listPage);
    m_table->setFocus();
}

bool FamiliesScreen::isShowingDetail() const
{
    return m_pages->currentWidget() == m_detail;
}

bool FamiliesScreen::exportCsv(const QString& path, QString* errorText)
{
    QueryService* queries = m_model->queryService();
    if (!queries) {
        if (errorText)
            *errorText = tr("No co-op file is open.");
        return false;
    }
    const qint64 total = m_model->rowCount();
    QProgressDialog progress(tr("Exporting families…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    const FamiliesCsvExport::Result result = FamiliesCsvExport::writeFile(
        *queries, m_model->filter(), m_model->familySort(), path,
        [&progress, total](qint64 done, qint64 all) {
            const qint64 of = std::max<qint64>(1, std::max(all, total));
            progress.setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / of)));
            return !progress.wasCanceled();
        });
    if (errorText)
        *errorText = result.error;
    return result.ok;
}

void FamiliesScreen::exportAsCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Families"),
                                                QDir(folder).filePath(tr("families.csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (exportCsv(path, &error)) {
        m_message->hide();
        return;
    }
    if (!error.isEmpty())
        MessageBox::critical(
            this, tr("Export Families"),
            tr("The families could not be exported to “%1”.").arg(QFileInfo(path).fileName()),
            error);
}

} // namespace coopdesk
