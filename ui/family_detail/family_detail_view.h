#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace coopdesk {

class FamilyActions;
class FamilyChargesModel;
class FamilyPaymentsModel;
class FamilyTimelineModel;
class QueryService;

// Everything about one family (SPEC 7): every family_read_model field,
// formatted and translated; its children (with their ages, from the audit
// trail); its charges and their settlement (unsettled ones highlighted);
// its live payments; its timeline, the audit trail with who, when and what
// changed; and a button for every command on the family (the window's
// FamilyActions, which act on the selected family: the one shown here). A
// payment or charge selected is what Void Payment… / Cancel Charge… (also
// a button under its list and in its context menu) start with. Back
// returns to the list.
class FamilyDetailView : public QWidget
{
    Q_OBJECT

public:
    // `actions` may be null (no command buttons).
    explicit FamilyDetailView(FamilyActions* actions, QWidget* parent = nullptr);

    void setQueryService(QueryService* queries);
    void setCurrencyCode(const QString& code);

    // Shows a family (a new query: the tables are reset).
    void showFamily(const QString& familyId);
    QString familyId() const { return m_familyId; }
    // False when the family is not (yet) in the read models.
    bool isFound() const { return !m_family.isEmpty(); }
    const QJsonObject& family() const { return m_family; }

    // The text shown for a family_read_model column ("balance_cents").
    QString fieldText(const QString& column) const;
    // The label beside it ("Last contact method").
    QString fieldLabel(const QString& column) const;
    QString titleText() const;

    FamilyChargesModel* chargesModel() const { return m_charges; }
    FamilyPaymentsModel* paymentsModel() const { return m_payments; }
    FamilyTimelineModel* timelineModel() const { return m_timeline; }
    QTableView* chargesView() const { return m_chargesView; }
    QTableView* paymentsView() const { return m_paymentsView; }
    QPushButton* voidPaymentButton() const { return m_voidPayment; }
    QPushButton* cancelChargeButton() const { return m_cancelCharge; }
    QTableView* timelineView() const { return m_timelineView; }
    QToolBar* actionBar() const { return m_actionBar; }
    // Adds a button for `action` at the right of the title (named
    // "pageAction_" + its name), for what is done with the page rather
    // than a command on the family (Statement…).
    QToolButton* addPageAction(QAction* action);
    QToolButton* backButton() const { return m_back; }

public slots:
    // Reads the family again, updating the tables in small steps.
    void refresh();
    // LiveUpdates::changed: refreshes when this family is among them.
    void refreshIfAffected(const QSet<QString>& families, bool everything);

signals:
    void backRequested();
    // After each read of the family (shown, refreshed).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void load(bool reset);
    void showFields();
    // The payment and charge selected here are what Void Payment… and
    // Cancel Charge… start with while this family is shown; their buttons
    // follow the window's actions and whether there is anything to correct.
    void updateCorrections();
    void fitFieldsColumn();
    QString valueText(const QString& column) const;

    QueryService* m_queries = nullptr;
    QString m_currencyCode;
    QString m_familyId;
    QJsonObject m_family;
    QStringList m_childrenWithAges;

    QToolButton* m_back;
    QHBoxLayout* m_header;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_message;
    QToolBar* m_actionBar;
    QWidget* m_body;
    QScrollArea* m_fieldsArea;
    QSplitter* m_columns;
    QHash<QString, QLabel*> m_fields;
    QHash<QString, QString> m_fieldLabels;
    FamilyActions* m_actions;
    FamilyChargesModel* m_charges;
    FamilyPaymentsModel* m_payments;
    FamilyTimelineModel* m_timeline;
    QTableView* m_chargesView;
    QTableView* m_paymentsView;
    QTableView* m_timelineView;
    QLabel* m_chargesSummary;
    QLabel* m_paymentsSummary;
    QPushButton* m_voidPayment;
    QPushButton* m_cancelCharge;
};

} // namespace coopdesk
