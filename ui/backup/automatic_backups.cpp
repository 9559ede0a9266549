#include "automatic_backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace coopdesk {

namespace {

// "NAME 2026-12-02.coop": the names sort by date.
QString backupName(const QString& coopPath, QDate day)
{
    return QStringLiteral("%1 %2.coop")
        .arg(QFileInfo(coopPath).completeBaseName(), day.toString(Qt::ISODate));
}

} // namespace

AutomaticBackups::AutomaticBackups(const QString& folder, int keep)
    : m_folder(folder)
    , m_keep(std::clamp(keep, 1, maxKeep))
{}

void AutomaticBackups::setKeep(int keep)
{
    m_keep = std::clamp(keep, 1, maxKeep);
}

QString AutomaticBackups::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString AutomaticBackups::folderFor(const QString& coopPath, const QString& storeId) const
{
    return QDir(m_folder).filePath(
        QStringLiteral("%1 %2").arg(QFileInfo(coopPath).completeBaseName(), storeId.left(8)));
}

QStringList AutomaticBackups::backupsOf(const QString& coopPath, const QString& storeId) const
{
    const QDir dir(folderFor(coopPath, storeId));
    const QRegularExpression dated(
        QStringLiteral("^%1 \\d{4}-\\d{2}-\\d{2}\\.coop$")
            .arg(QRegularExpression::escape(QFileInfo(coopPath).completeBaseName())));
    QStringList backups;
    const QStringList names = dir.entryList({QStringLiteral("*.coop")}, QDir::Files, QDir::Name);
    for (auto name = names.crbegin(); name != names.crend(); ++name) {
        if (dated.match(*name).hasMatch())
            backups.append(dir.filePath(*name));
    }
    return backups;
}

QDate AutomaticBackups::dayOf(const QString& backupPath)
{
    return QDate::fromString(QFileInfo(backupPath).completeBaseName().right(10), Qt::ISODate);
}

QString AutomaticBackups::takeIfDue(EventStore& store, const QString& coopPath, QDate today)
{
    const QString storeId = store.storeId();
    const QString folder = folderFor(coopPath, storeId);
    const QString target = QDir(folder).filePath(backupName(coopPath, today));
    QString written;
    if (!QFileInfo::exists(target)) {
        QDir().mkpath(folder);
        store.backupTo(target);
        written = target;
    }
    const QStringList backups = backupsOf(coopPath, storeId);
    for (qsizetype i = m_keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    return written;
}

} // namespace coopdesk
