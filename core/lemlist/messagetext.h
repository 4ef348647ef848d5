#pragma once

#include <QString>

namespace prospector::lemlist {

// Turns an e-mail body as lemlist stores it (HTML from the sender's mail client) into the plain
// text the sender wrote: the quoted previous messages mail clients append (Gmail's gmail_quote,
// <blockquote>, Outlook's divRplyFwdMsg, Yahoo's yahoo_quoted) are cut off, tags dropped (line
// breaks kept for <br>, paragraphs, divs and list items), entities decoded, and blank runs
// collapsed. Remote text: the result is only ever shown as plain text. Pure, no Gui.
class MessageText {
public:
    static QString fromHtml(const QString &html);
};

} // namespace prospector::lemlist
