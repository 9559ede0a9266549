#include "import_formats.h"

#include "amount_parser.h"
#include "domain/command_catalog.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

// The context lupdate files these strings under and the one looked up at
// run time (a free tr() helper would be filed under the namespace).
struct ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(ImportMessages)
};

const QString amountColumn = QStringLiteral("amount");
const QString childrenColumn = QStringLiteral("children");
const QString amountCentsField = QStringLiteral("amount_cents");

CommandError invalid(const QString& column, const QString& message)
{
    return {errors::validation, column, message};
}

// The command with the given cells as fields, empty cells left out.
QJsonObject commandFrom(const QString& name, const QStringList& columns, const CellLookup& cell)
{
    QJsonObject command{{fields::command, name}};
    for (const QString& column : columns) {
        const QString value = cell(column);
        if (!value.isEmpty())
            command.insert(column, value);
    }
    return command;
}

std::optional<CommandError> addAmount(QJsonObject& command, const CellLookup& cell)
{
    const auto parsed = parseAmountCents(cell(amountColumn));
    if (const auto* message = std::get_if<QString>(&parsed))
        return invalid(amountColumn, *message);
    command.insert(amountCentsField, std::get<qint64>(parsed));
    return std::nullopt;
}

// `Name:age;Name:age` → AddChild commands. The age follows the last colon.
std::variant<QList<QJsonObject>, CommandError> childCommands(const QString& familyId,
                                                             const QString& children)
{
    QList<QJsonObject> commands;
    for (const QString& entry : children.split(u';')) {
        if (entry.trimmed().isEmpty())
            continue;
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon < 0)
            return invalid(
                childrenColumn,
                ImportMessages::tr("The child “%1” has no age: write children as Name:age;Name:age")
                    .arg(entry.trimmed()));
        const QString age = entry.mid(colon + 1).trimmed();
        bool digits = !age.isEmpty() && age.size() <= 9;
        for (QChar c : age)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits)
            return invalid(childrenColumn,
                           ImportMessages::tr("The age of the child “%1” must be a whole number "
                                              "of years, not “%2”")
                               .arg(entry.left(colon).trimmed(), age));
        commands.append({{fields::command, QStringLiteral("AddChild")},
                         {fields::familyId, familyId},
                         {QStringLiteral("child_name"), entry.left(colon)},
                         {QStringLiteral("child_age"), age.toInt()}});
    }
    return commands;
}

std::variant<QList<QJsonObject>, CommandError> familyCommands(const CellLookup& cell)
{
    const QString familyId = cell(fields::familyId);
    if (familyId.isEmpty())
        return invalid(fields::familyId,
                       ImportMessages::tr("family_id is required in an import: the charges "
                                          "and payments files refer to families by it"));
    QList<QJsonObject> commands{commandFrom(
        QStringLiteral("EnrollFamily"),
        {fields::familyId, QStringLiteral("family_name"), QStringLiteral("parent_name"),
         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("enrollment_date"),
         QStringLiteral("preferred_contact_channel"), QStringLiteral("assigned_coordinator")},
        cell)};
    auto children = childCommands(familyId, cell(childrenColumn));
    if (const auto* error = std::get_if<CommandError>(&children))
        return *error;
    commands.append(std::get<QList<QJsonObject>>(children));
    return commands;
}

std::variant<QList<QJsonObject>, CommandError> chargeCommands(const CellLookup& cell)
{
    QJsonObject command = commandFrom(
        QStringLiteral("ChargeTuition"),
        {fields::familyId, fields::chargeId, QStringLiteral("month"), QStringLiteral("due_date")},
        cell);
    if (auto error = addAmount(command, cell))
        return *error;
    return QList<QJsonObject>{command};
}

std::variant<QList<QJsonObject>, CommandError> paymentCommands(const CellLookup& cell)
{
    QJsonObject command = commandFrom(QStringLiteral("ReceivePayment"),
                                      {fields::familyId, fields::paymentId, QStringLiteral("date"),
                                       QStringLiteral("payment_method"), fields::transactionId},
                                      cell);
    if (auto error = addAmount(command, cell))
        return *error;
    return QList<QJsonObject>{command};
}

} // namespace

const ImportFormat& importFormat(ImportKind kind)
{
    const auto s = [](const char* latin1) { return QString::fromLatin1(latin1); };
    static const QList<ImportFormat> formats{
        {ImportKind::Families,
         s("families"),
         {s("family_id"), s("family_name"), s("parent_name"), s("email"), s("phone"),
          s("enrollment_date"), s("preferred_contact_channel"), s("assigned_coordinator"),
          s("children")},
         {s("family_id"), s("family_name"), s("enrollment_date")}},
        {ImportKind::Charges,
         s("charges"),
         {s("family_id"), s("charge_id"), s("month"), s("amount"), s("due_date")},
         {s("family_id"), s("month"), s("amount"), s("due_date")}},
        {ImportKind::Payments,
         s("payments"),
         {s("family_id"), s("amount"), s("date"), s("payment_method"), s("transaction_id"),
          s("payment_id")},
         {s("family_id"), s("amount"), s("date"), s("payment_method")}},
    };
    return formats.at(static_cast<qsizetype>(kind));
}

std::optional<ImportKind> importKindFromName(const QString& name)
{
    for (ImportKind kind : {ImportKind::Families, ImportKind::Charges, ImportKind::Payments}) {
        if (importFormat(kind).name == name)
            return kind;
    }
    return std::nullopt;
}

QStringList importKindNames()
{
    return {importFormat(ImportKind::Families).name, importFormat(ImportKind::Charges).name,
            importFormat(ImportKind::Payments).name};
}

std::variant<QList<QJsonObject>, CommandError> importRowCommands(ImportKind kind,
                                                                 const CellLookup& cell)
{
    switch (kind) {
    case ImportKind::Families:
        return familyCommands(cell);
    case ImportKind::Charges:
        return chargeCommands(cell);
    case ImportKind::Payments:
        return paymentCommands(cell);
    }
    return QList<QJsonObject>{};
}

QString importColumnForField(ImportKind kind, const QString& field)
{
    if (field == amountCentsField)
        return amountColumn;
    if (kind == ImportKind::Families &&
        (field == QLatin1String("child_name") || field == QLatin1String("child_age")))
        return childrenColumn;
    return field;
}

} // namespace coopdesk
