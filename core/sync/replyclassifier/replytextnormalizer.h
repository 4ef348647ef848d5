#pragma once

#include <QString>

namespace prospector::sync {

// Reduces an email reply to what the sender actually wrote, in a form rules can match:
// lower case, accents removed (so "intéressé" and "interesse" are the same), typographic quotes
// made plain, the quoted previous messages ("> ...", "On ... wrote:", "Le ... a écrit :",
// "Am ... schrieb ...:", "-----Original Message-----", "From:"/"Von:"/"De :" headers) and the
// signature ("-- ", "Best regards", "Cordialement", "Mit freundlichen Grüßen", "Sent from my
// iPhone", ...) cut off, whitespace collapsed to single spaces.
class ReplyTextNormalizer {
public:
    static QString normalize(const QString &text);

    // Only the case/accent/quote-mark folding, for matching patterns against normalized text.
    static QString fold(const QString &text);
};

} // namespace prospector::sync
