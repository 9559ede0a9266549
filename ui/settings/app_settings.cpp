#include "app_settings.h"

#include "backup/automatic_backups.h"
#include "platform/platform_files.h"
#include "store/store_location.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace coopdesk {

namespace {

const QString userKey = QStringLiteral("preferences/user_name");
const QString languageKey = QStringLiteral("preferences/language");
const QString currencyKey = QStringLiteral("preferences/currency");
const QString backupsKey = QStringLiteral("preferences/backups_to_keep");
const QString recentKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

// A file's absolute path, or a server location without its password
// (a password never reaches the settings).
QString normalizedPath(const QString& path)
{
    const StoreLocation location = StoreLocation::fromText(path);
    if (location.isServer())
        return location.toString();
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// One group per co-op file, named by a hash of its path (a path holds the
// slashes QSettings takes for groups).
QString coopNameKey(const QString& coopPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(normalizedPath(coopPath).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("coops/") + QString::fromLatin1(hash.toHex()) + QStringLiteral("/name");
}

} // namespace

QString AppSettings::systemUserName()
{
    const QString name = platform::systemUserName().trimmed();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString AppSettings::localeCurrencyCode()
{
    const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("USD");
}

QString AppSettings::userName() const
{
    const QString name = m_settings.value(userKey).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void AppSettings::setUserName(const QString& name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(userKey);
    else
        m_settings.setValue(userKey, name.trimmed());
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    if (language == QLatin1String("en") || language == QLatin1String("es"))
        return language;
    return QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(languageKey, language);
}

QString AppSettings::currencyCode() const
{
    const QString code = m_settings.value(currencyKey).toString();
    return code.isEmpty() ? localeCurrencyCode() : code;
}

void AppSettings::setCurrencyCode(const QString& code)
{
    if (code.trimmed().isEmpty())
        m_settings.remove(currencyKey);
    else
        m_settings.setValue(currencyKey, code.trimmed().toUpper());
}

int AppSettings::backupsToKeep() const
{
    bool ok = false;
    const int count = m_settings.value(backupsKey).toInt(&ok);
    return ok ? std::clamp(count, 1, AutomaticBackups::maxKeep) : AutomaticBackups::defaultKeep;
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings.setValue(backupsKey, std::clamp(count, 1, AutomaticBackups::maxKeep));
}

QString AppSettings::fileCoopName(const QString& coopPath)
{
    return QFileInfo(coopPath).completeBaseName();
}

QString AppSettings::coopName(const QString& coopPath) const
{
    const QString name = m_settings.value(coopNameKey(coopPath)).toString().trimmed();
    return name.isEmpty() ? fileCoopName(coopPath) : name;
}

void AppSettings::setCoopName(const QString& coopPath, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == fileCoopName(coopPath))
        m_settings.remove(coopNameKey(coopPath));
    else
        m_settings.setValue(coopNameKey(coopPath), trimmed);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentKey).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString normalized = normalizedPath(path);
    QStringList files = recentFiles();
    files.removeAll(normalized);
    files.prepend(normalized);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(recentKey, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(normalizedPath(path));
    m_settings.setValue(recentKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(recentKey);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings.setValue(geometryKey, geometry);
    m_settings.setValue(stateKey, state);
}

} // namespace coopdesk
