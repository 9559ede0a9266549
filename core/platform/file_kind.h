#pragma once

#include <QString>

// What kind of thing a path names, and whether files can be made in a
// folder, asked of the operating system without opening anything: opening
// a named pipe (FIFO) for reading blocks until someone writes to it.
namespace coopdesk::platform {

enum class FileKind { Missing, Regular, Directory, Fifo, Device, Socket, Other };

// Follows symbolic links, as opening the path would.
FileKind fileKind(const QString& path);

// False on read-only media (a read-only file system or share) and in a
// folder this process may not write to.
bool canCreateFilesIn(const QString& folder);

} // namespace coopdesk::platform
