#include "storage_advice.h"

#include <QCoreApplication>

namespace coopdesk {

namespace {

// One translation context for every place that shows the advice.
struct StorageAdvice
{
    Q_DECLARE_TR_FUNCTIONS(StorageAdvice)
};

} // namespace

QString storageAdvice(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::NotCoopFile:
        return StorageAdvice::tr("Choose a co-op file made by CoopDesk (NAME.coop).");
    case StorageError::Kind::NewerSchema:
        return StorageAdvice::tr("Install a newer version of CoopDesk to open this file.");
    case StorageError::Kind::Corrupt:
        // True of an import too: it writes in one transaction, or nothing.
        return StorageAdvice::tr("The file is damaged. Restore it from a backup; CoopDesk has not "
                                 "changed it.");
    case StorageError::Kind::Locked:
        return StorageAdvice::tr("Another program is using the co-op file. Try again in a moment.");
    case StorageError::Kind::ReadOnly:
        return StorageAdvice::tr("The co-op file cannot be written (see its permissions).");
    case StorageError::Kind::DiskFull:
        return StorageAdvice::tr("The disk is full. Free some space and try again.");
    case StorageError::Kind::Io:
        return StorageAdvice::tr(
            "Check that the co-op file exists and that you may read and write it.");
    case StorageError::Kind::Unreachable: // only a server's (serverStorageAdvice)
    case StorageError::Kind::Other:
        break;
    }
    return StorageAdvice::tr("Check that no other program is using the co-op file and that the "
                             "disk has free space, then try again.");
}

QString serverStorageAdvice(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::Io:
        return StorageAdvice::tr("Check the server's name and port, the database and the user, "
                                 "and that this computer can reach the server.");
    case StorageError::Kind::NotCoopFile:
        return StorageAdvice::tr("Check the database's name: it must hold a co-op made with "
                                 "coopdesk-cli init.");
    case StorageError::Kind::NewerSchema:
        return StorageAdvice::tr("Install a newer version of CoopDesk to open this co-op.");
    case StorageError::Kind::Locked:
        return StorageAdvice::tr("The server is busy. Try again in a moment.");
    case StorageError::Kind::ReadOnly:
        return StorageAdvice::tr("Ask the server's administrator for a sign-in that may record.");
    case StorageError::Kind::Unreachable:
        return StorageAdvice::tr("Check the network and that the co-op's server is running. "
                                 "CoopDesk reconnects by itself; what you typed is kept.");
    case StorageError::Kind::DiskFull:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::Other:
        break;
    }
    return StorageAdvice::tr("Ask the server's administrator about the message above.");
}

QString withAdvice(const QString& message, const QString& advice)
{
    return advice.isEmpty() ? message : message + QStringLiteral("\n\n") + advice;
}

} // namespace coopdesk
