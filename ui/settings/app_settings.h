#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace coopdesk {

// The desktop app's preferences and remembered state, typed, over QSettings
// (organization "CoopDesk"). Each accessor reads through, so two instances
// always agree.
class AppSettings
{
public:
    AppSettings() = default;
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    static inline constexpr int maxRecentFiles = 8;

    // The operating system's user name ($USER, $LOGNAME, $USERNAME).
    static QString systemUserName();
    // The ISO 4217 code of the system locale's currency ("USD" when unknown).
    static QString localeCurrencyCode();

    // Recorded in every event's metadata; the OS user unless set.
    QString userName() const;
    void setUserName(const QString& name); // empty: back to the OS user

    // "system", "en" or "es".
    QString language() const;
    void setLanguage(const QString& language);

    // ISO 4217 code used to show money; the locale's unless set.
    QString currencyCode() const;
    void setCurrencyCode(const QString& code); // empty: back to the locale's

    // How many automatic backups are kept of each co-op (SPEC 7):
    // AutomaticBackups::defaultKeep unless set, within 1–AutomaticBackups::maxKeep.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // The co-op's name, per co-op file (the title of its payments report):
    // the file's base name unless set ("Maple Grove" for Maple Grove.coop).
    // Kept by the file's path: a file moved or renamed goes back to its name.
    static QString fileCoopName(const QString& coopPath);
    QString coopName(const QString& coopPath) const;
    void setCoopName(const QString& coopPath, const QString& name); // empty: the file's

    // Most recent first; the first one is the file opened at start. A
    // server co-op is kept as its location without a password.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

private:
    QSettings m_settings;
};

} // namespace coopdesk
