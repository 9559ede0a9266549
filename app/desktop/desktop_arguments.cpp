#include "desktop_arguments.h"

#include "app_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace coopdesk::desktop {

namespace {

// Translation context of the command line's help.
struct DesktopArguments
{
    Q_DECLARE_TR_FUNCTIONS(DesktopArguments)
};

} // namespace

bool wantsVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
        if (std::strcmp(argv[i], "--") == 0)
            return false;
    }
    return false;
}

bool wantsHelp(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
        if (std::strcmp(argv[i], "--") == 0)
            return false;
    }
    return false;
}

QString versionLine()
{
    return QStringLiteral("coopdesk ") + QString::fromLatin1(appVersion);
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

DesktopOptions parseDesktopArguments(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DesktopArguments::tr("CoopDesk: families, payments and engagement for homeschool co-ops."));
    parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     DesktopArguments::tr("Print the version and quit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  DesktopArguments::tr("Open the demo co-op."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        DesktopArguments::tr("Language of the window: en, es or system (default: Preferences)."),
        DesktopArguments::tr("CODE"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        DesktopArguments::tr("The screen to show first: families, dashboard, at-risk, "
                             "payments, activity, projections or overview."),
        DesktopArguments::tr("NAME"));
    const QCommandLineOption family(QStringLiteral("family"),
                                    DesktopArguments::tr("Show the details of the family ID."),
                                    DesktopArguments::tr("ID"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        DesktopArguments::tr("Save a picture of the window to FILE (PNG), once the screen shows "
                             "the co-op's data, and quit."),
        DesktopArguments::tr("FILE"));
    parser.addOptions({version, demo, lang, screen, family, screenshot});
    parser.addPositionalArgument(
        DesktopArguments::tr("CO-OP"),
        DesktopArguments::tr("The co-op to open: a file (NAME.coop), or a shared co-op's "
                             "server (postgresql://…, service=NAME, \"host=… dbname=…\")."),
        DesktopArguments::tr("[CO-OP]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fputs(qPrintable(DesktopArguments::tr("coopdesk: give at most one co-op\n")), stderr);
        std::exit(2);
    }
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("es") &&
        language != QLatin1String("system")) {
        std::fputs(qPrintable(DesktopArguments::tr("coopdesk: unknown language “%1” (en, es or "
                                                   "system)\n")
                                  .arg(language)),
                   stderr);
        std::exit(2);
    }
    DesktopOptions options;
    options.file = positional.value(0);
    options.demo = parser.isSet(demo);
    options.language = language;
    options.screen = parser.value(screen);
    options.family = parser.value(family);
    options.screenshot = parser.value(screenshot);
    return options;
}

} // namespace coopdesk::desktop
