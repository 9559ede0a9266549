#include "key_value_editor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk {

namespace {

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

KeyValueEditor::KeyValueEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add factor"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Factor"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("A value such as 0.8 or true is stored as a number or a yes/no; "
                           "anything else as text."));
    m_table->setMinimumHeight(110);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueEditor::changed);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyValueEditor::removeSelectedRows);
    addRow();
}

void KeyValueEditor::addRow(const QString& key, const QString& value)
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    blocker.unblock();
    emit changed();
}

int KeyValueEditor::rowCount() const
{
    return m_table->rowCount();
}

void KeyValueEditor::setObject(const QJsonObject& object)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        addRow(it.key(), textOf(it.value()));
    if (object.isEmpty())
        addRow();
}

void KeyValueEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    emit changed();
}

QJsonValue KeyValueEditor::valueFromText(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1) {
        const QJsonValue value = document.array().at(0);
        if (!value.isArray() && !value.isObject() && !value.isNull())
            return value;
    }
    return text;
}

KeyValueEditor::Result KeyValueEditor::result() const
{
    Result result;
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = cellText(m_table, row, 0);
        const QString value = cellText(m_table, row, 1);
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty())
            return {{}, tr("Every factor needs a name (row %1)").arg(row + 1)};
        if (seen.contains(key))
            return {{}, tr("The factor “%1” appears twice").arg(key)};
        seen.insert(key);
        result.object.insert(key, valueFromText(value));
    }
    return result;
}

} // namespace coopdesk
