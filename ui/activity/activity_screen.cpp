#include "activity_screen.h"

#include "activity_model.h"
#include "charts/table_style.h"
#include "domain/command_catalog.h"
#include "i18n/code_labels.h"
#include "main_window/main_window.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "store/storage_error.h"
#include "widgets/find_shortcut.h"
#include "widgets/message_bar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

// The earliest date of a date edit stands for "no bound".
const QDate noDate(1900, 1, 1);

QDateEdit* optionalDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(noDate, QDate(2100, 12, 31));
    edit->setSpecialValueText(ActivityScreen::tr("Any day"));
    edit->setDate(noDate);
    return edit;
}

} // namespace

ActivityScreen::ActivityScreen(MainWindow* window, QWidget* parent)
    : LiveScreen(window, parent)
    , m_model(new ActivityModel(this))
    , m_table(new QTableView(this))
    , m_eventType(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_family(new QLineEdit(this))
    , m_familyMatches(new QStandardItemModel(this))
    , m_from(optionalDateEdit(this))
    , m_to(optionalDateEdit(this))
    , m_clear(new QPushButton(tr("C&lear Filters"), this))
    , m_count(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify Audit Trail"), this))
    , m_cancelVerify(new QPushButton(tr("Cancel"), this))
    , m_auditProgress(new QProgressBar(this))
    , m_auditResult(new MessageBar(this))
    , m_audit(new AuditTrailCheck(this))
{
    setObjectName(QStringLiteral("activityScreen"));
    auto* title = new QLabel(tr("Activity"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_eventType->setObjectName(QStringLiteral("eventTypeFilter"));
    m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventType->setMinimumContentsLength(16);
    m_eventType->addItem(tr("All events"), QString());
    QStringList types;
    for (const CommandSpec& spec : commandSpecs())
        types << spec.eventType;
    types.removeDuplicates();
    for (const QString& type : std::as_const(types))
        m_eventType->addItem(CodeLabels::eventType(type), type);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("All users"), QString());
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_family->setPlaceholderText(tr("Any family (name or ID)"));
    m_family->setClearButtonEnabled(true);
    m_family->setMinimumWidth(m_family->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    auto* completer = new QCompleter(m_familyMatches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::UserRole);
    m_family->setCompleter(completer);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_count->setObjectName(QStringLiteral("activityCount"));

    auto* filters = new QHBoxLayout;
    const auto addLabelled = [this, filters](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    };
    addLabelled(tr("&Event:"), m_eventType);
    addLabelled(tr("&User:"), m_user);
    addLabelled(tr("F&amily:"), m_family);
    addFindShortcut(this, m_family); // Ctrl+F: the family filter, the one typed in
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_to);
    filters->addWidget(m_clear);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    // Fixed, uniform rows and columns: the view never measures millions of rows.
    applyReportTableStyle(m_table);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(ActivityModel::Position, digit * 9);
    m_table->setColumnWidth(ActivityModel::When, digit * 18);
    m_table->setColumnWidth(ActivityModel::Event, digit * 24);
    m_table->setColumnWidth(ActivityModel::Family, digit * 20);
    m_table->setColumnWidth(ActivityModel::FamilyId, digit * 12);
    m_table->setColumnWidth(ActivityModel::User, digit * 12);

    m_verify->setObjectName(QStringLiteral("verifyAuditTrail"));
    m_verify->setToolTip(tr("Check that no recorded event was changed, removed or inserted "
                            "outside CoopDesk (the hash chain) and that the file still refuses "
                            "changes to events"));
    m_cancelVerify->setObjectName(QStringLiteral("cancelVerification"));
    m_cancelVerify->hide();
    m_auditProgress->setObjectName(QStringLiteral("auditProgress"));
    m_auditProgress->hide();
    m_auditResult->setObjectName(QStringLiteral("auditResult"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_count, 1);
    header->addWidget(m_auditProgress);
    header->addWidget(m_cancelVerify);
    header->addWidget(m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(problemBar());
    layout->addLayout(header);
    layout->addWidget(m_auditResult);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_eventType, &QComboBox::currentIndexChanged, this, &ActivityScreen::applyFilters);
    connect(m_user, &QComboBox::currentIndexChanged, this, &ActivityScreen::applyFilters);
    connect(m_family, &QLineEdit::textEdited, this, &ActivityScreen::familyTextEdited);
    connect(m_family, &QLineEdit::editingFinished, this, &ActivityScreen::applyFilters);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &ActivityScreen::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityScreen::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityScreen::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &ActivityScreen::clearFilters);
    connect(m_model, &ActivityModel::countChanged, this, &ActivityScreen::updateCount);
    connect(m_model, &ActivityModel::loadingChanged, this, &ActivityScreen::updateCount);
    connect(m_model, &ActivityModel::usersChanged, this, &ActivityScreen::updateUsers);
    connect(m_model, &ActivityModel::failed, this, [this](const QString& message) {
        problemBar()->showMessage(MessageBar::Level::Error, message,
                                  tr("The activity log cannot be read right now"));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString family =
            m_model->event(index.row()).value(QStringLiteral("family_id")).toString();
        if (!family.isEmpty() && mainWindow())
            mainWindow()->setSelectedFamily(family);
    });

    connect(m_verify, &QPushButton::clicked, this, &ActivityScreen::verifyAuditTrail);
    connect(m_cancelVerify, &QPushButton::clicked, this, &ActivityScreen::cancelVerification);
    connect(m_audit, &AuditTrailCheck::progress, this, [this](qint64 checked, qint64 total) {
        m_auditProgress->setRange(0, 1000);
        m_auditProgress->setValue(total > 0 ? static_cast<int>(checked * 1000 / total) : 0);
        m_auditProgress->setFormat(tr("%1 of %Ln event(s)", nullptr, static_cast<int>(total))
                                       .arg(QLocale().toString(checked)));
    });
    connect(m_audit, &AuditTrailCheck::finished, this, &ActivityScreen::auditFinished);
    clearData();
}

ActivityScreen::~ActivityScreen() = default;

bool ActivityScreen::isLoading() const
{
    return LiveScreen::isLoading() || m_model->isLoading();
}

void ActivityScreen::sessionStarted(CoopSession*)
{
    m_verify->setEnabled(true);
}

void ActivityScreen::sessionEnding()
{
    m_audit->cancel();
    m_model->setSource({});
}

void ActivityScreen::reload(const Change& change)
{
    if (!m_model->hasSource()) {
        // The views file is ready: the loader opens it on its own thread.
        m_model->setSource(session()->location());
        return;
    }
    if (change.everything)
        m_model->reload();
    else
        m_model->refresh();
    m_model->refreshUsers();
}

void ActivityScreen::clearData()
{
    m_model->setSource({});
    m_auditResult->clear();
    m_auditProgress->hide();
    m_cancelVerify->hide();
    m_verify->setEnabled(session() != nullptr);
    updateCount();
}

void ActivityScreen::setFilter(const QString& eventType, const QString& userId,
                               const QString& familyId, QDate from, QDate to)
{
    {
        const QSignalBlocker a(m_eventType), b(m_user), c(m_family), d(m_from), e(m_to);
        m_eventType->setCurrentIndex(std::max(0, m_eventType->findData(eventType)));
        if (!userId.isEmpty() && m_user->findData(userId) < 0)
            m_user->addItem(userId, userId);
        m_user->setCurrentIndex(std::max(0, m_user->findData(userId)));
        m_family->setText(familyId);
        m_from->setDate(from.isValid() ? from : noDate);
        m_to->setDate(to.isValid() ? to : noDate);
    }
    applyFilters();
}

void ActivityScreen::clearFilters()
{
    setFilter({}, {}, {});
}

void ActivityScreen::familyTextEdited(const QString& text)
{
    m_familyMatches->clear();
    if (!queries() || text.trimmed().size() < 2)
        return;
    try {
        for (const QJsonObject& family : queries()->searchFamilies(text, 20)) {
            const QString id = family.value(QStringLiteral("family_id")).toString();
            auto* item = new QStandardItem(
                tr("%1 (%2)").arg(family.value(QStringLiteral("family_name")).toString(), id));
            item->setData(id, Qt::UserRole);
            m_familyMatches->appendRow(item);
        }
    } catch (const StorageError&) {
        // No suggestions this time; the filter itself still works.
    }
}

void ActivityScreen::applyFilters()
{
    ActivityFilter filter;
    filter.eventType = m_eventType->currentData().toString();
    filter.userId = m_user->currentData().toString();
    QString family = m_family->text().trimmed();
    // A name typed without choosing a suggestion: the one family it names.
    if (!family.isEmpty() && queries()) {
        try {
            if (!queries()->getFamily(family)) {
                const QList<QJsonObject> matches = queries()->searchFamilies(family, 2);
                if (matches.size() == 1)
                    family = matches.first().value(QStringLiteral("family_id")).toString();
            }
        } catch (const StorageError& error) {
            // The filter goes on with the text as typed, as an id.
            problemBar()->showMessage(MessageBar::Level::Error, error.message(),
                                      tr("The activity log cannot be read right now"));
        }
    }
    filter.familyId = family;
    filter.from = m_from->date() == noDate ? QDate() : m_from->date();
    filter.to = m_to->date() == noDate ? QDate() : m_to->date();
    const ActivityFilter current = m_model->filter();
    if (filter.eventType == current.eventType && filter.userId == current.userId &&
        filter.familyId == current.familyId && filter.from == current.from &&
        filter.to == current.to)
        return;
    m_model->setFilter(filter);
}

void ActivityScreen::updateUsers(const QStringList& users)
{
    const QString current = m_user->currentData().toString();
    const QSignalBlocker block(m_user);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const QString& user : users)
        m_user->addItem(user, user);
    if (!current.isEmpty() && m_user->findData(current) < 0)
        m_user->addItem(current, current);
    m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
}

void ActivityScreen::updateCount()
{
    if (!session()) {
        m_count->clear();
        return;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_count->setText(tr("Reading the activity log…"));
        return;
    }
    const int count = m_model->rowCount();
    m_count->setText(count == 0 ? tr("No event matches these filters.")
                                : tr("Events: %1, newest first").arg(QLocale().toString(count)));
}

QString ActivityScreen::countText() const
{
    return m_count->text();
}

void ActivityScreen::verifyAuditTrail()
{
    if (!session() || m_audit->isRunning())
        return;
    m_auditResult->clear();
    m_auditProgress->setRange(0, 0);
    m_auditProgress->setFormat(tr("Starting…"));
    m_auditProgress->show();
    m_cancelVerify->show();
    m_verify->setEnabled(false);
    m_audit->start(session()->location());
}

void ActivityScreen::cancelVerification()
{
    m_audit->cancel();
}

void ActivityScreen::auditFinished(const AuditTrailCheck::Outcome& outcome)
{
    m_auditProgress->hide();
    m_cancelVerify->hide();
    m_verify->setEnabled(session() != nullptr);
    const QLocale locale;
    if (outcome.ok) {
        m_auditResult->showMessage(
            MessageBar::Level::Hint,
            tr("Events checked: %1. Each matches the hash chain, and the file refuses changes "
               "to events.")
                .arg(locale.toString(outcome.eventsChecked)),
            tr("The audit trail is intact."));
    } else if (outcome.cancelled) {
        m_auditResult->showMessage(MessageBar::Level::Hint,
                                   tr("Stopped after %Ln event(s); nothing wrong was found.",
                                      nullptr, static_cast<int>(outcome.eventsChecked)),
                                   tr("Verification cancelled."));
    } else if (outcome.firstBadPosition > 0) {
        m_auditResult->showMessage(
            MessageBar::Level::Error,
            tr("First bad position: %1. %2")
                .arg(locale.toString(outcome.firstBadPosition), outcome.problem),
            tr("The audit trail is broken."));
    } else {
        m_auditResult->showMessage(MessageBar::Level::Error, outcome.problem,
                                   tr("The audit trail could not be verified."));
    }
}

} // namespace coopdesk
