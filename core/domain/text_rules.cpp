#include "text_rules.h"

#include <QStringView>

namespace coopdesk::text {

namespace {

bool isWhiteSpace(char16_t c)
{
    // The White_Space property of Unicode (PropList.txt); all in the BMP.
    return (c >= 0x0009 && c <= 0x000D) || c == 0x0020 || c == 0x0085 || c == 0x00A0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString trimmed(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isWhiteSpace(text.at(begin).unicode()))
        ++begin;
    while (end > begin && isWhiteSpace(text.at(end - 1).unicode()))
        --end;
    if (begin == 0 && end == text.size())
        return text;
    return text.mid(begin, end - begin);
}

qsizetype codePointCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasControlCharacters(const QString& text, bool allowLineFeedAndTab)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        if (control && !(allowLineFeedAndTab && (u == u'\n' || u == u'\t')))
            return true;
    }
    return false;
}

bool hasUnpairedSurrogates(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

bool isPrintable(const QString& text)
{
    if (hasUnpairedSurrogates(text))
        return false;
    for (char32_t codePoint : text.toUcs4()) {
        if (!QChar::isPrint(codePoint))
            return false;
    }
    return true;
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidEmail(const QString& email)
{
    if (email.count(u'@') != 1)
        return false;
    for (QChar c : email) {
        if (isWhiteSpace(c.unicode()) || c.isSpace())
            return false;
    }
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = QStringView(email).left(at);
    const QStringView domain = QStringView(email).mid(at + 1);
    return !local.isEmpty() && domain.contains(u'.') && !domain.startsWith(u'.') &&
           !domain.endsWith(u'.');
}

std::optional<QDate> parseDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const QStringView view(text);
    if (!isAsciiDigits(view.mid(0, 4)) || !isAsciiDigits(view.mid(5, 2)) ||
        !isAsciiDigits(view.mid(8, 2)))
        return std::nullopt;
    const QDate date(view.mid(0, 4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
    if (!date.isValid() || date < QDate(1900, 1, 1) || date > QDate(2100, 12, 31))
        return std::nullopt;
    return date;
}

bool isValidMonth(const QString& text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return false;
    const QStringView view(text);
    if (!isAsciiDigits(view.mid(0, 4)) || !isAsciiDigits(view.mid(5, 2)))
        return false;
    const int year = view.mid(0, 4).toInt();
    const int month = view.mid(5, 2).toInt();
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12;
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QString> validUserName(const QString& name)
{
    const QString trimmed = text::trimmed(name);
    const qsizetype length = codePointCount(trimmed);
    if (length < 1 || length > 100 || hasControlCharacters(trimmed, false) ||
        hasUnpairedSurrogates(trimmed))
        return std::nullopt;
    return trimmed;
}

} // namespace coopdesk::text
