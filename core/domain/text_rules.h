#pragma once

#include <QDate>
#include <QString>

#include <optional>

// The shapes of text the spec allows (SPEC 1 and 2.1): trimming, control
// characters, lengths in code points, ids, e-mail addresses, dates, months.
namespace coopdesk::text {

// Trims characters with the Unicode White_Space property from both ends.
QString trimmed(const QString& text);

// Number of Unicode code points (a surrogate pair counts once).
qsizetype codePointCount(const QString& text);

// Control characters (category Cc); line feed and tab pass when allowed.
bool hasControlCharacters(const QString& text, bool allowLineFeedAndTab);

// Unpaired UTF-16 surrogates cannot be stored as UTF-8 text.
bool hasUnpairedSurrogates(const QString& text);

// Every code point printable (no control, format, surrogate or unassigned ones).
bool isPrintable(const QString& text);

// [A-Za-z0-9_-]{1,64}
bool isValidId(const QString& id);

// One '@', something before it, a dotted domain after it, no white space.
bool isValidEmail(const QString& email);

// YYYY-MM-DD, a real calendar date from 1900-01-01 to 2100-12-31.
std::optional<QDate> parseDate(const QString& text);

// YYYY-MM, months 1900-01 to 2100-12.
bool isValidMonth(const QString& text);

QString formatDate(QDate date);

// A user name recorded in event metadata (SPEC 8's --user): text of 1 to 100
// code points once trimmed, with no control characters. The trimmed name,
// or nothing when it breaks the rule.
std::optional<QString> validUserName(const QString& name);

} // namespace coopdesk::text
