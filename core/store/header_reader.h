#pragma once

#include <QByteArray>
#include <QString>

// Reading an SQLite file's header (co-op and views files) without dropping
// this process's locks on the file.
//
// Closing any descriptor of a file drops every POSIX lock this process holds
// on it, SQLite's included: with its locks gone, another program closing the
// file believes it is the last one and deletes the write-ahead log, and this
// process's later commits go to a log nobody else reads. So while this
// process has a connection on a file, the descriptor that reads its header
// stays open; it is closed with the last connection (no lock of ours is
// left to drop then), so no descriptor outlives them (SPEC 7).
namespace coopdesk::coopfile {

struct Header
{
    bool opened = false;
    QString openError; // when not opened
    QByteArray bytes;  // the first 100 bytes, or fewer when the file is shorter
    qint64 fileSize = 0;
};

// The header and size of the file at `path`. Safe on any thread.
Header readHeader(const QString& path);

// One connection of this process on the file at `path`, from before it is
// opened until after it is closed (SqliteConnection holds one): the last
// of a file to go closes the file's header descriptor.
class FileInUse
{
public:
    explicit FileInUse(const QString& path);
    FileInUse(const FileInUse&) = delete;
    FileInUse& operator=(const FileInUse&) = delete;
    ~FileInUse();

private:
    QString m_key; // the file as named when it was opened, whatever happens to it since
};

} // namespace coopdesk::coopfile
