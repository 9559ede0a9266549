// English is the source language, but a source text with %n has one form
// ("%Ln family(s)"): translations/coopdesk_en.ts holds the English singular
// and plural of each (lupdate -pluralonly), built in as
// :/i18n/coopdesk_en.qm. Installed as soon as any application object
// exists (the app, the --help's core application, every test), before the
// chosen language's translator, which is then looked up first.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    static QTranslator english;
    if (english.isEmpty() && !english.load(QStringLiteral(":/i18n/coopdesk_en.qm")))
        return;
    QCoreApplication::installTranslator(&english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
