#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace coopdesk {

// Why a command was rejected: a code from SPEC section 2, the offending
// field where there is one, and a message for people (translated).
struct CommandError
{
    QString code;
    std::optional<QString> field;
    QString message;

    QJsonObject toJson() const;
    bool operator==(const CommandError&) const = default;
};

namespace errors {
inline const QString validation = QStringLiteral("validation");
inline const QString notFound = QStringLiteral("not_found");
inline const QString alreadyExists = QStringLiteral("already_exists");
inline const QString withdrawn = QStringLiteral("withdrawn");
inline const QString duplicate = QStringLiteral("duplicate");
inline const QString conflict = QStringLiteral("conflict");
inline const QString storage = QStringLiteral("storage");
} // namespace errors

} // namespace coopdesk
