#pragma once

#include <QString>

// The few questions about files and users that only the operating system
// can answer, with a POSIX and a Windows branch, so that no other file
// includes <unistd.h>, <fcntl.h> or <pwd.h> (packaging/README.md builds for
// Windows too).
namespace coopdesk::platform {

// Whether this process may write the file: its mode allows writing and the
// system grants this user write access. False when it does not exist.
bool isWritableFile(const QString& path);

// Whether `path` still names the file open as `descriptor` (QFile::handle()),
// and not another file put in its place.
bool isSameFile(const QString& path, int descriptor);

// Creates a new, empty file that only its owner may read and write (0600 on
// POSIX; on Windows the folder's permissions apply); never replaces one.
enum class CreateOutcome { Created, AlreadyExists, Failed };
struct CreatedFile
{
    CreateOutcome outcome = CreateOutcome::Failed;
    QString error; // the system's words, when Failed
};
CreatedFile createOwnerOnlyFile(const QString& path);

// The login name of the user running this process: the environment first
// (USER, LOGNAME; USERNAME on Windows), then the system's account database.
// Empty when none is known.
QString systemUserName();

// What kind of thing a path names, and whether files can be made in a
// folder, asked of the operating system without opening anything: opening
// a named pipe (FIFO) for reading blocks until someone writes to it.
enum class FileKind { Missing, Regular, Directory, Fifo, Device, Socket, Other };

// Follows symbolic links, as opening the path would.
FileKind fileKind(const QString& path);

// False on read-only media (a read-only file system or share) and in a
// folder this process may not write to.
bool canCreateFilesIn(const QString& folder);

} // namespace coopdesk::platform
