#include "import_errors_model.h"

#include "i18n/code_labels.h"

#include <QLocale>

namespace coopdesk {

ImportErrorsModel::ImportErrorsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportErrorsModel::setErrors(const QList<ImportError>& errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportError& error = m_errors.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return error.line > 0 ? QLocale().toString(error.line) : QString();
        case FieldColumn:
            return error.error.field.value_or(QString());
        case MessageColumn:
            return error.error.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString what = CodeLabels::errorCode(error.error.code);
        return error.line > 0 ? tr("Line %1 — %2: %3")
                                    .arg(QLocale().toString(error.line), what, error.error.message)
                              : tr("%1: %2").arg(what, error.error.message);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == LineColumn)
        return error.line;
    return {};
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace coopdesk
