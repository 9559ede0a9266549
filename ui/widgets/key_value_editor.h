#pragma once

#include <QJsonObject>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace coopdesk {

// Edits a flat JSON object as rows of name and value (engagement and risk
// factors). A value reads as JSON when it is a JSON scalar (0.8, true,
// "text"), otherwise as text. Empty rows are ignored.
class KeyValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KeyValueEditor(QWidget* parent = nullptr);

    struct Result
    {
        QJsonObject object;
        QString error; // empty when the rows make a valid object
    };
    Result result() const;

    void setObject(const QJsonObject& object);
    void addRow(const QString& key = {}, const QString& value = {});
    int rowCount() const;
    QTableWidget* table() const { return m_table; }

    // The JSON value a typed value stands for.
    static QJsonValue valueFromText(const QString& text);

signals:
    void changed();

private:
    void removeSelectedRows();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace coopdesk
