#include "scoring/scoringrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace prospector::scoring {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ScoringRule", text);
}

struct KindInfo {
    ScoringRule::Kind kind;
    const char *name;
};

constexpr KindInfo kKinds[] = {
    {ScoringRule::Kind::TitleKeyword, "title_keyword"},
    {ScoringRule::Kind::Seniority, "seniority"},
    {ScoringRule::Kind::Industry, "industry"},
    {ScoringRule::Kind::CompanySize, "company_size"},
    {ScoringRule::Kind::Country, "country"},
    {ScoringRule::Kind::HasEmail, "has_email"},
    {ScoringRule::Kind::HasLinkedin, "has_linkedin"},
    {ScoringRule::Kind::CustomFieldEquals, "custom_field_equals"},
};

} // namespace

QString ScoringRule::kindName(Kind kind) {
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    }
    return {};
}

bool ScoringRule::kindFromName(const QString &name, Kind *kind) {
    for (const KindInfo &info : kKinds) {
        if (name == QLatin1String(info.name)) {
            *kind = info.kind;
            return true;
        }
    }
    return false;
}

QString ScoringRule::describe() const {
    if (!label.isEmpty())
        return label;
    const QString list = values.join(QStringLiteral(", "));
    switch (kind) {
    case Kind::TitleKeyword:
        return tr("Title mentions %1").arg(list);
    case Kind::Seniority:
        return tr("Seniority is %1").arg(list);
    case Kind::Industry:
        return tr("Industry is %1").arg(list);
    case Kind::CompanySize:
        return maxSize < 0 ? tr("Company has %1+ employees").arg(minSize)
                           : tr("Company has %1–%2 employees").arg(minSize).arg(maxSize);
    case Kind::Country:
        return tr("Based in %1").arg(list);
    case Kind::HasEmail:
        return tr("Has an email address");
    case Kind::HasLinkedin:
        return tr("Has a LinkedIn profile");
    case Kind::CustomFieldEquals:
        return tr("%1 is %2").arg(field, list);
    }
    return {};
}

QJsonObject ScoringRule::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("weight"), weight},
                  {QStringLiteral("enabled"), enabled}};
    if (!values.isEmpty())
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (kind == Kind::CompanySize) {
        o.insert(QStringLiteral("minSize"), minSize);
        o.insert(QStringLiteral("maxSize"), maxSize);
    }
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    return o;
}

bool ScoringRule::fromJson(const QJsonObject &o, ScoringRule *rule, QString *error) {
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ScoringRule r;
    if (!kindFromName(o.value(QStringLiteral("kind")).toString(), &r.kind))
        return fail(tr("Unknown rule kind: %1").arg(o.value(QStringLiteral("kind")).toString()));
    const QJsonValue weight = o.value(QStringLiteral("weight"));
    if (!weight.isDouble() || weight.toInt(1000) < -100 || weight.toInt(1000) > 100)
        return fail(tr("A rule weight must be a whole number from -100 to 100."));
    r.weight = weight.toInt();
    r.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            r.values << v.toString().trimmed();
    }
    r.field = o.value(QStringLiteral("field")).toString().trimmed();
    r.minSize = o.value(QStringLiteral("minSize")).toInt(0);
    r.maxSize = o.value(QStringLiteral("maxSize")).toInt(-1);
    r.label = o.value(QStringLiteral("label")).toString();
    const bool needsValues = r.kind == Kind::TitleKeyword || r.kind == Kind::Seniority ||
                             r.kind == Kind::Industry || r.kind == Kind::Country ||
                             r.kind == Kind::CustomFieldEquals;
    if (needsValues && r.values.isEmpty())
        return fail(tr("The rule “%1” needs at least one value.").arg(kindName(r.kind)));
    if (r.kind == Kind::CustomFieldEquals && r.field.isEmpty())
        return fail(tr("A custom field rule needs the field name."));
    if (r.kind == Kind::CompanySize && (r.minSize < 0 || (r.maxSize >= 0 && r.maxSize < r.minSize)))
        return fail(tr("The company size range is empty."));
    *rule = r;
    return true;
}

QString seniorityOf(const QString &title) {
    // Checked from the most senior down: "VP of Sales Operations Manager" is a VP. Compiled once:
    // rescoring calls this a million times.
    static const QList<QPair<QString, QRegularExpression>> levels = [] {
        const QList<QPair<const char *, const char *>> words = {
            {"c_level",
             "ceo|cto|cfo|coo|cmo|cro|cio|chief|founder|co-founder|cofounder|owner|(?<!vice )president|"
             "managing director"},
            {"vp", "vp|vice president|svp|evp"},
            {"director", "director"},
            {"head", "head"},
            {"manager", "manager|lead"},
            {"senior", "senior|sr|principal"},
        };
        QList<QPair<QString, QRegularExpression>> compiled;
        for (const auto &level : words) {
            compiled.append(
                {QString::fromLatin1(level.first),
                 QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QString::fromLatin1(level.second)),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption)});
        }
        return compiled;
    }();
    if (title.trimmed().isEmpty())
        return {};
    for (const auto &level : levels) {
        if (level.second.match(title).hasMatch())
            return level.first;
    }
    return QStringLiteral("individual");
}

bool parseCompanySize(const QString &text, int *min, int *max) {
    QString cleaned = text;
    cleaned.remove(QLatin1Char(','));
    cleaned.remove(QLatin1Char('.'));
    cleaned.remove(QLatin1Char(' '));
    static const QRegularExpression number(QStringLiteral("(\\d+)(k?)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<int> numbers;
    auto it = number.globalMatch(cleaned);
    while (it.hasNext() && numbers.size() < 2) {
        const auto match = it.next();
        qint64 value = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            value *= 1000;
        numbers << int(std::min<qint64>(value, 100000000));
    }
    if (numbers.isEmpty())
        return false;
    *min = numbers.at(0);
    if (numbers.size() == 2)
        *max = std::max(numbers.at(0), numbers.at(1));
    else
        *max = cleaned.contains(QLatin1Char('+')) ? -1 : numbers.at(0);
    return true;
}

} // namespace prospector::scoring
