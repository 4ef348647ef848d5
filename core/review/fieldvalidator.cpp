#include "review/fieldvalidator.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace prospector::review {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("FieldValidator", text);
}

bool hasControlCharacters(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

const QStringList &FieldValidator::editableFields() {
    static const QStringList fields = {
        QStringLiteral("firstName"),    QStringLiteral("lastName"),     QStringLiteral("email"),
        QStringLiteral("linkedinUrl"),  QStringLiteral("title"),        QStringLiteral("companyName"),
        QStringLiteral("website"),      QStringLiteral("phone"),        QStringLiteral("city"),
        QStringLiteral("region"),       QStringLiteral("country"),      QStringLiteral("industry"),
        QStringLiteral("companySize"),  QStringLiteral("source"),       QStringLiteral("stage"),
        QStringLiteral("tierOverride"), QStringLiteral("customFields"),
    };
    return fields;
}

bool FieldValidator::isValidEmail(const QString &email) {
    // Deliberately practical, not RFC 5322: one @, a dotted domain of letters/digits/hyphens,
    // no spaces, no consecutive or edge dots. What a rep types by mistake fails; real addresses pass.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    if (email.size() > 254 || email.indexOf(QLatin1Char('@')) > 64)
        return false;
    return pattern.match(email).hasMatch();
}

bool FieldValidator::isValidHttpUrl(const QString &text) {
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text,
                   QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           url.host().contains(QLatin1Char('.')) && !text.contains(QLatin1Char(' '));
}

bool FieldValidator::isValidLinkedinUrl(const QString &text) {
    if (!isValidHttpUrl(text))
        return false;
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text);
    const QString host = url.host().toLower();
    return (host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com"))) &&
           url.path().size() > 1;
}

QString FieldValidator::validate(const QString &field, const QVariant &value, QVariant *normalized) {
    if (!editableFields().contains(field))
        return tr("This field cannot be edited.");
    if (field == QLatin1String("customFields")) {
        const QJsonObject object = QJsonObject::fromVariantMap(value.toMap());
        if (value.isValid() && !value.canConvert<QVariantMap>())
            return tr("Custom fields must be a set of names and values.");
        *normalized = object;
        return {};
    }
    const QString text = value.toString().trimmed();
    if (hasControlCharacters(text))
        return tr("Remove the control characters (tabs, line breaks) from this field.");
    if (text.size() > 500)
        return tr("This is too long (500 characters at most).");
    *normalized = text;
    if (field == QLatin1String("email")) {
        if (!text.isEmpty() && !isValidEmail(text))
            return tr("This is not a valid email address.");
        *normalized = text.toLower();
    } else if (field == QLatin1String("linkedinUrl")) {
        if (!text.isEmpty() && !isValidLinkedinUrl(text))
            return tr("Enter a LinkedIn profile URL, like https://www.linkedin.com/in/name.");
    } else if (field == QLatin1String("website")) {
        if (!text.isEmpty() && !isValidHttpUrl(text))
            return tr("Enter a web address, like https://example.com.");
    } else if (field == QLatin1String("stage")) {
        if (!storage::pipelineStages().contains(text))
            return tr("Unknown stage.");
    } else if (field == QLatin1String("tierOverride")) {
        if (!text.isEmpty() && text != QLatin1String("hot") && text != QLatin1String("warm") &&
            text != QLatin1String("cold"))
            return tr("The tier must be hot, warm or cold (or empty for the computed tier).");
    } else if (field == QLatin1String("phone")) {
        static const QRegularExpression phone(
            QStringLiteral(R"(^\+?[0-9 ().\-/]{3,40}([ ]*(x|ext\.?)[ ]*[0-9]{1,6})?$)"));
        if (!text.isEmpty() && !phone.match(text).hasMatch())
            return tr("This does not look like a phone number.");
    }
    return {};
}

} // namespace prospector::review
