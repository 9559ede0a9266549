#include "platform_files.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace coopdesk::platform {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString firstSetVariable(std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString value = qEnvironmentVariable(name);
        if (!value.trimmed().isEmpty())
            return value;
    }
    return {};
}

} // namespace

#ifdef Q_OS_WIN

bool isWritableFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isWritable() &&
           ::_waccess(reinterpret_cast<const wchar_t*>(path.utf16()), 2) == 0;
}

bool isSameFile(const QString& path, int descriptor)
{
    const auto held = reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor));
    const HANDLE named = ::CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), 0,
                                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                       nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (held == INVALID_HANDLE_VALUE || named == INVALID_HANDLE_VALUE) {
        if (named != INVALID_HANDLE_VALUE)
            ::CloseHandle(named);
        return false;
    }
    BY_HANDLE_FILE_INFORMATION a{};
    BY_HANDLE_FILE_INFORMATION b{};
    const bool read =
        ::GetFileInformationByHandle(held, &a) && ::GetFileInformationByHandle(named, &b);
    ::CloseHandle(named);
    return read && a.dwVolumeSerialNumber == b.dwVolumeSerialNumber &&
           a.nFileIndexHigh == b.nFileIndexHigh && a.nFileIndexLow == b.nFileIndexLow;
}

CreatedFile createOwnerOnlyFile(const QString& path)
{
    int descriptor = -1;
    const errno_t error =
        ::_wsopen_s(&descriptor, reinterpret_cast<const wchar_t*>(path.utf16()),
                    _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _SH_DENYNO, _S_IREAD | _S_IWRITE);
    if (error != 0)
        return {error == EEXIST ? CreateOutcome::AlreadyExists : CreateOutcome::Failed,
                systemError(error)};
    ::_close(descriptor);
    return {CreateOutcome::Created, {}};
}

QString systemUserName()
{
    return firstSetVariable({"USERNAME", "USER"});
}

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

bool isWritableFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(name.constData(), &status) != 0)
        return false;
    const bool modeAllows = (status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
    return modeAllows && ::access(name.constData(), W_OK) == 0;
}

bool isSameFile(const QString& path, int descriptor)
{
    struct stat named
    {
    };
    struct stat held
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &named) == 0 &&
           ::fstat(descriptor, &held) == 0 && named.st_dev == held.st_dev &&
           named.st_ino == held.st_ino;
}

CreatedFile createOwnerOnlyFile(const QString& path)
{
    // O_EXCL: never overwrite; 0600: the owner alone may read the file.
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor < 0) {
        const int error = errno;
        return {error == EEXIST ? CreateOutcome::AlreadyExists : CreateOutcome::Failed,
                systemError(error)};
    }
    ::close(descriptor);
    return {CreateOutcome::Created, {}};
}

QString systemUserName()
{
    const QString fromEnvironment = firstSetVariable({"USER", "LOGNAME"});
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const passwd* entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return {};
}

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
