#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace coopdesk {

class AppSettings;

// Preferences (SPEC 7): the user name recorded in event metadata (the OS
// user by default), the language (system, English, Español; applied when
// CoopDesk restarts, as a note under it says, naming the language once
// another is picked), the currency code money is shown in (the
// locale's by default), the open co-op's name (its payments report's
// title; the file's base name by default, disabled with no co-op open), and
// the automatic backups: the folder they are in (Open Folder shows it) and
// how many of each co-op are kept (1–100, 7 by default).
// Saved to the settings on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The co-op named is the one open in `parent`, when it is a MainWindow.
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);
    // The co-op named is the file at `coopPath` (none when empty).
    PreferencesDialog(AppSettings& settings, const QString& coopPath, QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QLineEdit* coopNameEdit() const { return m_coopName; }
    QLineEdit* backupsFolderEdit() const { return m_backupsFolder; }
    QPushButton* openBackupsFolderButton() const { return m_openBackupsFolder; }
    QSpinBox* backupsToKeepBox() const { return m_backupsToKeep; }

    // True after OK when the language differs from the one running.
    bool languageChanged() const { return m_languageChanged; }
    // The note under the language: when the choice applies; stressed
    // (bold, naming the language) while the choice differs from the
    // language CoopDesk started in.
    QString restartNoteText() const;
    bool restartNoteStressed() const;

public slots:
    void accept() override;
    // Shows the automatic backups' folder in the file manager (made first
    // when no backup was taken yet).
    void openBackupsFolder();

private:
    void updateState();
    QString chosenLanguageName() const;
    bool choiceNeedsRestart() const;

    AppSettings& m_settings;
    QLineEdit* m_user;
    QComboBox* m_language;
    QLineEdit* m_currency;
    QLabel* m_restartNote;
    QLineEdit* m_coopName;
    QLineEdit* m_backupsFolder;
    QPushButton* m_openBackupsFolder;
    QSpinBox* m_backupsToKeep;
    QString m_coopPath;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace coopdesk
