#include "form_validation.h"

#include "field_editor.h"
#include "i18n/code_labels.h"
#include "widgets/money_text.h"

#include <QJsonValue>

namespace coopdesk {

namespace {

const FieldRule* findRule(const CommandSpec& spec, const QString& field)
{
    for (const FieldRule& rule : spec.fields) {
        if (rule.name == field)
            return &rule;
    }
    return nullptr;
}

// A value the rule accepts, to look past a field already known to be wrong.
QJsonValue acceptedValue(const FieldRule& rule)
{
    switch (rule.kind) {
    case FieldKind::Id:
    case FieldKind::Text:
    case FieldKind::MultilineText:
        return QString(qMax<qint64>(rule.min, 1), QLatin1Char('x'));
    case FieldKind::Email:
        return QStringLiteral("x@example.org");
    case FieldKind::Date:
        return QStringLiteral("2000-01-01");
    case FieldKind::Month:
        return QStringLiteral("2000-01");
    case FieldKind::Integer:
        return QJsonValue(rule.min);
    case FieldKind::Enum:
        return rule.choices.value(0);
    case FieldKind::Boolean:
        return false;
    case FieldKind::Object:
        return QJsonObject();
    }
    return {};
}

} // namespace

FormProblems findProblems(const QJsonObject& command, QDate today)
{
    FormProblems problems;
    QJsonObject probe = command;
    // One pass per field at most, plus the one that passes.
    for (int pass = 0; pass < 64; ++pass) {
        const auto envelope = readCommandEnvelope(probe);
        if (const auto* error = std::get_if<CommandError>(&envelope)) {
            problems.general = *error;
            return problems;
        }
        const auto validated = validateCommand(std::get<CommandEnvelope>(envelope), today);
        const auto* error = std::get_if<CommandError>(&validated);
        if (!error)
            return problems;
        const CommandSpec* spec = std::get<CommandEnvelope>(envelope).spec;
        const FieldRule* rule = error->field ? findRule(*spec, *error->field) : nullptr;
        if (!rule || problems.byField.contains(rule->name)) {
            if (!error->field)
                problems.general = *error;
            else if (!problems.byField.contains(*error->field))
                problems.byField.insert(*error->field, *error);
            return problems;
        }
        problems.byField.insert(rule->name, *error);
        probe.insert(rule->name, acceptedValue(*rule));
    }
    return problems;
}

QString FieldMessages::describe(CommandType type, const CommandError& error, const QLocale& locale,
                                const QString& currencyCode)
{
    if (!error.field)
        return error.message;
    const QString& field = *error.field;
    const QString label = CodeLabels::fieldLabel(type, field);
    const CommandSpec& spec = commandSpec(type);
    const FieldRule* rule = findRule(spec, field);
    if (rule && isMoneyField(*rule) && error.code == errors::validation) {
        // The same words core uses for a missing field, in any language.
        const QString missing =
            QCoreApplication::translate("CommandErrors", "%1 is required").arg(field);
        if (error.message == missing)
            return label + missing.mid(field.size());
        return tr("%1 must be from %2 to %3")
            .arg(label, money::formatWithCurrency(rule->min, locale, currencyCode),
                 money::formatWithCurrency(rule->max, locale, currencyCode));
    }
    // Core's messages about a field start with its code name (also in the
    // translations, which keep %1 first): show the label instead.
    if (error.message.startsWith(field))
        return label + error.message.mid(field.size());
    return error.message;
}

} // namespace coopdesk
