#include "cash_receipts_model.h"

#include "charts/month_rows.h"
#include "domain/command_catalog.h"
#include "i18n/code_labels.h"
#include "widgets/json_row.h"
#include "widgets/money_text.h"

#include <QDate>
#include <QLocale>

namespace coopdesk {

namespace {

using jsonrow::integer;

const QString monthKey = QStringLiteral("month");

QJsonObject methodsOf(const QJsonObject& row)
{
    return row.value(QStringLiteral("payment_method_breakdown")).toObject();
}

} // namespace

CashReceiptsModel::CashReceiptsModel(QObject* parent)
    : KeyedRowModel(monthKey, parent)
{}

void CashReceiptsModel::setReceipts(const QList<QJsonObject>& rows, const QString& fillFrom,
                                    const QString& fillTo)
{
    const QJsonObject noPayments{{QStringLiteral("payments_count"), 0},
                                 {QStringLiteral("families_paying"), 0},
                                 {QStringLiteral("received_cents"), 0},
                                 {QStringLiteral("payment_method_breakdown"), QJsonObject()}};
    setRows(monthrows::filled(rows, fillFrom, fillTo, noPayments));
}

CashReceiptsModel::Totals CashReceiptsModel::totals() const
{
    Totals sum;
    for (const QJsonObject& row : rows()) {
        sum.payments += integer(row, "payments_count");
        sum.receivedCents += integer(row, "received_cents");
    }
    return sum;
}

QString CashReceiptsModel::methodsText(const QJsonObject& row)
{
    const QJsonObject methods = methodsOf(row);
    QStringList known = paymentMethods();
    // A method this version does not know yet goes last, by its code.
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        if (!known.contains(it.key()))
            known << it.key();
    }
    const QLocale locale;
    QStringList parts;
    for (const QString& method : std::as_const(known)) {
        const qint64 cents = methods.value(method).toInteger();
        if (cents > 0)
            parts << tr("%1: %2").arg(CodeLabels::paymentMethod(method),
                                      money::formatCents(cents, locale));
    }
    return parts.join(tr(", ", "between the payment methods of a month"));
}

int CashReceiptsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CashReceiptsModel::columnTitle(int column)
{
    switch (column) {
    case Month:
        return tr("Month");
    case Payments:
        return tr("Payments");
    case FamiliesPaying:
        return tr("Families paying");
    case Received:
        return tr("Received");
    case Methods:
        return tr("Methods");
    default:
        return {};
    }
}

QVariant CashReceiptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Month:
            return tr("The month of the payment's date");
        case Payments:
            return tr("Payments dated in the month (voided payments are not counted)");
        case FamiliesPaying:
            return tr("Families with a payment dated in the month");
        case Received:
            return tr("Every payment dated in the month, whatever month's tuition it pays, "
                      "credit on account included: what the bank deposits show");
        default:
            break;
        }
    }
    return {};
}

QVariant CashReceiptsModel::cellData(const QJsonObject& row, int column, int role) const
{
    const qint64 cents = integer(row, "received_cents");
    if (role == ValueRole) {
        switch (column) {
        case Month:
            return row.value(monthKey).toString();
        case Payments:
            return integer(row, "payments_count");
        case FamiliesPaying:
            return integer(row, "families_paying");
        case Received:
            return static_cast<double>(cents) / 100.0;
        case Methods:
            return methodsText(row);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case Month: {
            const QDate start = QDate::fromString(
                row.value(monthKey).toString() + QStringLiteral("-01"), Qt::ISODate);
            return start.isValid() ? locale.toString(start, QStringLiteral("MMM yyyy"))
                                   : row.value(monthKey).toString();
        }
        case Payments:
        case FamiliesPaying:
            return locale.toString(cellData(row, column, ValueRole).toLongLong());
        case Received:
            return money::formatCents(cents, locale);
        case Methods:
            return methodsText(row);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Month || column == Methods ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
