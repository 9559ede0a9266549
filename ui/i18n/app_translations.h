#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace coopdesk {

// The translators of the running app: CoopDesk's own (built in as a
// resource, :/i18n/coopdesk_LANG.qm) and Qt's (qtbase_LANG.qm from Qt's
// translations folder, when present). Destroying it uninstalls them.
class AppTranslations
{
public:
    AppTranslations() = default;
    ~AppTranslations();
    AppTranslations(const AppTranslations&) = delete;
    AppTranslations& operator=(const AppTranslations&) = delete;

    // The languages CoopDesk ships; English is the source language.
    static QStringList supportedLanguages(); // "en", "es"

    // The language to use for a choice: "en" or "es" as given; "system" or
    // an unsupported code follows the system locale's UI languages.
    static QString resolve(const QString& choice, const QLocale& system = QLocale::system());

    // Installs the translators for `language` ("en" needs none), replacing
    // any installed before. When the language differs from the system
    // locale's, numbers and dates follow the chosen language too.
    // Returns false when CoopDesk's translation could not be loaded.
    bool install(const QString& language);

    QString language() const { return m_language; }
    bool qtTranslationLoaded() const { return m_qtLoaded; }

private:
    void uninstall();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
    QString m_language = QStringLiteral("en");
};

} // namespace coopdesk
