#include "overdue_families_dialog.h"

#include "charts/report_day.h"
#include "domain/text_rules.h"
#include "export/csv_writer.h"
#include "families/family_text.h"
#include "overdue_families_model.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "session/live_updates.h"
#include "store/storage_error.h"
#include "widgets/date_line_edit.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk {

OverdueFamiliesDialog::OverdueFamiliesDialog(CoopSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_asOf(new DateLineEdit(this))
    , m_total(new QLabel(this))
    , m_model(new OverdueFamiliesModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export &CSV…"), this))
{
    setObjectName(QStringLiteral("overdueFamiliesDialog"));
    setWindowTitle(tr("Overdue Families"));
    m_message->hide();
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDate(ReportDay::today());
    m_total->setObjectName(QStringLiteral("overdueTotal"));
    m_total->setWordWrap(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(KeyedRowModel::ValueRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setModel(m_sorted);
    // The list's own order (oldest due date first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Overdue as &of:"), m_asOf);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_total);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &OverdueFamiliesDialog::chooseAndExportCsv);
    connect(m_asOf, &DateLineEdit::edited, this, &OverdueFamiliesDialog::reload);
    connect(&session->live(), &LiveUpdates::changed, this, &OverdueFamiliesDialog::reload);
    reload();
}

QString OverdueFamiliesDialog::totalText() const
{
    return m_total->text();
}

void OverdueFamiliesDialog::reload()
{
    const QDate asOf = m_asOf->date();
    QueryService* queries = m_session->queries();
    if (!asOf.isValid() || !queries) {
        m_message->showMessage(MessageBar::Level::Hint,
                               !queries ? tr("The read models are not ready yet.")
                               : m_asOf->inputError().isEmpty()
                                   ? tr("Type the date to list the overdue families as of.")
                                   : m_asOf->inputError());
        m_message->show();
        return;
    }
    try {
        m_model->setRows(queries->getOverdueFamilies(asOf));
        m_model->setAsOf(asOf);
        m_message->hide();
    } catch (const StorageError& error) {
        m_message->showMessage(
            MessageBar::Level::Error, error.message(),
            tr("The overdue families could not be read; the list may be stale."));
        m_message->show();
        return;
    }
    const int families = m_model->rowCount();
    m_total->setText(families == 0
                         ? tr("No family has a charge overdue as of %1.")
                               .arg(FamilyText::date(text::formatDate(asOf)))
                         : tr("%n family(ies) owe %1 overdue as of %2.", nullptr, families)
                               .arg(FamilyText::amount(m_model->totalCents()),
                                    FamilyText::date(text::formatDate(asOf))));
    m_export->setEnabled(families > 0);
}

// For a mail merge: the read model's names as field names, the amount as
// the letter prints it and in cents, the dates as ISO dates.
QList<QStringList> OverdueFamiliesDialog::csvRows() const
{
    QList<QStringList> rows{
        {QStringLiteral("family_id"), QStringLiteral("family_name"), QStringLiteral("parent_name"),
         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("amount_overdue"),
         QStringLiteral("amount_overdue_cents"), QStringLiteral("oldest_due_date"),
         QStringLiteral("days_overdue"), QStringLiteral("as_of")}};
    const QString asOf = text::formatDate(m_model->asOf());
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QJsonObject family =
            m_model->rowAt(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
        const auto value = [&](const char* key) {
            return family.value(QLatin1String(key)).toString();
        };
        const qint64 cents = family.value(QStringLiteral("amount_overdue_cents")).toInteger();
        rows.append({value("family_id"), value("family_name"), value("parent_name"), value("email"),
                     value("phone"), FamilyText::amount(cents), QString::number(cents),
                     value("oldest_due_date"),
                     m_sorted->index(row, OverdueFamiliesModel::DaysOverdue)
                         .data(KeyedRowModel::ValueRole)
                         .toString(),
                     asOf});
    }
    return rows;
}

bool OverdueFamiliesDialog::exportCsv(const QString& path, QString* error) const
{
    return csv::writeFile(path, csvRows(), error);
}

void OverdueFamiliesDialog::chooseAndExportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("overdue-families-%1.csv").arg(text::formatDate(m_model->asOf()));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Overdue Families"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        MessageBox::critical(this, tr("Export Overdue Families"),
                             tr("The overdue families could not be exported to “%1”.")
                                 .arg(QFileInfo(path).fileName()),
                             error);
}

} // namespace coopdesk
