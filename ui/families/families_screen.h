#pragma once

#include "queries/query_service.h"

#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coopdesk {

class CoopSession;
class FamiliesModel;
class FamilyActions;
class FamilyDetailView;

// The Families screen (SPEC 7): the sortable, windowed table of every
// family with a live search box (debounced, the read models' full-text
// search), status and tier filters and the count of matching families;
// "Export as CSV…" of what the table shows; and, on Enter or a double
// click, the family's detail (Back returns to the table). Everything
// follows the session's LiveUpdates: no refresh action.
class FamiliesScreen : public QWidget
{
    Q_OBJECT
    // The family the Family menu acts on while this screen is shown.
    Q_PROPERTY(QString selectedFamily READ selectedFamily)

public:
    static inline constexpr int searchDelayMs = 250;

    // `actions`: the window's family actions (the detail's buttons); may be null.
    explicit FamiliesScreen(FamilyActions* actions, QWidget* parent = nullptr);
    ~FamiliesScreen() override;

    // The open co-op file, or null when it closes.
    void setSession(CoopSession* session);
    void setCurrencyCode(const QString& code);

    // The family selected in the table (empty for none).
    QString selectedFamily() const { return m_selectedFamily; }
    // Opens the detail of a family / goes back to the table.
    void openFamily(const QString& familyId);
    void showList();
    bool isShowingDetail() const;

    // Writes the families matching the current filter, in the current
    // order, as CSV. False (and errorText) when it cannot.
    bool exportCsv(const QString& path, QString* errorText = nullptr);

    FamiliesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* tierFilter() const { return m_tier; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* exportButton() const { return m_export; }
    FamilyDetailView* detail() const { return m_detail; }

public slots:
    // Selects a family in the table (the window's selection, e.g. a family
    // just enrolled): now when it is among the rows held, else as soon as a
    // refresh brings it there.
    void selectFamily(const QString& familyId);
    // Applies the search box now instead of after the delay.
    void applySearch();
    // Asks where, then exportCsv().
    void exportAsCsv();

signals:
    // The user selected a family in the table (empty: none).
    void familySelected(const QString& familyId);
    void familyOpened(const QString& familyId);

private:
    void onReadModelsReady();
    void onLiveChange(qint64 position, const QSet<QString>& families, const QSet<QString>& months,
                      bool everything);
    void applyFilters();
    void onSelectionChanged();
    void restoreSelection();
    void updateCount();
    void openCurrent();
    void fitColumnWidths();

    QPointer<CoopSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    QString m_selectedFamily;
    bool m_restoringSelection = false;

    FamiliesModel* m_model;
    QStackedWidget* m_pages;
    QWidget* m_listPage;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_tier;
    QLabel* m_count;
    QLabel* m_message;
    QPushButton* m_export;
    QTableView* m_table;
    FamilyDetailView* m_detail;
    QTimer m_searchTimer;
};

} // namespace coopdesk
