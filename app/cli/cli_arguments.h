#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace coopdesk::cli {

// The command line, split into the subcommand, its words and its options.
// Options may come before or after the subcommand: `--db F exec x.jsonl`
// and `exec x.jsonl --db F` mean the same.
struct Arguments
{
    QString subcommand;
    QStringList words;               // after the subcommand
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --name

    QString option(const QString& name, const QString& fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool has(const QString& name) const { return flags.contains(name) || options.contains(name); }
};

// Parses argv (without the program name). On a usage error returns
// std::nullopt and sets `error`.
std::optional<Arguments> parseArguments(const QStringList& argv, QString& error);

QString usageText();

} // namespace coopdesk::cli
