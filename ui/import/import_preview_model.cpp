#include "import_preview_model.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace coopdesk {

namespace {

// Column names are compared the way the import finds them: trimmed, any case.
QString columnKey(const QString& name)
{
    return name.trimmed().toLower();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPreview(const QStringList& header, const QList<ImportRow>& rows,
                                    const QStringList& unknownColumns)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    QStringList unknownKeys;
    for (const QString& column : unknownColumns)
        unknownKeys << columnKey(column);
    m_unknown.clear();
    for (const QString& column : header)
        m_unknown << unknownKeys.contains(columnKey(column));
    m_problems.clear();
    endResetModel();
}

void ImportPreviewModel::setRowErrors(const QList<ImportError>& errors)
{
    m_problems.clear();
    for (const ImportError& error : errors)
        m_problems.insert(error.line, error.error.message);
    if (m_rows.isEmpty())
        return;
    if (columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void ImportPreviewModel::clear()
{
    setPreview({}, {}, {});
}

qint64 ImportPreviewModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).line : 0;
}

bool ImportPreviewModel::isUnknownColumn(int column) const
{
    return m_unknown.value(column, false);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow& row = m_rows.at(index.row());
    const auto problem = m_problems.constFind(row.line);
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole:
        if (problem != m_problems.constEnd())
            return tr("Line %1: %2").arg(QLocale().toString(row.line), problem.value());
        return {};
    case Qt::BackgroundRole:
        if (problem != m_problems.constEnd())
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::ForegroundRole:
        if (problem != m_problems.constEnd())
            return QBrush(QColor(0x5f, 0x0b, 0x06));
        if (isUnknownColumn(index.column()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const qint64 line = m_rows.at(section).line;
        if (role == Qt::DisplayRole)
            return QLocale().toString(line);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(QLocale().toString(line));
        if (role == Qt::DecorationRole && m_problems.contains(line)) {
            const QStyle* style = QApplication::style();
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    }
    if (section < 0 || section >= m_header.size())
        return {};
    const bool unknown = isUnknownColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return m_header.at(section);
    case Qt::ToolTipRole:
        return unknown ? tr("Not a column of this kind of file: it will be ignored") : QVariant();
    case Qt::DecorationRole:
        if (unknown)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (unknown) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace coopdesk
