#include "at_risk_screen.h"

#include "at_risk_model.h"
#include "charts/report_day.h"
#include "charts/table_style.h"
#include "command_dialogs/command_dialog.h"
#include "i18n/code_labels.h"
#include "main_window/main_window.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "widgets/message_bar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk {

AtRiskScreen::AtRiskScreen(MainWindow* window, QWidget* parent)
    : LiveScreen(window, parent)
    , m_model(new AtRiskModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_record(new QPushButton(tr("&Record Contact…"), this))
{
    setObjectName(QStringLiteral("atRiskScreen"));
    auto* title = new QLabel(tr("Families at risk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("atRiskCount"));

    m_record->setObjectName(QStringLiteral("recordContact"));
    m_record->setToolTip(tr("Record a contact with the selected family, dated today, by their "
                            "preferred channel (Enter or double-click)"));
    m_record->setEnabled(false);
    connect(m_record, &QPushButton::clicked, this, [this] { recordContact(); });

    m_table->setObjectName(QStringLiteral("atRiskTable"));
    m_table->setModel(m_model);
    applyReportTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The tier shows as the risk's colour (and its tooltip): room for the rest.
    m_table->setColumnHidden(AtRiskModel::Tier, true);
    connect(m_table, &QTableView::doubleClicked, this, [this] { recordContact(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AtRiskScreen::selectionChanged);
    auto* enter = new QAction(this);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, [this] { recordContact(); });
    m_table->addAction(enter);
    if (window) {
        connect(window, &MainWindow::selectedFamilyChanged, this, &AtRiskScreen::selectFamily);
        connect(window, &MainWindow::preferencesApplied, this,
                [this] { m_table->viewport()->update(); });
    }

    m_advice->setObjectName(QStringLiteral("atRiskAdvice"));
    m_advice->setWordWrap(true);
    auto* note = new QLabel(
        tr("Days to withdrawal is a rule of thumb, (100 − risk score) × 3 days and at least 7, "
           "not a prediction. Days since contact count to today."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_count, 1);
    header->addWidget(m_record);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(problemBar());
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_advice);
    layout->addWidget(note);
    clearData();
}

AtRiskScreen::~AtRiskScreen() = default;

void AtRiskScreen::reload(const Change& change)
{
    if (!change.everything && change.families.isEmpty())
        return;
    const bool first = m_model->rowCount() == 0;
    bool inserted = false;
    const QMetaObject::Connection insertions =
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [&inserted] { inserted = true; });
    m_model->setRows(queries()->listAtRiskFamilies(minimumRisk, ReportDay::today()));
    disconnect(insertions);
    // The header sizes the columns to their contents when the table is laid
    // out, not when rows arrive: the first families of a co-op that started
    // empty would keep the width of the titles ("Whit…"), and so would a
    // family with a longer name coming in. (Not on every change: sizing
    // reads up to a thousand rows a column.)
    if (inserted)
        m_table->resizeColumnsToContents();
    updateCount();
    // The most urgent family is where the work starts.
    if (first && m_model->rowCount() > 0 && selectedFamily().isEmpty())
        m_table->selectRow(0);
    selectionChanged();
}

void AtRiskScreen::clearData()
{
    m_model->clear();
    updateCount();
    selectionChanged();
}

void AtRiskScreen::updateCount()
{
    if (!queries()) {
        m_count->clear();
        return;
    }
    const int count = m_model->rowCount();
    m_count->setText(count == 0
                         ? tr("No family is at risk.")
                         : tr("Families with a risk score of 70 or more: %1, most urgent first.")
                               .arg(QLocale().toString(count)));
}

QString AtRiskScreen::countText() const
{
    return m_count->text();
}

QString AtRiskScreen::selectedFamily() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void AtRiskScreen::selectFamily(const QString& familyId)
{
    if (selectedFamily() == familyId)
        return;
    const int row = m_model->rowOf(familyId);
    if (row < 0)
        m_table->clearSelection();
    else
        m_table->selectRow(row);
}

void AtRiskScreen::selectionChanged()
{
    const QString family = selectedFamily();
    const bool writable = session() && !session()->isReadOnly();
    m_record->setEnabled(!family.isEmpty() && writable);
    if (family.isEmpty()) {
        m_advice->clear();
        return;
    }
    const QJsonObject row = m_model->rowAt(m_model->rowOf(family));
    m_advice->setText(
        tr("%1: %2").arg(row.value(QStringLiteral("family_name")).toString(),
                         CodeLabels::interventionAdvice(
                             row.value(QStringLiteral("recommended_intervention")).toString())));
    // The Family menu follows the row the user picks here (not a row kept
    // selected while another screen is in front).
    if (mainWindow() && isVisible())
        mainWindow()->setSelectedFamily(family);
}

CommandDialog* AtRiskScreen::recordContact(const QString& familyId)
{
    const QString family = familyId.isEmpty() ? selectedFamily() : familyId;
    const int row = m_model->rowOf(family);
    if (family.isEmpty() || !mainWindow() || !session() || session()->isReadOnly())
        return nullptr;
    mainWindow()->setSelectedFamily(family);
    CommandDialog* dialog = mainWindow()->openCommandDialog(CommandType::RecordContact, family);
    if (!dialog)
        return nullptr;
    dialog->setFieldValue(QStringLiteral("date"), ReportDay::today().toString(Qt::ISODate));
    const QString channel =
        row < 0 ? QString()
                : m_model->rowAt(row).value(QStringLiteral("preferred_contact_channel")).toString();
    if (!channel.isEmpty())
        dialog->setFieldValue(QStringLiteral("method"), channel);
    return dialog;
}

} // namespace coopdesk
