#include "importing/normalizer.h"

#include <QList>
#include <QUrl>

namespace prospector::importing::normalize {
namespace {

bool isAsciiAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

QString stripScheme(QStringView value) {
    QStringView v = value.trimmed();
    for (QLatin1StringView scheme : {QLatin1StringView("https://"), QLatin1StringView("http://")}) {
        if (v.startsWith(scheme, Qt::CaseInsensitive))
            return v.mid(scheme.size()).toString();
    }
    if (v.startsWith(u"//"))
        return v.mid(2).toString();
    return v.toString();
}

qsizetype indexOfAny(QStringView text, QStringView characters) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (characters.contains(text.at(i)))
            return i;
    }
    return -1;
}

} // namespace

QString text(QString value) {
    value = std::move(value).trimmed();
    // Only strings with characters from U+0300 up can change under NFC; most cells are skipped.
    for (QChar c : std::as_const(value)) {
        if (c.unicode() >= 0x300)
            return value.normalized(QString::NormalizationForm_C);
    }
    return value;
}

QString email(QString value) {
    value = text(std::move(value));
    if (value.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        value.remove(0, 7);
    return value.toLower();
}

bool isValidEmail(QStringView email) {
    if (email.size() > 254)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at > 64 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at + 1);
    static const QString localSpecials = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (QChar c : local) {
        if (!(isAsciiAlnum(c) || localSpecials.contains(c) || (c.unicode() > 0x7F && c.isLetterOrNumber())))
            return false;
    }
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (!(isAsciiAlnum(c) || c == u'-' || (c.unicode() > 0x7F && c.isLetterOrNumber())))
                return false;
        }
    }
    const QStringView tld = labels.last();
    if (tld.size() < 2)
        return false;
    for (QChar c : tld) {
        if (!c.isLetter() && c != u'-' && !(tld.startsWith(u"xn--") && isAsciiAlnum(c)))
            return false;
    }
    return true;
}

QString linkedinUrl(QStringView value) {
    QString rest = stripScheme(value);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return {};
    const QString host = rest.left(slash).toLower();
    // www., country (uk., fr.) and mobile (m.) subdomains all show the same profile.
    if (host != QStringLiteral("linkedin.com") && !host.endsWith(QStringLiteral(".linkedin.com")))
        return {};
    QStringView path = QStringView(rest).mid(slash + 1);
    const qsizetype end = indexOfAny(path, u"?#");
    if (end >= 0)
        path = path.left(end);
    const QList<QStringView> segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments.at(0).compare(u"in", Qt::CaseInsensitive) != 0)
        return {};
    const QString slug = QUrl::fromPercentEncoding(segments.at(1).toUtf8()).trimmed().toLower();
    if (slug.isEmpty())
        return {};
    // Profile slugs are letters, digits and hyphens. A decoded '/', '?', '#', '%' or blank would make
    // the canonical URL parse differently when it is read back (an exported file imported again must
    // match itself), so such a value is not a profile URL.
    for (QChar c : slug) {
        if (c == u'/' || c == u'?' || c == u'#' || c == u'%' || c.isSpace() ||
            c.category() == QChar::Other_Control)
            return {};
    }
    return QStringLiteral("https://www.linkedin.com/in/") + slug;
}

QString domainFromWebsite(QStringView value) {
    QString host = stripScheme(value);
    const qsizetype end = indexOfAny(host, u"/?#");
    if (end >= 0)
        host.truncate(end);
    const qsizetype userInfo = host.lastIndexOf(u'@');
    if (userInfo >= 0)
        host.remove(0, userInfo + 1);
    const qsizetype port = host.indexOf(u':');
    if (port >= 0)
        host.truncate(port);
    host = host.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    // Every leading "www." goes (one at a time would leave "www.acme.com" from "www.www.acme.com", which a
    // second pass changes again), but not the last label before the TLD: "www.com" is a domain.
    while (host.startsWith(QStringLiteral("www.")) && host.indexOf(u'.', 4) > 0)
        host.remove(0, 4);
    if (!host.contains(u'.') || host.contains(u' '))
        return {};
    for (QChar c : std::as_const(host)) {
        if (!(isAsciiAlnum(c) || c == u'-' || c == u'.' || (c.unicode() > 0x7F && c.isLetterOrNumber())))
            return {};
    }
    return host;
}

bool isFreeMailDomain(QStringView domain) {
    static const QStringList exact = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("live.com"),       QStringLiteral("msn.com"),        QStringLiteral("aol.com"),
        QStringLiteral("icloud.com"),     QStringLiteral("me.com"),         QStringLiteral("mac.com"),
        QStringLiteral("proton.me"),      QStringLiteral("protonmail.com"), QStringLiteral("pm.me"),
        QStringLiteral("gmx.de"),         QStringLiteral("gmx.net"),        QStringLiteral("gmx.com"),
        QStringLiteral("web.de"),         QStringLiteral("t-online.de"),    QStringLiteral("orange.fr"),
        QStringLiteral("free.fr"),        QStringLiteral("laposte.net"),    QStringLiteral("wanadoo.fr"),
        QStringLiteral("sfr.fr"),         QStringLiteral("yandex.ru"),      QStringLiteral("yandex.com"),
        QStringLiteral("mail.ru"),        QStringLiteral("qq.com"),         QStringLiteral("163.com"),
        QStringLiteral("126.com"),        QStringLiteral("zoho.com"),       QStringLiteral("fastmail.com"),
        QStringLiteral("hey.com"),        QStringLiteral("tutanota.com"),   QStringLiteral("mail.com"),
        QStringLiteral("comcast.net"),    QStringLiteral("verizon.net"),    QStringLiteral("att.net"),
        QStringLiteral("btinternet.com"), QStringLiteral("libero.it"),      QStringLiteral("seznam.cz"),
        QStringLiteral("wp.pl"),          QStringLiteral("o2.pl"),          QStringLiteral("naver.com"),
    };
    // Providers with a domain per country: yahoo.co.uk, hotmail.fr, live.de, ...
    static const QStringList prefixes = {QStringLiteral("yahoo."),   QStringLiteral("hotmail."),
                                         QStringLiteral("ymail."),   QStringLiteral("live."),
                                         QStringLiteral("outlook."), QStringLiteral("gmx.")};
    for (const QString &d : exact) {
        if (domain == d)
            return true;
    }
    for (const QString &prefix : prefixes) {
        if (domain.startsWith(prefix))
            return true;
    }
    return false;
}

QString companyDomainFromEmail(QStringView email) {
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QStringView domain = email.mid(at + 1);
    if (domain.isEmpty() || isFreeMailDomain(domain))
        return {};
    return domain.toString();
}

QString phoneKey(QStringView phone) {
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

PersonName splitFullName(QStringView fullName) {
    static const QStringList honorifics = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),  QStringLiteral("miss"),
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("mx"),  QStringLiteral("sir"),
        QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("mme"), QStringLiteral("m")};
    static const QStringList suffixes = {QStringLiteral("phd"), QStringLiteral("mba"), QStringLiteral("md"),
                                         QStringLiteral("jr"),  QStringLiteral("sr"),  QStringLiteral("ii"),
                                         QStringLiteral("iii"), QStringLiteral("iv"),  QStringLiteral("cpa"),
                                         QStringLiteral("esq"), QStringLiteral("msc"), QStringLiteral("pmp")};
    auto bare = [](QStringView word) {
        QString w = word.toString().toLower();
        w.remove(u'.');
        return w;
    };

    QString name = fullName.toString().simplified();
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        const QString before = name.left(comma).trimmed();
        const QString after = name.mid(comma + 1).trimmed();
        bool afterIsSuffix = !after.isEmpty();
        for (QStringView word : QStringView(after).split(u' ', Qt::SkipEmptyParts)) {
            if (!suffixes.contains(bare(word)))
                afterIsSuffix = false;
        }
        name =
            afterIsSuffix ? before : QString(after + QLatin1Char(u' ') + before).trimmed(); // "Last, First"
    }
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && honorifics.contains(bare(words.first())))
        words.removeFirst();
    while (words.size() > 1 && suffixes.contains(bare(words.last())))
        words.removeLast();
    if (words.isEmpty())
        return {};
    PersonName result;
    result.first = words.takeFirst();
    result.last = words.join(QLatin1Char(' '));
    return result;
}

Location splitLocation(QStringView location) {
    QList<QString> parts;
    for (QStringView part : location.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed().toString();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    Location result;
    if (parts.size() >= 3) {
        result.city = parts.first();
        result.country = parts.last();
        result.region = parts.mid(1, parts.size() - 2).join(QStringLiteral(", "));
    } else if (parts.size() == 2) {
        result.city = parts.at(0);
        result.country = parts.at(1);
    } else if (parts.size() == 1) {
        result.region = parts.at(0);
    }
    return result;
}

QString nameKey(const QString &first, const QString &last, const QString &companyDomain,
                const QString &companyName) {
    if (first.isEmpty() && last.isEmpty())
        return {};
    QString company;
    if (!companyDomain.isEmpty())
        company = companyDomain;
    else if (!companyName.isEmpty())
        company = QLatin1Char('~') + companyName.simplified().toCaseFolded();
    else
        return {};
    return QString(first + QLatin1Char(' ') + last).simplified().toCaseFolded() + QLatin1Char('|') + company;
}

} // namespace prospector::importing::normalize
