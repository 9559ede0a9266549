#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace coopdesk {

class FamilyActions;
class FamilyChargesModel;
class FamilyTimelineModel;
class QueryService;

// Everything about one family (SPEC 7): every family_read_model field,
// formatted and translated; its children (with their ages, from the audit
// trail); its charges and their settlement (unsettled ones highlighted);
// its timeline, the audit trail with who, when and what changed; and a
// button for every command on the family (the window's FamilyActions, which
// act on the selected family: the one shown here). Back returns to the list.
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
    FamilyTimelineModel* timelineModel() const { return m_timeline; }
    QTableView* chargesView() const { return m_chargesView; }
    QTableView* timelineView() const { return m_timelineView; }
    QToolBar* actionBar() const { return m_actionBar; }
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

private:
    void load(bool reset);
    void showFields();
    void fitFieldsColumn();
    QString valueText(const QString& column) const;

    QueryService* m_queries = nullptr;
    QString m_currencyCode;
    QString m_familyId;
    QJsonObject m_family;
    QStringList m_childrenWithAges;

    QToolButton* m_back;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_message;
    QToolBar* m_actionBar;
    QWidget* m_body;
    QScrollArea* m_fieldsArea;
    QSplitter* m_columns;
    QHash<QString, QLabel*> m_fields;
    QHash<QString, QString> m_fieldLabels;
    FamilyChargesModel* m_charges;
    FamilyTimelineModel* m_timeline;
    QTableView* m_chargesView;
    QTableView* m_timelineView;
    QLabel* m_chargesSummary;
};

} // namespace coopdesk
