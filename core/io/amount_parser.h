#pragma once

#include <QString>

#include <variant>

// Amounts as spreadsheets hold them, in currency units with a dot as the
// decimal separator (SPEC 8): `125`, `125.5`, `125.50` → 12550 cents,
// exactly, without floating point. White space around the amount is
// trimmed. Refused, with a message for people: an empty amount, a sign,
// thousands separators or a decimal comma, currency symbols or any other
// character, more than two decimals, a dot without digits on both sides,
// and amounts too large to hold in cents.
//
// The range an amount may take (1 cent to 1 000 000.00) is the command's
// rule (amount_cents), checked by the command bus, not here.
//
// The one parser of amounts: CSV cells refuse digits beyond the cents; the
// seed format's dollars (SPEC 2, read by the event upcaster) round them
// half away from zero on the decimal digits (1.005 → 101).
namespace coopdesk {

enum class BeyondCents { Refuse, RoundHalfAwayFromZero };

std::variant<qint64, QString> parseAmountCents(const QString& text,
                                               BeyondCents beyondCents = BeyondCents::Refuse);

} // namespace coopdesk
