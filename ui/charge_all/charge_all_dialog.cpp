#include "charge_all_dialog.h"

#include "cancel_run_dialog.h"
#include "charge_all_families_model.h"
#include "charge_all_job.h"
#include "charge_all_text.h"
#include "charts/report_day.h"
#include "families/family_text.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "widgets/date_line_edit.h"
#include "widgets/message_bar.h"
#include "widgets/message_box.h"
#include "widgets/money_edit.h"
#include "widgets/money_text.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

constexpr int progressSteps = 1000;
// Form edits come in bursts (typing an amount): one preview after them.
constexpr int planDelayMs = 250;
// How often a preview waiting for the read models asks again at most.
constexpr int catchUpRetryMs = 200;
// At most this many families are named in a message; the rest are counted.
constexpr int namedInMessage = 8;
// The months offered around today.
constexpr int monthsBack = 24;
constexpr int monthsAhead = 36;

QDate monthStart(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QString monthOf(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QTableView* familiesTable(ChargeAllFamiliesModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    // Sizing columns to 5 000 rows would read them all: the first rows tell.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    return view;
}

// A family the plan does not list (never expected): named by its id.
ChargeAllFamily unknownFamily(const QString& familyId)
{
    ChargeAllFamily family;
    family.familyId = familyId;
    family.familyName = familyId;
    return family;
}

void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column) {
        if (view->columnWidth(column) > 280)
            view->setColumnWidth(column, 280);
    }
}

} // namespace

ChargeAllDialog::ChargeAllDialog(CoopSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_currencyCode(AppSettings().currencyCode())
{
    setObjectName(QStringLiteral("chargeAllDialog"));
    setWindowTitle(tr("Charge Tuition to All Families"));
    m_job = new ChargeAllJob(session ? session->location() : StoreLocation(),
                             session ? session->userId() : QString(), this);
    connect(m_job, &ChargeAllJob::progress, this, &ChargeAllDialog::onProgress);
    connect(m_job, &ChargeAllJob::finished, this, &ChargeAllDialog::onFinished);
    m_planTimer.setSingleShot(true);
    connect(&m_planTimer, &QTimer::timeout, this, &ChargeAllDialog::requestPlan);
    buildUi();

    if (session) {
        // A preview waiting for the read models asks again as they move.
        const auto retry = [this] {
            if (m_waitingForViews && m_state == State::Planning)
                requestPlan();
        };
        connect(&session->projections(), &ProjectionService::projected, this, retry);
        connect(&session->projections(), &ProjectionService::statusChanged, this, retry);
        connect(session, &CoopSession::readModelsReady, this, retry);
    }
    setState(State::Planning);
    requestPlan();
    resize(980, 700);
}

ChargeAllDialog::~ChargeAllDialog()
{
    // The job cancels its write and waits for its thread: nothing is half-written.
    delete m_job;
}

void ChargeAllDialog::buildUi()
{
    m_bar = new MessageBar(this);
    m_bar->setObjectName(QStringLiteral("chargeAllMessage"));

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("chargeAllResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_result->hide();

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("chargeAllProgressLabel"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("chargeAllProgress"));
    m_progress->setRange(0, progressSteps);
    m_stop = new QPushButton(tr("Cancel"), m_progressRow);
    m_stop->setObjectName(QStringLiteral("chargeAllStop"));
    m_stop->setAutoDefault(false);
    m_stop->setToolTip(tr("Stop now: nothing is saved"));
    connect(m_stop, &QPushButton::clicked, this, &ChargeAllDialog::stop);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_stop);

    auto* buttons = new QDialogButtonBox(this);
    m_previewAgain = buttons->addButton(tr("&Preview Again"), QDialogButtonBox::ActionRole);
    m_previewAgain->setObjectName(QStringLiteral("chargeAllPreviewAgain"));
    m_previewAgain->setAutoDefault(false);
    m_previewAgain->setToolTip(tr("Read the families again, as they are now"));
    connect(m_previewAgain, &QPushButton::clicked, this, &ChargeAllDialog::previewAgain);
    m_cancelRun = buttons->addButton(tr("Cancel This &Run…"), QDialogButtonBox::ActionRole);
    m_cancelRun->setObjectName(QStringLiteral("chargeAllCancelRun"));
    m_cancelRun->setAutoDefault(false);
    m_cancelRun->setToolTip(tr("Cancel every charge this run made, with a reason"));
    connect(m_cancelRun, &QPushButton::clicked, this, &ChargeAllDialog::askToCancelRun);
    m_charge = buttons->addButton(tr("&Charge"), QDialogButtonBox::AcceptRole);
    m_charge->setObjectName(QStringLiteral("chargeAllCharge"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("chargeAllClose"));
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChargeAllDialog::startCharge);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChargeAllDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(buildForm());
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addWidget(buildPreview(), 1);
    layout->addWidget(m_progressRow);
    layout->addWidget(buttons);
}

QWidget* ChargeAllDialog::buildForm()
{
    m_form = new QWidget(this);
    m_month = new QComboBox(m_form);
    m_month->setObjectName(QStringLiteral("chargeAllMonth"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_month->setMaxVisibleItems(14);
    fillMonths(ReportDay::thisMonth());
    m_chargeId = new QLabel(m_form);
    m_chargeId->setObjectName(QStringLiteral("chargeAllChargeId"));
    m_chargeId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ChargeAllDialog::monthChosen);

    m_due = new DateLineEdit(m_form);
    m_due->setObjectName(QStringLiteral("chargeAllDueDate"));
    m_due->setDate(monthStart(month()));
    connect(m_due, &DateLineEdit::edited, this, &ChargeAllDialog::formEdited);

    m_rules = new QButtonGroup(m_form);
    m_sameRule = new QRadioButton(tr("The &same amount for every family:"), m_form);
    m_sameRule->setObjectName(QStringLiteral("chargeAllRuleSame"));
    m_perChildRule = new QRadioButton(tr("An amount for &each child:"), m_form);
    m_perChildRule->setObjectName(QStringLiteral("chargeAllRulePerChild"));
    m_lastRule = new QRadioButton(tr("Each family's &last tuition amount"), m_form);
    m_lastRule->setObjectName(QStringLiteral("chargeAllRuleLast"));
    m_lastRule->setToolTip(tr("The amount of the family's latest tuition charge of an earlier "
                              "month; families never charged before are skipped"));
    m_rules->addButton(m_sameRule, int(ChargeAmountRule::SameForAll));
    m_rules->addButton(m_perChildRule, int(ChargeAmountRule::PerChild));
    m_rules->addButton(m_lastRule, int(ChargeAmountRule::LastAmount));
    // What most months are: the same as last month. The preview shows it
    // before anything is saved.
    m_lastRule->setChecked(true);
    m_sameAmount = new MoneyEdit(m_form);
    m_sameAmount->setObjectName(QStringLiteral("chargeAllSameAmount"));
    m_sameAmount->setCurrencyCode(m_currencyCode);
    m_perChildAmount = new MoneyEdit(m_form);
    m_perChildAmount->setObjectName(QStringLiteral("chargeAllPerChildAmount"));
    m_perChildAmount->setCurrencyCode(m_currencyCode);
    const int amountWidth =
        m_sameAmount->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000.00")) + 16;
    for (MoneyEdit* edit : {m_sameAmount, m_perChildAmount}) {
        edit->setMaximumWidth(amountWidth);
        edit->setMinimumWidth(amountWidth);
        connect(edit, &MoneyEdit::centsChanged, this, [this, edit] {
            // Typing an amount chooses its rule.
            if (edit == m_sameAmount && !m_sameAmount->isEmpty())
                m_sameRule->setChecked(true);
            if (edit == m_perChildAmount && !m_perChildAmount->isEmpty())
                m_perChildRule->setChecked(true);
            formEdited();
        });
    }
    connect(m_rules, &QButtonGroup::idClicked, this, &ChargeAllDialog::formEdited);
    connect(m_rules, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            formEdited();
    });

    auto* monthLabel = new QLabel(tr("&Month:"), m_form);
    monthLabel->setBuddy(m_month);
    auto* dueLabel = new QLabel(tr("&Due date:"), m_form);
    dueLabel->setBuddy(m_due->lineEdit());
    auto* amountLabel = new QLabel(tr("Amount:"), m_form);
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_month);
    monthRow->addSpacing(12);
    monthRow->addWidget(m_chargeId);
    monthRow->addStretch(1);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);

    auto* grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(3, 1);
    grid->addWidget(monthLabel, 0, 0);
    grid->addLayout(monthRow, 0, 1, 1, 3);
    grid->addWidget(dueLabel, 1, 0);
    grid->addLayout(dueRow, 1, 1, 1, 3);
    grid->addWidget(amountLabel, 2, 0);
    grid->addWidget(m_lastRule, 2, 1, 1, 3);
    grid->addWidget(m_sameRule, 3, 1);
    grid->addWidget(m_sameAmount, 3, 2);
    grid->addWidget(new QLabel(m_currencyCode, m_form), 3, 3);
    grid->addWidget(m_perChildRule, 4, 1);
    grid->addWidget(m_perChildAmount, 4, 2);
    grid->addWidget(new QLabel(m_currencyCode, m_form), 4, 3);
    monthChosen();
    return m_form;
}

QWidget* ChargeAllDialog::buildPreview()
{
    auto* box = new QWidget(this);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("chargeAllSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chargedModel = new ChargeAllFamiliesModel(tr("Other charges this month"), this);
    m_skippedModel = new ChargeAllFamiliesModel(tr("Why skipped"), this);
    m_otherModel = new ChargeAllFamiliesModel(tr("Other charges this month"), this);
    for (ChargeAllFamiliesModel* model : {m_chargedModel, m_skippedModel, m_otherModel})
        model->setCurrencyCode(m_currencyCode);
    m_chargedView = familiesTable(m_chargedModel, QStringLiteral("chargeAllCharged"), box);
    m_skippedView = familiesTable(m_skippedModel, QStringLiteral("chargeAllSkipped"), box);
    m_skippedView->setColumnHidden(ChargeAllFamiliesModel::AmountColumn, true);
    m_otherView = familiesTable(m_otherModel, QStringLiteral("chargeAllOtherCharges"), box);

    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("chargeAllPreviewTabs"));
    m_tabs->addTab(m_chargedView, QString());
    m_tabs->addTab(m_skippedView, QString());
    m_tabs->addTab(m_otherView, QString());
    m_tabs->setTabToolTip(1, tr("Families left out of this run, and why"));
    m_tabs->setTabToolTip(2, tr("Families to charge that already hold other charges of the "
                                "month: a second charge may be a mistake"));

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    showPreview({});
    return box;
}

void ChargeAllDialog::fillMonths(const QString& around)
{
    const QSignalBlocker block(m_month);
    const QString chosen = m_month->currentData().toString();
    m_month->clear();
    const QDate centre = monthStart(around);
    for (int offset = -monthsBack; offset <= monthsAhead; ++offset) {
        const QString yearMonth = monthOf(centre.addMonths(offset));
        m_month->addItem(FamilyText::month(yearMonth), yearMonth);
    }
    const int index = m_month->findData(chosen.isEmpty() ? around : chosen);
    m_month->setCurrentIndex(index >= 0 ? index : monthsBack);
}

QString ChargeAllDialog::month() const
{
    return m_month->currentData().toString();
}

void ChargeAllDialog::setMonth(const QString& yearMonth)
{
    if (!monthStart(yearMonth).isValid())
        return;
    if (m_month->findData(yearMonth) < 0)
        fillMonths(yearMonth);
    m_month->setCurrentIndex(m_month->findData(yearMonth)); // monthChosen follows
}

QDate ChargeAllDialog::dueDate() const
{
    return m_due->date();
}

void ChargeAllDialog::setDueDate(QDate date)
{
    m_due->setDate(date);
    formEdited();
}

ChargeAmountRule ChargeAllDialog::rule() const
{
    return ChargeAmountRule(m_rules->checkedId());
}

void ChargeAllDialog::setRule(ChargeAmountRule rule)
{
    m_rules->button(int(rule))->setChecked(true);
}

void ChargeAllDialog::setAmount(ChargeAmountRule rule, qint64 cents)
{
    if (rule == ChargeAmountRule::PerChild)
        m_perChildAmount->setCents(cents);
    else if (rule == ChargeAmountRule::SameForAll)
        m_sameAmount->setCents(cents);
}

void ChargeAllDialog::setBusyTimeout(int milliseconds)
{
    m_job->setBusyTimeout(milliseconds);
}

QString ChargeAllDialog::message() const
{
    if (!m_bar->hasMessage())
        return {};
    if (m_bar->heading().isEmpty())
        return m_bar->text();
    return m_bar->text().isEmpty() ? m_bar->heading() : m_bar->heading() + u' ' + m_bar->text();
}

QString ChargeAllDialog::summaryText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : m_summary->text();
}

QString ChargeAllDialog::money(qint64 cents) const
{
    return money::formatWithCurrency(cents, locale(), m_currencyCode);
}

void ChargeAllDialog::monthChosen()
{
    const QString previous = m_chargeId->property("month").toString();
    m_chargeId->setProperty("month", month());
    m_chargeId->setText(tr("Charge id: %1").arg(chargeAllChargeId(month())));
    // The due date keeps its place in the month (the 1st, the 5th …).
    const QDate due = m_due->date();
    if (!previous.isEmpty() && due.isValid()) {
        const QDate from = monthStart(previous);
        const QDate to = monthStart(month());
        m_due->setDate(due.addMonths((to.year() - from.year()) * 12 + to.month() - from.month()));
    }
    if (!previous.isEmpty())
        formEdited();
}

void ChargeAllDialog::formEdited()
{
    if (isWriting() || m_state == State::Charged || !m_charge)
        return;
    m_edited = true;
    m_findMonth = false;
    m_result->hide();
    schedulePlan();
}

void ChargeAllDialog::schedulePlan()
{
    // The preview shown is no longer the form's: nothing can be charged
    // until the new one is in.
    setState(State::Planning);
    m_planTimer.start(planDelayMs);
}

void ChargeAllDialog::previewAgain()
{
    if (isWriting() || m_state == State::Charged)
        return;
    m_result->hide();
    m_bar->clear();
    setState(State::Planning);
    requestPlan();
}

std::optional<ChargeAllRequest> ChargeAllDialog::requestFromForm(QString* missing) const
{
    ChargeAllRequest request;
    request.month = month();
    request.dueDate = m_due->date();
    request.rule = rule();
    if (!request.dueDate.isValid()) {
        *missing = m_due->inputError().isEmpty() ? tr("Enter the due date.") : m_due->inputError();
        return std::nullopt;
    }
    if (request.rule != ChargeAmountRule::LastAmount) {
        MoneyEdit* edit =
            request.rule == ChargeAmountRule::SameForAll ? m_sameAmount : m_perChildAmount;
        const std::optional<qint64> cents = edit->cents();
        if (!cents) {
            *missing = edit->isEmpty() ? (request.rule == ChargeAmountRule::SameForAll
                                              ? tr("Enter the amount every family is charged.")
                                              : tr("Enter the amount charged for each child."))
                                       : tr("“%1” is not an amount: type it as %2.")
                                             .arg(edit->text().trimmed(), edit->example());
            return std::nullopt;
        }
        request.amountCents = *cents;
    }
    if (const std::optional<QString> invalid = checkChargeAllRequest(request)) {
        *missing = *invalid;
        return std::nullopt;
    }
    return request;
}

void ChargeAllDialog::requestPlan()
{
    m_planTimer.stop();
    if (isWriting() || m_state == State::Charged)
        return;
    m_waitingForViews = false;
    QString missing;
    // The first preview may move the month: it needs no amount (see the worker).
    std::optional<ChargeAllRequest> request = requestFromForm(&missing);
    if (!request && m_findMonth) {
        ChargeAllRequest probe;
        probe.month = month();
        probe.dueDate = m_due->date().isValid() ? m_due->date() : monthStart(month());
        probe.rule = ChargeAmountRule::LastAmount;
        request = probe;
    }
    if (!request) {
        ++m_generation; // an answer on its way is out of date
        m_preview = ChargeAllPlan{};
        showPreview({});
        m_bar->showMessage(MessageBar::Level::Hint, missing);
        setState(State::Editing);
        return;
    }
    m_bar->clear();
    if (!m_session || !m_session->queries()) {
        m_waitingForViews = true; // readModelsReady asks again
        m_summary->setText(tr("Reading the families…"));
        return;
    }
    m_generation = m_job->plan(*request, m_findMonth);
    m_summary->setText(tr("Reading the families…"));
    setState(State::Planning);
}

void ChargeAllDialog::setState(State state)
{
    m_state = state;
    const bool writing = isWriting();
    const bool writable = m_session && !m_session->isReadOnly();
    m_form->setEnabled(!writing && state != State::Charged);
    m_progressRow->setVisible(writing);
    m_stop->setEnabled(writing);
    const int count = static_cast<int>(m_preview.charged.size());
    m_charge->setText(count > 0 ? tr("&Charge %n Family(s)", nullptr, count) : tr("&Charge"));
    m_charge->setEnabled(state == State::Previewed && writable && count > 0);
    m_charge->setVisible(state != State::Charged);
    m_charge->setDefault(m_charge->isEnabled());
    m_previewAgain->setDefault(false);
    m_previewAgain->setEnabled(!writing && state != State::Charged && state != State::Planning);
    m_previewAgain->setVisible(state != State::Charged);
    if (state == State::Outdated)
        m_previewAgain->setDefault(true); // what Enter does now
    m_cancelRun->setVisible(state == State::Charged || state == State::CancellingRun);
    m_cancelRun->setEnabled(state == State::Charged && writable);
    m_close->setEnabled(true);
}

void ChargeAllDialog::showPreview(const ChargeAllPlan& plan)
{
    const QString chargeId = plan.request.month.isEmpty() ? QString() : plan.chargeId();
    QList<ChargeAllFamiliesModel::Row> charged;
    QList<ChargeAllFamiliesModel::Row> other;
    charged.reserve(plan.charged.size());
    for (const ChargeAllFamily& family : plan.charged) {
        const QString note = family.otherChargesOfMonth.join(QStringLiteral(", "));
        charged.append({family, note});
        if (!note.isEmpty())
            other.append({family, note});
    }
    QList<ChargeAllFamiliesModel::Row> skipped;
    skipped.reserve(plan.skipped.size());
    for (const SkippedFamily& family : plan.skipped)
        skipped.append({family.family, ChargeAllText::skipReason(family.reason, chargeId)});
    m_chargedModel->setRows(charged);
    m_skippedModel->setRows(skipped);
    m_otherModel->setRows(other);
    for (QTableView* view : {m_chargedView, m_skippedView, m_otherView})
        fitColumns(view);
    m_tabs->setTabText(0, tr("To charge (%1)").arg(number(charged.size())));
    m_tabs->setTabText(1, tr("Skipped (%1)").arg(number(skipped.size())));
    m_tabs->setTabText(2, tr("With other charges this month (%1)").arg(number(other.size())));

    if (plan.request.month.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QString monthName = FamilyText::month(plan.request.month);
    const int count = static_cast<int>(charged.size());
    QString text = count > 0
                       ? tr("%n family(s) to charge for %1: %2 in total, due %3.", nullptr, count)
                             .arg(monthName, money(plan.totalCents),
                                  locale().toString(plan.request.dueDate, m_due->displayFormat()))
                       : tr("Nobody to charge for %1.").arg(monthName);
    if (!skipped.isEmpty())
        text += u' ' + tr("%n family(s) skipped.", nullptr, static_cast<int>(skipped.size()));
    if (!other.isEmpty())
        text += u' ' + tr("%n of them already hold(s) other charges of the month.", nullptr,
                          static_cast<int>(other.size()));
    m_summary->setText(text);
}

void ChargeAllDialog::startCharge()
{
    if (m_state != State::Previewed || m_preview.charged.isEmpty() || !m_session ||
        m_session->isReadOnly())
        return;
    if (!m_job->charge(m_preview))
        return;
    m_bar->clear();
    m_result->hide();
    m_progress->setValue(0);
    m_progressLabel->setText(
        tr("Charging %n family(s)…", nullptr, static_cast<int>(m_preview.charged.size())));
    setState(State::Charging);
}

void ChargeAllDialog::stop()
{
    if (!isWriting())
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void ChargeAllDialog::askToCancelRun()
{
    if (m_state != State::Charged)
        return;
    const int count = static_cast<int>(m_run.charged.size());
    auto* ask = new CancelRunDialog(
        tr("Cancel the %n charge(s) of %1 this run made, %2 in total? Each stays in the "
           "family's history as cancelled, with the reason.",
           nullptr, count)
            .arg(m_run.chargeId(), money(m_run.totalCents)),
        this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, ask] { cancelRun(ask->reason()); });
    ask->open();
}

void ChargeAllDialog::cancelRun(const QString& reason)
{
    if (m_state != State::Charged || reason.trimmed().isEmpty())
        return;
    if (!m_job->cancelRun(m_run, reason.trimmed()))
        return;
    m_bar->clear();
    m_progress->setValue(0);
    m_progressLabel->setText(
        tr("Cancelling %n charge(s)…", nullptr, static_cast<int>(m_run.charged.size())));
    setState(State::CancellingRun);
}

void ChargeAllDialog::reject()
{
    if (isWriting()) {
        m_closeWhenStopped = true;
        stop();
        return;
    }
    if (m_edited && m_state != State::Charged &&
        !MessageBox::ask(this, windowTitle(), tr("Close without charging anybody?"),
                         tr("Nothing has been charged yet.")))
        return;
    QDialog::reject();
}

void ChargeAllDialog::onProgress(qint64 done, qint64 total)
{
    if (!isWriting() || !m_stop->isEnabled() || total <= 0)
        return;
    m_progress->setValue(static_cast<int>(std::min(done, total) * progressSteps / total));
    if (done >= total)
        m_progressLabel->setText(tr("Saving…"));
}

void ChargeAllDialog::onFinished(const ChargeAllOutcome& outcome)
{
    switch (outcome.step) {
    case ChargeAllOutcome::Step::Plan:
        onPlanned(outcome);
        return; // a stale answer is not a step the user saw
    case ChargeAllOutcome::Step::Charge:
        m_outcome = outcome;
        onCharged(outcome);
        break;
    case ChargeAllOutcome::Step::CancelRun:
        m_outcome = outcome;
        onRunCancelled(outcome);
        break;
    }
    emit stepFinished(outcome);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void ChargeAllDialog::onPlanned(const ChargeAllOutcome& outcome)
{
    if (outcome.generation != m_generation || m_state != State::Planning)
        return; // the form changed since it was asked
    m_outcome = outcome;
    switch (outcome.status) {
    case ChargeAllOutcome::Status::CatchingUp:
        // The projector's next step asks again, and so does the timer in
        // case that step was signalled before this answer came.
        m_waitingForViews = true;
        m_summary->setText(tr("Bringing the list of families up to date…"));
        m_planTimer.start(catchUpRetryMs);
        return;
    case ChargeAllOutcome::Status::StaleViews:
    case ChargeAllOutcome::Status::Storage:
        m_preview = ChargeAllPlan{};
        showPreview({});
        m_bar->showMessage(MessageBar::Level::Error,
                           outcome.message +
                               (outcome.advice.isEmpty() ? QString() : u' ' + outcome.advice),
                           tr("The families cannot be read"));
        setState(State::Editing);
        emit stepFinished(outcome);
        return;
    default:
        break;
    }
    if (m_findMonth) {
        m_findMonth = false;
        const QSignalBlocker blockMonth(m_month);
        setMonth(outcome.plan.request.month);
        m_chargeId->setProperty("month", month());
        m_chargeId->setText(tr("Charge id: %1").arg(chargeAllChargeId(month())));
        m_due->setDate(outcome.plan.request.dueDate);
        // The probe needed no amount; the form's own request may differ.
        QString missing;
        const std::optional<ChargeAllRequest> request = requestFromForm(&missing);
        if (!request) {
            m_preview = ChargeAllPlan{};
            showPreview({});
            m_bar->showMessage(MessageBar::Level::Hint, missing);
            setState(State::Editing);
            emit stepFinished(outcome);
            return;
        }
        if (request->rule != outcome.plan.request.rule) {
            requestPlan();
            return;
        }
    }
    m_preview = outcome.plan;
    showPreview(m_preview);
    setState(State::Previewed);
    emit stepFinished(outcome);
}

void ChargeAllDialog::onCharged(const ChargeAllOutcome& outcome)
{
    switch (outcome.status) {
    case ChargeAllOutcome::Status::Ok: {
        m_run = outcome.plan;
        const int count = static_cast<int>(m_run.charged.size());
        m_result->setText(
            tr("Charged %n family(s) for %1: %2 in total.", nullptr, count)
                .arg(FamilyText::month(m_run.request.month), money(m_run.totalCents)));
        m_result->show();
        setState(State::Charged);
        if (m_session)
            m_session->projections().wake();
        emit charged(count, m_run.totalCents);
        break;
    }
    case ChargeAllOutcome::Status::Rejected:
        showRefused(outcome);
        setState(State::Outdated);
        break;
    case ChargeAllOutcome::Status::Cancelled:
        m_bar->showMessage(MessageBar::Level::Hint,
                           tr("The run was cancelled before it was saved: nobody was charged."),
                           tr("Cancelled"));
        setState(State::Previewed);
        break;
    default:
        m_bar->showMessage(MessageBar::Level::Error,
                           outcome.message +
                               (outcome.advice.isEmpty() ? QString() : u' ' + outcome.advice) +
                               u' ' + tr("Nobody was charged."),
                           tr("The charges could not be saved"));
        setState(State::Previewed);
        break;
    }
}

void ChargeAllDialog::onRunCancelled(const ChargeAllOutcome& outcome)
{
    switch (outcome.status) {
    case ChargeAllOutcome::Status::Ok: {
        const int count = static_cast<int>(m_run.charged.size());
        m_result->setText(
            tr("The run was cancelled: %n charge(s) of %1 cancelled, %2 in total.", nullptr, count)
                .arg(m_run.chargeId(), money(m_run.totalCents)));
        m_result->show();
        m_run = ChargeAllPlan{};
        m_edited = false;
        if (m_session)
            m_session->projections().wake();
        // A new run of the month can be prepared: the preview follows the form again.
        schedulePlan();
        break;
    }
    case ChargeAllOutcome::Status::Rejected:
        showRefused(outcome);
        setState(State::Charged);
        break;
    case ChargeAllOutcome::Status::Cancelled:
        m_bar->showMessage(MessageBar::Level::Hint,
                           tr("Cancelling the run was stopped: every charge of the run stands."),
                           tr("Stopped"));
        setState(State::Charged);
        break;
    default:
        m_bar->showMessage(MessageBar::Level::Error,
                           outcome.message +
                               (outcome.advice.isEmpty() ? QString() : u' ' + outcome.advice) +
                               u' ' + tr("No charge was cancelled."),
                           tr("The charges could not be cancelled"));
        setState(State::Charged);
        break;
    }
}

void ChargeAllDialog::showRefused(const ChargeAllOutcome& outcome)
{
    const bool charging = outcome.step == ChargeAllOutcome::Step::Charge;
    const QString chargeId = outcome.plan.chargeId();
    QHash<QString, ChargeAllFamily> families;
    for (const ChargeAllFamily& family : outcome.plan.charged)
        families.insert(family.familyId, family);
    QStringList lines;
    for (const CommandResult& result : outcome.rejected) {
        if (lines.size() == namedInMessage)
            break;
        const ChargeAllFamily family =
            families.value(result.familyId, unknownFamily(result.familyId));
        lines << tr("%1 %2", "family, why it was refused")
                     .arg(ChargeAllText::family(family),
                          charging ? ChargeAllText::chargeRefused(result, chargeId)
                                   : ChargeAllText::cancelRefused(result, chargeId));
    }
    const int refused = static_cast<int>(outcome.rejected.size());
    if (refused > lines.size())
        lines << tr("and %n more", nullptr, refused - static_cast<int>(lines.size()));
    const QString heading =
        charging
            ? tr("Nobody was charged: %n family(s) changed since the preview.", nullptr, refused)
            : tr("No charge was cancelled: %n family(s) changed since the run.", nullptr, refused);
    const QString advice = charging ? tr("Choose Preview Again to see who can be charged now.")
                                    : tr("The run's other charges stand.");
    m_bar->showMessage(MessageBar::Level::Error,
                       lines.join(QStringLiteral("; ")) + QStringLiteral(". ") + advice, heading);
}

} // namespace coopdesk
