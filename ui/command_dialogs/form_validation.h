#pragma once

#include "domain/command.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace coopdesk {

// What is wrong with a command being typed, field by field, under exactly
// the rules the store applies (core's validateCommand).
struct FormProblems
{
    QHash<QString, CommandError> byField; // each field's first problem
    std::optional<CommandError> general;  // a problem that names no field

    bool isValid() const { return byField.isEmpty() && !general; }
};

// validateCommand reports the first failure only; to know every field's,
// a failing field is replaced by a value its rule accepts and the command
// checked again, until it passes. `today` is the desk's (CommandBus::today).
FormProblems findProblems(const QJsonObject& command, QDate today);

// Messages for people about a field: core's message with the field's code
// name replaced by its label, and amounts in money rather than cents.
class FieldMessages
{
    Q_DECLARE_TR_FUNCTIONS(FieldMessages)

public:
    static QString describe(CommandType type, const CommandError& error, const QLocale& locale,
                            const QString& currencyCode);
};

} // namespace coopdesk
