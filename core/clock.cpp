#include "clock.h"

namespace coopdesk {

namespace {

char16_t* digits(char16_t* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    return out + count;
}

} // namespace

QString Clock::isoTimestamp(const QDateTime& moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!date.isValid() || !time.isValid() || date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[24];
    char16_t* out = digits(text, date.year(), 4);
    *out++ = u'-';
    out = digits(out, date.month(), 2);
    *out++ = u'-';
    out = digits(out, date.day(), 2);
    *out++ = u'T';
    out = digits(out, time.hour(), 2);
    *out++ = u':';
    out = digits(out, time.minute(), 2);
    *out++ = u':';
    out = digits(out, time.second(), 2);
    *out++ = u'.';
    out = digits(out, time.msec(), 3);
    *out++ = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), out - text);
}

} // namespace coopdesk
