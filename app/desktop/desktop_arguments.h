#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace coopdesk::desktop {

// What `coopdesk [CO-OP] [--demo] [--lang CODE] [--screen NAME] [--family ID]
// [--screenshot FILE] [--version]` asked for.
struct DesktopOptions
{
    QString file;       // a co-op to open: a file path or a server location
    bool demo = false;  // open the demo co-op
    QString language;   // "en", "es", "system"; empty: the Preferences' choice
    QString screen;     // the screen to show first
    QString family;     // a family whose details to show first
    QString screenshot; // save a picture of the window there, then quit
};

// True when the arguments ask for the version: answered before any window
// system is needed.
bool wantsVersion(int argc, char** argv);
QString versionLine(); // "coopdesk 0.1.0"

// True when the arguments ask for the help (-h, --help, -?, --help-all):
// printed with a core application, before any window system is needed.
bool wantsHelp(int argc, char** argv);

// The --lang value, read before translations are installed (so that the
// help text itself can be translated).
QString languageArgument(const QStringList& arguments);

// Parses the command line; prints help or a usage error and exits for
// --help and bad arguments, as QCommandLineParser does.
DesktopOptions parseDesktopArguments(const QCoreApplication& app);

} // namespace coopdesk::desktop
