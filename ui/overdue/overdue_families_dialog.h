#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coopdesk {

class CoopSession;
class DateLineEdit;
class MessageBar;
class OverdueFamiliesModel;

// Payments → Overdue Families… (SPEC 7): as of a date (today unless
// changed), each family with an overdue charge — parent, e-mail, phone,
// amount overdue, oldest due date — sortable by any column, with the
// total, and exported as CSV for a mail merge. It follows the read models
// live: a payment recorded while it is open takes the family off the list.
class OverdueFamiliesDialog : public QDialog
{
    Q_OBJECT

public:
    OverdueFamiliesDialog(CoopSession* session, QWidget* parent = nullptr);

    DateLineEdit* asOfEdit() const { return m_asOf; }
    OverdueFamiliesModel* model() const { return m_model; }
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }
    QTableView* table() const { return m_table; }
    QString totalText() const;
    MessageBar* messageBar() const { return m_message; }

    // The CSV of the rows as sorted on screen, written atomically; false
    // with a message for people in `error`.
    bool exportCsv(const QString& path, QString* error) const;

public slots:
    // Reads the list again as of the date typed.
    void reload();

private:
    void chooseAndExportCsv();
    QList<QStringList> csvRows() const;

    CoopSession* m_session;
    MessageBar* m_message;
    DateLineEdit* m_asOf;
    QLabel* m_total;
    OverdueFamiliesModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QPushButton* m_export;
};

} // namespace coopdesk
