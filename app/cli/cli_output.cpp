#include "cli_output.h"

#include "cli_arguments.h"
#include "io/json_output.h"

#include <cstdio>

namespace coopdesk::cli {

void printLine(const QByteArray& json)
{
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printMessage(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int printError(const CommandError& error, int exitCode)
{
    json::ObjectWriter writer;
    writer.add(QStringLiteral("ok"), false)
        .addRaw(QStringLiteral("error"),
                json::object(error.toJson(), {QStringLiteral("code"), QStringLiteral("field"),
                                              QStringLiteral("message")}));
    printLine(writer.finish());
    printMessage(error.message);
    return exitCode;
}

int usageError(const QString& message)
{
    printMessage(QStringLiteral("coopdesk-cli: ") + message);
    printMessage(usageText());
    return Usage;
}

} // namespace coopdesk::cli
