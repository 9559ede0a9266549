#include "header_reader.h"

#include "platform/platform_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace coopdesk::coopfile {

namespace {

// What this process holds of one file.
struct FileEntry
{
    int connections = 0;
    std::unique_ptr<QFile> header; // the descriptor reading its header
    // Descriptors of files that were at the path before (replaced under
    // us): a connection may still be on them, so they close with the last.
    std::vector<std::unique_ptr<QFile>> replaced;
};

struct OpenFiles
{
    std::mutex mutex;
    std::map<QString, FileEntry> byKey; // guarded by `mutex`
};

// Never destroyed: a connection may close while the process exits.
OpenFiles& openFiles()
{
    static auto* files = new OpenFiles;
    return *files;
}

// One name per file however it is spelled (relative, through a symbolic
// link), so a connection and a header read of one file always meet.
QString fileKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath(
        QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName()));
}

} // namespace

Header readHeader(const QString& path)
{
    const QString key = fileKey(path);
    // Threads opening one file share its QFile: seek and read under the
    // lock too, or a read starts where another thread's ended.
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    FileEntry& entry = files.byKey[key];
    if (entry.header && entry.header->isOpen() &&
        !platform::isSameFile(path, entry.header->handle()))
        entry.replaced.push_back(std::move(entry.header));
    if (!entry.header)
        entry.header = std::make_unique<QFile>(path);
    Header read;
    if (entry.header->isOpen() || entry.header->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        entry.header->seek(0);
        read = {true, {}, entry.header->read(100), entry.header->size()};
    } else {
        read = {false, entry.header->errorString(), {}, 0};
    }
    // No connection of ours on it: no lock of ours to drop by closing.
    if (entry.connections == 0)
        files.byKey.erase(key);
    return read;
}

FileInUse::FileInUse(const QString& path)
    : m_key(fileKey(path))
{
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    ++files.byKey[m_key].connections;
}

FileInUse::~FileInUse()
{
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    const auto found = files.byKey.find(m_key);
    if (found != files.byKey.end() && --found->second.connections <= 0)
        files.byKey.erase(found); // the last connection is closed: so is its header descriptor
}

} // namespace coopdesk::coopfile
