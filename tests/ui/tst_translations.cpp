// translations/coopdesk_es.ts is complete: every message has a finished,
// non-empty Spanish translation that keeps the source's placeholders, its
// menu mnemonic, and (for core's field messages) %1 first, where the app
// puts the field's label.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType;
    QStringList translations; // one, or the numerus forms
    qint64 line = 0;
};

QList<Message> readMessages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            xml.readNext();
            QString text;
            while (!xml.atEnd() &&
                   !(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
                xml.readNext();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]+"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasMnemonic(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^& ]"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsComplete()
    {
        QString error;
        const QList<Message> messages = readMessages(QStringLiteral(COOPDESK_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);

        QStringList problems;
        for (const Message& message : messages) {
            const QString where = QStringLiteral("line %1 [%2] “%3”: ")
                                      .arg(message.line)
                                      .arg(message.context, message.source);
            if (!message.translationType.isEmpty()) {
                problems << where + message.translationType;
                continue;
            }
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                if (placeholders(translation) != placeholders(message.source))
                    problems << where +
                                    QStringLiteral("placeholders differ in “%1”").arg(translation);
                if (hasMnemonic(message.source) && !hasMnemonic(translation))
                    problems << where + QStringLiteral("the menu mnemonic (&) is missing");
                if (message.context == QLatin1String("CommandErrors") &&
                    message.source.startsWith(QLatin1String("%1 ")) &&
                    !translation.startsWith(QLatin1String("%1")))
                    problems << where + QStringLiteral("must start with %1 (the field's label)");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
