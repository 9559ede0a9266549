#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace coopdesk {

class AppSettings;

// Preferences (SPEC 7): the user name recorded in event metadata (the OS
// user by default), the language (system, English, Español; applied when
// CoopDesk restarts) and the currency code money is shown in (the
// locale's by default). Saved to the settings on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* currencyEdit() const { return m_currency; }

    // True after OK when the language differs from the one running.
    bool languageChanged() const { return m_languageChanged; }

public slots:
    void accept() override;

private:
    void updateState();

    AppSettings& m_settings;
    QLineEdit* m_user;
    QComboBox* m_language;
    QLineEdit* m_currency;
    QLabel* m_restartNote;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace coopdesk
