#include "app_translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace coopdesk {

AppTranslations::~AppTranslations()
{
    uninstall();
}

QStringList AppTranslations::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString AppTranslations::resolve(const QString& choice, const QLocale& system)
{
    if (supportedLanguages().contains(choice))
        return choice;
    for (const QString& uiLanguage : system.uiLanguages()) {
        const QString code = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void AppTranslations::uninstall()
{
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    m_appLoaded = false;
    m_qtLoaded = false;
}

bool AppTranslations::install(const QString& language)
{
    uninstall();
    m_language = supportedLanguages().contains(language) ? language : QStringLiteral("en");

    const QLocale chosen(m_language);
    if (chosen.language() == QLocale::system().language())
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(chosen);

    if (m_language == QLatin1String("en"))
        return true;

    m_appLoaded = m_app.load(QStringLiteral(":/i18n/coopdesk_%1.qm").arg(m_language));
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_app);
    m_qtLoaded = m_qt.load(QStringLiteral("qtbase_%1").arg(m_language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    return m_appLoaded;
}

} // namespace coopdesk
