#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Money as people type and read it, turned into integer cents and back
// without floating point (SPEC 1: money is always an integer of cents).
namespace coopdesk::money {

// Parses an amount in the locale's format: "1,234.56" or "1234.5" in
// en_US, "1.234,56" or "1234,5" in es_ES. A currency code or symbol before
// or after is ignored. Group separators are optional but must sit between
// groups of three digits; at most two decimals; no sign. nullopt when the
// text is not such an amount.
std::optional<qint64> parseCents(const QString& text, const QLocale& locale,
                                 const QString& currencyCode = {});

// The amount with the locale's group separator and decimal point, grouped
// by thousands from 1,000 on in every language: 123456 → "1,234.56" (en),
// "1.234,56" (es); 137025000 → "1.370.250,00" (es). Every amount the app
// shows, exports or draws goes through this or the two below.
QString formatCents(qint64 cents, const QLocale& locale);

// A whole number of currency units, grouped as formatCents: chart axes.
QString formatWholeUnits(qint64 units, const QLocale& locale);

// The amount followed by the currency code: "1,234.56 USD".
QString formatWithCurrency(qint64 cents, const QLocale& locale, const QString& currencyCode);

} // namespace coopdesk::money
