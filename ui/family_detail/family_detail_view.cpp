#include "family_detail_view.h"

#include "balance_text.h"
#include "families/family_text.h"
#include "family_charges_model.h"
#include "family_payments_model.h"
#include "family_timeline_model.h"
#include "i18n/code_labels.h"
#include "main_window/family_actions.h"
#include "queries/query_service.h"
#include "store/storage_error.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk {

namespace {

struct FieldInfo
{
    const char* column;
    const char* label;
};

struct GroupInfo
{
    const char* title;
    QList<FieldInfo> fields;
};

// Every family_read_model column but family_name (the title), by topic.
const QList<GroupInfo>& fieldGroups()
{
    static const QList<GroupInfo> groups = {
        {QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Family"),
         {{"family_id", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Family ID")},
          {"status", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Status")},
          {"enrollment_date", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Enrolled on")},
          {"withdrawal_date", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Withdrawn on")},
          {"assigned_coordinator", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Coordinator")},
          {"children_count", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Children")},
          {"children_names", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Names")},
          {"oldest_child_age", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Oldest child")}}},
        {QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Contact"),
         {{"parent_name", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Parent")},
          {"email", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "E-mail")},
          {"phone", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Phone")},
          {"preferred_contact_channel", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Prefers")},
          {"last_contact_date", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Last contact")},
          // How the co-op last reached the family (the read model keeps
          // the contact's method, not who made it).
          {"last_contact_method",
           QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Last contact method")}}},
        {QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Payments"),
         {{"balance_cents", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Balance")},
          {"total_paid_cents", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Total paid")},
          {"payment_count", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Payments")},
          {"last_payment_date", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Last payment")},
          {"avg_payment_days_late",
           QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Average lateness")}}},
        {QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Engagement and risk"),
         {{"engagement_score", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Engagement")},
          {"last_login_date", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Last login")},
          {"volunteer_hours", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Volunteer hours")},
          {"event_attendance_rate", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Attendance")},
          {"risk_score", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Risk score")},
          {"risk_tier", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Risk tier")},
          {"risk_factors", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Risk factors")},
          {"last_updated", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Last updated")},
          {"event_version", QT_TRANSLATE_NOOP("coopdesk::FamilyDetailView", "Events")}}},
    };
    return groups;
}

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The key of the row selected in `view`; empty when none is.
QString selectedKey(const QTableView* view, const KeyedRowModel* model)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model->keyAt(rows.first().row());
}

// A button under a list for a correction of its selected row: the window's
// action (the same dialog as the Family menu's), enabled on its own.
QPushButton* correctionButton(FamilyActions* actions, CommandType type, QWidget* parent)
{
    // The menu's words without its mnemonic, which the View menu may hold.
    auto* button =
        new QPushButton(CodeLabels::commandMenuText(type).remove(QLatin1Char('&')), parent);
    button->setObjectName(QStringLiteral("correction_") + commandSpec(type).name);
    if (actions) {
        QAction* action = actions->action(type);
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    } else {
        button->hide();
    }
    return button;
}

// Runs `update` and says whether it inserted rows into `model`.
template <typename Update> bool insertsRows(QAbstractItemModel* model, Update update)
{
    bool inserted = false;
    const QMetaObject::Connection connection = QObject::connect(
        model, &QAbstractItemModel::rowsInserted, model, [&inserted] { inserted = true; });
    update();
    QObject::disconnect(connection);
    return inserted;
}

} // namespace

FamilyDetailView::FamilyDetailView(FamilyActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_actionBar(new QToolBar(this))
    , m_body(new QWidget(this))
    , m_actions(actions)
    , m_charges(new FamilyChargesModel(this))
    , m_payments(new FamilyPaymentsModel(this))
    , m_timeline(new FamilyTimelineModel(this))
{
    setObjectName(QStringLiteral("familyDetail"));

    m_back->setObjectName(QStringLiteral("familyDetailBack"));
    m_back->setText(tr("← Families"));
    m_back->setToolTip(tr("Back to the list of families (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Left));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &FamilyDetailView::backRequested);

    m_title->setObjectName(QStringLiteral("familyDetailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("familyDetailStatus"));
    m_message->setObjectName(QStringLiteral("familyDetailMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* header = new QHBoxLayout;
    m_header = header;
    header->addWidget(m_back);
    header->addSpacing(8);
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_status);
    header->addStretch(1);

    m_actionBar->setObjectName(QStringLiteral("familyDetailActions"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionBar->setMovable(false);
    m_actionBar->setFloatable(false);
    if (actions) {
        for (QAction* action : actions->actions()) {
            if (action != actions->action(CommandType::EnrollFamily))
                m_actionBar->addAction(action);
        }
    }

    // The fields: a column of groups on the left, scrolled when the window is short.
    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 4, 0);
    for (const GroupInfo& group : fieldGroups()) {
        auto* box = new QGroupBox(tr(group.title), fields);
        auto* form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setVerticalSpacing(3);
        for (const FieldInfo& field : group.fields) {
            auto* value = new QLabel(box);
            value->setObjectName(QStringLiteral("field_") + QLatin1String(field.column));
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            form->addRow(tr(field.label), value);
            m_fields.insert(QLatin1String(field.column), value);
            m_fieldLabels.insert(QLatin1String(field.column), tr(field.label));
        }
        fieldsLayout->addWidget(box);
    }
    fieldsLayout->addStretch(1);
    m_fieldsArea = new QScrollArea(m_body);
    QScrollArea* fieldsArea = m_fieldsArea;
    fieldsArea->setObjectName(QStringLiteral("familyDetailFields"));
    fieldsArea->setWidget(fields);
    fieldsArea->setWidgetResizable(true);
    fieldsArea->setFrameShape(QFrame::NoFrame);
    fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    fieldsArea->setMinimumWidth(em * 22);

    m_chargesView = makeTable(this);
    m_chargesView->setObjectName(QStringLiteral("familyCharges"));
    m_chargesView->setModel(m_charges);
    m_chargesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its contents, the last one too ("Days late"
    // stretched to the edge would take the room the month needs).
    m_chargesView->horizontalHeader()->setStretchLastSection(false);
    m_chargesSummary = new QLabel(this);
    m_chargesSummary->setObjectName(QStringLiteral("familyChargesSummary"));
    auto* chargesBox = new QGroupBox(tr("Charges and settlement"), this);
    m_cancelCharge = correctionButton(actions, CommandType::CancelCharge, chargesBox);
    auto* chargesLayout = new QVBoxLayout(chargesBox);
    auto* chargesBar = new QHBoxLayout;
    chargesBar->addWidget(m_chargesSummary, 1);
    chargesBar->addWidget(m_cancelCharge);
    chargesLayout->addLayout(chargesBar);
    chargesLayout->addWidget(m_chargesView, 1);

    m_paymentsView = makeTable(this);
    m_paymentsView->setObjectName(QStringLiteral("familyPayments"));
    m_paymentsView->setModel(m_payments);
    m_paymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_paymentsSummary = new QLabel(this);
    m_paymentsSummary->setObjectName(QStringLiteral("familyPaymentsSummary"));
    auto* paymentsBox = new QGroupBox(tr("Payments"), this);
    m_voidPayment = correctionButton(actions, CommandType::VoidPayment, paymentsBox);
    auto* paymentsLayout = new QVBoxLayout(paymentsBox);
    auto* paymentsBar = new QHBoxLayout;
    paymentsBar->addWidget(m_paymentsSummary, 1);
    paymentsBar->addWidget(m_voidPayment);
    paymentsLayout->addLayout(paymentsBar);
    paymentsLayout->addWidget(m_paymentsView, 1);

    // A right click on a payment or charge offers its correction, with
    // that row chosen (the click selects it first).
    if (actions) {
        m_chargesView->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_chargesView->addAction(actions->action(CommandType::CancelCharge));
        m_paymentsView->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_paymentsView->addAction(actions->action(CommandType::VoidPayment));
        for (CommandType type : {CommandType::VoidPayment, CommandType::CancelCharge})
            connect(actions->action(type), &QAction::changed, this,
                    &FamilyDetailView::updateCorrections);
    }
    for (QTableView* view : {m_chargesView, m_paymentsView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &FamilyDetailView::updateCorrections);
    for (KeyedRowModel* model : std::initializer_list<KeyedRowModel*>{m_charges, m_payments})
        connect(model, &KeyedRowModel::rowsUpdated, this, &FamilyDetailView::updateCorrections);

    auto* money = new QSplitter(Qt::Horizontal, this);
    money->setObjectName(QStringLiteral("familyDetailMoney"));
    money->addWidget(chargesBox);
    money->addWidget(paymentsBox);
    money->setStretchFactor(0, 3);
    money->setStretchFactor(1, 2);
    money->setChildrenCollapsible(false);

    m_timelineView = makeTable(this);
    m_timelineView->setObjectName(QStringLiteral("familyTimeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_timelineView->setColumnWidth(FamilyTimelineModel::WhenColumn, 13 * em);
    m_timelineView->setColumnWidth(FamilyTimelineModel::EventColumn, 14 * em);
    m_timelineView->setColumnWidth(FamilyTimelineModel::WhoColumn, 6 * em);
    auto* timelineBox = new QGroupBox(tr("Timeline (audit trail)"), this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timelineView);

    auto* tables = new QSplitter(Qt::Vertical, m_body);
    tables->setObjectName(QStringLiteral("familyDetailTables"));
    tables->addWidget(money);
    tables->addWidget(timelineBox);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    tables->setChildrenCollapsible(false);

    m_columns = new QSplitter(Qt::Horizontal, m_body);
    QSplitter* columns = m_columns;
    columns->setObjectName(QStringLiteral("familyDetailColumns"));
    columns->addWidget(fieldsArea);
    columns->addWidget(tables);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({em * 30, em * 60});
    columns->setChildrenCollapsible(false);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(columns, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);
}

QToolButton* FamilyDetailView::addPageAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("pageAction_") + action->objectName());
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->addWidget(button);
    return button;
}

void FamilyDetailView::setQueryService(QueryService* queries)
{
    m_queries = queries;
    if (!m_familyId.isEmpty())
        load(true);
}

void FamilyDetailView::setCurrencyCode(const QString& code)
{
    if (code == m_currencyCode)
        return;
    m_currencyCode = code;
    m_charges->setCurrencyCode(code);
    m_payments->setCurrencyCode(code);
    if (!m_familyId.isEmpty())
        load(true);
}

void FamilyDetailView::showFamily(const QString& familyId)
{
    m_familyId = familyId;
    load(true);
}

void FamilyDetailView::refresh()
{
    if (!m_familyId.isEmpty())
        load(false);
}

void FamilyDetailView::refreshIfAffected(const QSet<QString>& families, bool everything)
{
    if (!m_familyId.isEmpty() && (everything || families.contains(m_familyId)))
        load(false);
}

void FamilyDetailView::load(bool reset)
{
    QJsonObject family;
    QList<QJsonObject> charges;
    QList<QJsonObject> payments;
    QList<QJsonObject> history;
    QString error;
    if (m_queries && !m_familyId.isEmpty()) {
        try {
            family = m_queries->getFamily(m_familyId).value_or(QJsonObject());
            charges = m_queries->familyCharges(m_familyId);
            payments = m_queries->familyPayments(m_familyId);
            history = m_queries->familyHistory(m_familyId);
        } catch (const StorageError& failure) {
            error = failure.message();
        }
    }
    m_family = family;
    m_childrenWithAges.clear();
    for (const QJsonObject& event : history) {
        if (event.value(QStringLiteral("event_type")).toString() == QLatin1String("ChildAdded")) {
            const QJsonObject child = event.value(QStringLiteral("data")).toObject();
            m_childrenWithAges
                << tr("%1 (%2)", "child's name (age)")
                       .arg(child.value(QStringLiteral("child_name")).toString(),
                            QLocale().toString(
                                child.value(QStringLiteral("child_age")).toInteger()));
        }
    }
    const QList<QJsonObject> timeline = FamilyTimelineModel::timelineRows(history, m_currencyCode);
    bool timelineInserted = reset;
    if (reset) {
        m_charges->replaceRows(charges);
        m_payments->replaceRows(payments);
        m_timeline->replaceRows(timeline);
    } else {
        m_charges->setRows(charges);
        m_payments->setRows(payments);
        timelineInserted = insertsRows(m_timeline, [&] { m_timeline->setRows(timeline); });
    }
    // Headers size columns to their contents when a table is laid out, not
    // when rows arrive or change: the first charge of a new family would
    // keep the width of "Month" ("Dec…"), a payment's allocated amount that
    // of "0.00". A family's charges are few: sized at every read. The
    // timeline's columns, sized when events come in, stay the user's to
    // resize in between.
    m_chargesView->resizeColumnsToContents();
    m_paymentsView->resizeColumnsToContents();
    if (timelineInserted) {
        for (int column : {FamilyTimelineModel::WhenColumn, FamilyTimelineModel::EventColumn,
                           FamilyTimelineModel::WhoColumn})
            m_timelineView->resizeColumnToContents(column);
    }

    if (!error.isEmpty()) {
        m_message->setText(tr("The family cannot be read: %1").arg(error));
        m_message->show();
    } else if (m_family.isEmpty() && !m_familyId.isEmpty()) {
        m_message->setText(
            history.isEmpty()
                ? tr("There is no family “%1” in this co-op.").arg(m_familyId)
                : tr("The family “%1” is not in the read models yet; it appears here as soon as "
                     "they have caught up.")
                      .arg(m_familyId));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_body->setEnabled(!m_family.isEmpty());
    showFields();
    updateCorrections();
    emit refreshed();
}

void FamilyDetailView::showFields()
{
    m_title->setText(m_family.isEmpty() ? m_familyId
                                        : m_family.value(QStringLiteral("family_name")).toString());
    m_status->setText(
        m_family.isEmpty()
            ? QString()
            : CodeLabels::familyStatus(m_family.value(QStringLiteral("status")).toString()));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(valueText(it.key()));
    // Once the new texts have been laid out.
    QMetaObject::invokeMethod(this, &FamilyDetailView::fitFieldsColumn, Qt::QueuedConnection);

    qint64 open = 0;
    qint64 owed = 0;
    for (const QJsonObject& charge : m_charges->rows()) {
        if (!FamilyChargesModel::isSettled(charge)) {
            ++open;
            owed += charge.value(QStringLiteral("amount_cents")).toInteger() -
                    charge.value(QStringLiteral("allocated_cents")).toInteger();
        }
    }
    const qint64 total = m_charges->rows().size();
    if (total == 0)
        m_chargesSummary->setText(tr("No charges."));
    else if (open == 0)
        m_chargesSummary->setText(
            tr("%Ln charge(s), all settled.", nullptr, static_cast<int>(total)));
    else
        m_chargesSummary->setText(
            tr("%Ln charge(s), %1 not settled (%2 still owed).", nullptr, static_cast<int>(total))
                .arg(QLocale().toString(open), FamilyText::money(owed, m_currencyCode)));

    qint64 paid = 0;
    for (const QJsonObject& payment : m_payments->rows())
        paid += payment.value(QStringLiteral("amount_cents")).toInteger();
    const int payments = static_cast<int>(m_payments->rows().size());
    m_paymentsSummary->setText(payments == 0 ? tr("No payments.")
                                             : tr("%Ln payment(s), %1 in all.", nullptr, payments)
                                                   .arg(FamilyText::money(paid, m_currencyCode)));
}

void FamilyDetailView::updateCorrections()
{
    if (!m_actions)
        return;
    const bool shown = isVisible() && !m_family.isEmpty();
    const QString payment = shown ? selectedKey(m_paymentsView, m_payments) : QString();
    const QString charge = shown ? selectedKey(m_chargesView, m_charges) : QString();
    m_actions->setPreset(CommandType::VoidPayment, m_familyId,
                         payment.isEmpty() ? QJsonObject()
                                           : QJsonObject{{fields::paymentId, payment}});
    m_actions->setPreset(CommandType::CancelCharge, m_familyId,
                         charge.isEmpty() ? QJsonObject()
                                          : QJsonObject{{fields::chargeId, charge}});

    const auto follow = [this](QPushButton* button, CommandType type, bool any,
                               const QString& selected, const QString& none, const QString& choose,
                               const QString& chosen) {
        button->setEnabled(m_actions->action(type)->isEnabled() && any);
        button->setToolTip(!any ? none : selected.isEmpty() ? choose : chosen);
    };
    follow(m_voidPayment, CommandType::VoidPayment, m_payments->rowCount() > 0, payment,
           tr("No payment to void: the family has no payment that counts."),
           tr("Void one of the family's payments (select it in the list first to have it "
              "chosen)."),
           tr("Void the selected payment: asks for the reason, shows the new balance."));
    follow(m_cancelCharge, CommandType::CancelCharge, m_charges->rowCount() > 0, charge,
           tr("No charge to cancel: the family has no charge that counts."),
           tr("Cancel one of the family's charges (select it in the list first to have it "
              "chosen)."),
           tr("Cancel the selected charge: asks for the reason, shows the new balance."));
}

void FamilyDetailView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateCorrections();
    QMetaObject::invokeMethod(this, &FamilyDetailView::fitFieldsColumn, Qt::QueuedConnection);
}

void FamilyDetailView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Gone from the screen: its selection chooses nothing any more.
    if (m_actions) {
        m_actions->setPreset(CommandType::VoidPayment, {}, {});
        m_actions->setPreset(CommandType::CancelCharge, {}, {});
    }
}

void FamilyDetailView::fitFieldsColumn()
{
    // Values wrap between words, but a long e-mail address or a long label
    // ("Medio del último contacto") does not: the column of fields widens
    // to what its widest line needs, up to half the page, so nothing is cut
    // at its edge. It never narrows what the user widened.
    if (!isVisible())
        return;
    const int needed = m_fieldsArea->widget()->minimumSizeHint().width() +
                       m_fieldsArea->verticalScrollBar()->sizeHint().width();
    const QList<int> sizes = m_columns->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const int wanted = std::min(needed, total / 2);
    if (sizes.at(0) < wanted)
        m_columns->setSizes({wanted, total - wanted});
}

QString FamilyDetailView::titleText() const
{
    return m_title->text();
}

QString FamilyDetailView::fieldText(const QString& column) const
{
    if (column == QLatin1String("family_name"))
        return titleText();
    const QLabel* label = m_fields.value(column);
    return label ? label->text() : QString();
}

QString FamilyDetailView::fieldLabel(const QString& column) const
{
    return m_fieldLabels.value(column);
}

QString FamilyDetailView::valueText(const QString& column) const
{
    if (m_family.isEmpty())
        return QString();
    const QJsonValue value = m_family.value(column);
    const QLocale locale;
    if (column == QLatin1String("status"))
        return CodeLabels::familyStatus(value.toString());
    if (column == QLatin1String("risk_tier"))
        return CodeLabels::riskTier(value.toString());
    if (column == QLatin1String("preferred_contact_channel") ||
        column == QLatin1String("last_contact_method"))
        return value.isString() ? CodeLabels::contactChannel(value.toString()) : FamilyText::none();
    if (column.endsWith(QLatin1String("_date")))
        return FamilyText::date(value);
    if (column == QLatin1String("last_updated"))
        return FamilyText::timestamp(value.toString());
    if (column == QLatin1String("total_paid_cents"))
        return FamilyText::money(value, m_currencyCode);
    if (column == QLatin1String("balance_cents"))
        return BalanceText::describe(value.toInteger(), m_currencyCode);
    if (column == QLatin1String("avg_payment_days_late"))
        return value.isDouble() ? FamilyText::days(value.toInteger()) : FamilyText::none();
    if (column == QLatin1String("oldest_child_age"))
        return value.isDouble() ? tr("%Ln year(s) old", nullptr, value.toInt())
                                : FamilyText::none();
    if (column == QLatin1String("children_names")) {
        if (!m_childrenWithAges.isEmpty())
            return m_childrenWithAges.join(QStringLiteral(", "));
        QStringList names;
        for (const QJsonValue& name : value.toArray())
            names << name.toString();
        return names.isEmpty() ? FamilyText::none() : names.join(QStringLiteral(", "));
    }
    if (column == QLatin1String("event_attendance_rate"))
        return value.isDouble() ? tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 2))
                                : FamilyText::none();
    if (column == QLatin1String("engagement_score") || column == QLatin1String("risk_score"))
        return tr("%1 / 100").arg(FamilyText::number(value));
    if (column == QLatin1String("risk_factors"))
        return FamilyText::factors(value);
    if (column == QLatin1String("volunteer_hours") || column == QLatin1String("payment_count") ||
        column == QLatin1String("children_count") || column == QLatin1String("event_version"))
        return FamilyText::number(value);
    return FamilyText::text(value);
}

} // namespace coopdesk
