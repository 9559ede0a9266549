// coopdesk-cli: the command-line tool (SPEC 8). Parsing and wiring only.

#include "cli_arguments.h"
#include "cli_commands.h"
#include "cli_output.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coopdesk-cli"));

    QString error;
    const auto arguments = coopdesk::cli::parseArguments(application.arguments().mid(1), error);
    if (!arguments)
        return coopdesk::cli::usageError(error);
    return coopdesk::cli::run(*arguments);
}
