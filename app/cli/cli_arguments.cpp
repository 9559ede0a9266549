#include "cli_arguments.h"

#include "domain/text_rules.h"

#include <QCoreApplication>

namespace coopdesk::cli {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QSet<QString>& valueOptions()
{
    static const QSet<QString> names{
        QStringLiteral("db"),       QStringLiteral("user"),     QStringLiteral("from"),
        QStringLiteral("to"),       QStringLiteral("as-of"),    QStringLiteral("status"),
        QStringLiteral("tier"),     QStringLiteral("limit"),    QStringLiteral("min"),
        QStringLiteral("kind"),     QStringLiteral("families"), QStringLiteral("months"),
        QStringLiteral("seed"),     QStringLiteral("offset"),   QStringLiteral("sort"),
        QStringLiteral("month"),    QStringLiteral("due"),      QStringLiteral("amount"),
        QStringLiteral("per-child")};
    return names;
}

const QSet<QString>& flagOptions()
{
    static const QSet<QString> names{QStringLiteral("wait"), QStringLiteral("dry-run"),
                                     QStringLiteral("fast"), QStringLiteral("version"),
                                     QStringLiteral("help"), QStringLiteral("last-amount")};
    return names;
}

} // namespace

std::optional<Arguments> parseArguments(const QStringList& argv, QString& error)
{
    Arguments arguments;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString& word = argv.at(i);
        if (word.startsWith(QLatin1String("--")) && word.size() > 2) {
            QString name = word.mid(2);
            QString value;
            const qsizetype equals = name.indexOf(u'=');
            const bool inlineValue = equals >= 0;
            if (inlineValue) {
                value = name.mid(equals + 1);
                name = name.left(equals);
            }
            if (flagOptions().contains(name) && !inlineValue) {
                arguments.flags.insert(name);
            } else if (valueOptions().contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= argv.size()) {
                        error = QCoreApplication::translate("Cli", "--%1 needs a value").arg(name);
                        return std::nullopt;
                    }
                    value = argv.at(++i);
                }
                arguments.options.insert(name, value);
            } else {
                error = QCoreApplication::translate("Cli", "unknown option %1").arg(word);
                return std::nullopt;
            }
        } else if (word == QLatin1String("-h")) {
            arguments.flags.insert(QStringLiteral("help"));
        } else if (arguments.subcommand.isEmpty()) {
            arguments.subcommand = word;
        } else {
            arguments.words.append(word);
        }
    }
    const auto user = arguments.options.constFind(QStringLiteral("user"));
    if (user != arguments.options.constEnd()) {
        const std::optional<QString> name = text::validUserName(user.value());
        if (!name) {
            error = QCoreApplication::translate(
                "Cli", "--user needs a name of 1 to 100 characters without control characters");
            return std::nullopt;
        }
        arguments.options.insert(QStringLiteral("user"), *name);
    }
    return arguments;
}

QString usageText()
{
    return QCoreApplication::translate(
        "Cli", "Usage: coopdesk-cli [--db LOCATION] [--user NAME] [--fast] COMMAND ...\n"
               "\n"
               "Commands:\n"
               "  init                                create an empty co-op, file or server\n"
               "  exec [FILE|-] [--wait]              run commands, one JSON object a line\n"
               "  query family ID                     one family\n"
               "  query families [--status S] [--tier T] [--limit N] [--offset N]\n"
               "  query at-risk [--min N] [--as-of DATE]\n"
               "  query tiers\n"
               "  query payments [--from YYYY-MM] [--to YYYY-MM] [--as-of DATE]\n"
               "  query receipts [--from YYYY-MM] [--to YYYY-MM]\n"
               "  query overdue [--as-of DATE]        families with charges overdue\n"
               "  query search TERM\n"
               "  query history ID                    a family's audit trail\n"
               "  replay ID                           a family folded from its events alone\n"
               "  status                              projection status\n"
               "  rebuild [NAME]                      rebuild read models (progress on stderr)\n"
               "  verify                              audit trail and read models\n"
               "  import-csv FILE --kind families|charges|payments [--dry-run]\n"
               "  charge-all --month YYYY-MM --due DATE (--amount CENTS | --per-child CENTS |\n"
               "             --last-amount) [--dry-run]  tuition for every enrolled family\n"
               "  export-events [--from POS]          every event as JSON lines\n"
               "  backup FILE                         a verified copy of the co-op, as a file\n"
               "  copy --from LOCATION --to LOCATION  every event into an empty co-op (file or\n"
               "                                      server), verified\n"
               "  seed-demo --families N [--months M] [--seed S]\n"
               "\n"
               "Options:\n"
               "  --db LOCATION the co-op: a file, or a server as postgresql://USER@HOST/DB\n"
               "                or service=NAME (default: $COOPDESK_DB)\n"
               "  --user NAME   who is recorded in event metadata (default: the system user)\n"
               "  --fast        synchronous=NORMAL: faster, a power cut may lose the last commits\n"
               "  --version     print the version\n"
               "\n"
               "Exit codes: 0 ok, 1 a command was rejected or a check failed, 2 usage,\n"
               "3 storage error (not a co-op file, corrupt, locked, read-only).\n");
}

} // namespace coopdesk::cli
