#include "importing/prospectdraft.h"

namespace prospector::importing {
namespace {

// JSON string escaping by hand: QJsonDocument would build a tree per row, which shows up in a
// million-row import.
void appendJsonString(QString &out, const QString &value) {
    out.append(u'"');
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
}

} // namespace

QString customFieldsJson(const QList<std::pair<QString, QString>> &fields) {
    if (fields.isEmpty())
        return QStringLiteral("{}");
    QString json;
    json.reserve(64 * fields.size());
    json.append(u'{');
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (!first)
            json.append(u',');
        first = false;
        appendJsonString(json, key);
        json.append(u':');
        appendJsonString(json, value);
    }
    json.append(u'}');
    return json;
}

} // namespace prospector::importing
