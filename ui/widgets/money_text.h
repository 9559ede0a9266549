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

// The amount with the locale's grouping and decimal point: 123456 → "1,234.56".
QString formatCents(qint64 cents, const QLocale& locale);

// The amount followed by the currency code: "1,234.56 USD".
QString formatWithCurrency(qint64 cents, const QLocale& locale, const QString& currencyCode);

} // namespace coopdesk::money
