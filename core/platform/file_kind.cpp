#include "file_kind.h"

#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace coopdesk::platform {

#ifdef Q_OS_WIN

FileKind fileKind(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Directory;
    return info.isFile() ? FileKind::Regular : FileKind::Other;
}

bool canCreateFilesIn(const QString& folder)
{
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

#else

FileKind fileKind(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return FileKind::Missing;
    if (S_ISREG(status.st_mode))
        return FileKind::Regular;
    if (S_ISDIR(status.st_mode))
        return FileKind::Directory;
    if (S_ISFIFO(status.st_mode))
        return FileKind::Fifo;
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return FileKind::Device;
    if (S_ISSOCK(status.st_mode))
        return FileKind::Socket;
    return FileKind::Other;
}

bool canCreateFilesIn(const QString& folder)
{
    // access() answers EROFS on a read-only file system, even for root.
    return ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
}

#endif

} // namespace coopdesk::platform
