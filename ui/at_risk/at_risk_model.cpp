#include "at_risk_model.h"

#include "charts/chart_style.h"
#include "i18n/code_labels.h"
#include "widgets/json_row.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>

namespace coopdesk {

namespace {

using jsonrow::text;

QVariant optionalInteger(const QJsonObject& row, const char* key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
}

QString factorsText(const QJsonObject& factors)
{
    QStringList parts;
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const QJsonValue value = it.value();
        const QString shown =
            value.isString()   ? value.toString()
            : value.isDouble() ? QLocale().toString(value.toDouble())
            : value.isBool()
                ? (value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗"))
                : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        parts << it.key() + QStringLiteral(": ") + shown;
    }
    return parts.join(QStringLiteral("\n"));
}

} // namespace

AtRiskModel::AtRiskModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("family_id"), parent)
{}

int AtRiskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Priority:
            return tr("Priority");
        case Family:
            return tr("Family");
        case RiskScore:
            return tr("Risk");
        case Tier:
            return tr("Tier");
        case Intervention:
            return tr("Recommended action");
        case DaysToWithdrawal:
            return tr("Est. days left");
        case LastContact:
            return tr("Last contact");
        case DaysSinceContact:
            return tr("Days since");
        case Coordinator:
            return tr("Coordinator");
        case PreferredChannel:
            return tr("Prefers");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Priority:
            return tr("Risk score, plus 10 if the family was never contacted, plus 5 if it owes "
                      "tuition");
        case DaysToWithdrawal:
            return tr("Days until the family might withdraw: a rule of thumb, not a prediction: "
                      "(100 − risk score) × 3 days, at least 7 days");
        case PreferredChannel:
            return tr("The family's preferred contact channel");
        case DaysSinceContact:
            return tr("Days since the last recorded contact, as of today");
        default:
            break;
        }
    }
    return {};
}

QVariant AtRiskModel::cellData(const QJsonObject& row, int column, int role) const
{
    const QLocale locale;
    if (role == ValueRole) {
        switch (column) {
        case Priority:
            return row.value(QStringLiteral("intervention_priority")).toInteger();
        case Family:
            return text(row, "family_name");
        case RiskScore:
            return row.value(QStringLiteral("risk_score")).toInteger();
        case Tier:
            return text(row, "risk_tier");
        case Intervention:
            return text(row, "recommended_intervention");
        case DaysToWithdrawal:
            return row.value(QStringLiteral("days_until_predicted_withdrawal")).toInteger();
        case LastContact:
            return text(row, "last_contact_date");
        case DaysSinceContact:
            return optionalInteger(row, "days_since_contact");
        case Coordinator:
            return text(row, "assigned_coordinator");
        case PreferredChannel:
            return text(row, "preferred_contact_channel");
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Priority:
        case RiskScore:
        case DaysToWithdrawal:
            return locale.toString(cellData(row, column, ValueRole).toLongLong());
        case Tier:
            return CodeLabels::riskTier(text(row, "risk_tier"));
        case Intervention:
            return CodeLabels::intervention(text(row, "recommended_intervention"));
        case LastContact: {
            const QDate date = QDate::fromString(text(row, "last_contact_date"), Qt::ISODate);
            if (!date.isValid())
                return tr("Never");
            return locale.toString(date, QLocale::ShortFormat);
        }
        case DaysSinceContact: {
            const QVariant days = optionalInteger(row, "days_since_contact");
            return days.isValid() ? locale.toString(days.toLongLong()) : QStringLiteral("—");
        }
        case PreferredChannel:
            return CodeLabels::contactChannel(text(row, "preferred_contact_channel"));
        case Coordinator: {
            const QString coordinator = text(row, "assigned_coordinator");
            return coordinator.isEmpty() ? tr("Unassigned") : coordinator;
        }
        default:
            return cellData(row, column, ValueRole);
        }
    }
    if (role == Qt::DecorationRole && (column == Tier || column == RiskScore))
        return charts::tierColor(text(row, "risk_tier"));
    if (role == Qt::ToolTipRole) {
        if (column == Intervention)
            return CodeLabels::interventionAdvice(text(row, "recommended_intervention"));
        if (column == LastContact) {
            const QDate date = QDate::fromString(text(row, "last_contact_date"), Qt::ISODate);
            const QString method = text(row, "last_contact_method");
            if (date.isValid() && !method.isEmpty())
                return tr("%1 by %2")
                    .arg(locale.toString(date, QLocale::LongFormat),
                         CodeLabels::contactChannel(method));
        }
        if (column == RiskScore)
            return tr("%1 risk").arg(CodeLabels::riskTier(text(row, "risk_tier")));
        if (column == Family) {
            const QString factors =
                factorsText(row.value(QStringLiteral("risk_factors")).toObject());
            return factors.isEmpty() ? text(row, "family_id")
                                     : text(row, "family_id") + QLatin1Char('\n') + factors;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Priority:
        case RiskScore:
        case DaysToWithdrawal:
        case DaysSinceContact:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

} // namespace coopdesk
