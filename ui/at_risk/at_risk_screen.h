#pragma once

#include "charts/live_screen.h"

class QLabel;
class QPushButton;
class QTableView;

namespace coopdesk {

class AtRiskModel;
class CommandDialog;

// The families to call first (SPEC 7, At risk): the prioritized list of
// at_risk_families_view with the recommended intervention in words, the
// days-to-withdrawal heuristic (labelled as one), days since contact as
// of today, coordinator and preferred channel. "Record Contact" (button,
// Enter or double-click) opens the Record Contact dialog already filled
// for the selected family: today's date and the family's preferred
// channel, so recording the call is one more click (Save). Live: every
// projected change re-reads the list and the model moves, inserts, removes
// or updates only the rows that differ; the selection stays on its family.
class AtRiskScreen : public LiveScreen
{
    Q_OBJECT
    // The family the Family menu acts on while this screen is shown.
    Q_PROPERTY(QString selectedFamily READ selectedFamily)

public:
    static inline constexpr int minimumRisk = 70;

    explicit AtRiskScreen(MainWindow* window, QWidget* parent = nullptr);
    ~AtRiskScreen() override;

    AtRiskModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString selectedFamily() const;
    void selectFamily(const QString& familyId);

public slots:
    // Opens the prefilled Record Contact dialog for the family (the
    // selected one when empty); null when there is none or no file is open.
    CommandDialog* recordContact(const QString& familyId = {});

protected:
    void reload(const Change& change) override;
    void clearData() override;

private:
    void selectionChanged();
    void updateCount();

    AtRiskModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_advice;
    QPushButton* m_record;
};

} // namespace coopdesk
