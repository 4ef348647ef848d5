#include "sandboxadmin.h"

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::sandbox {

namespace {

HttpResponse adminJson(int status, const QJsonObject &body) {
    return HttpResponse::json(status, QJsonDocument(body));
}

HttpResponse adminError(int status, const QString &message) {
    return adminJson(status, {{QStringLiteral("error"), message}});
}

} // namespace

SandboxAdmin::SandboxAdmin(SandboxServer &server)
    : m_server(server) {}

HttpResponse SandboxAdmin::handle(const HttpRequest &request) {
    const QStringList s = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);
    const QByteArray &method = request.method;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (method == "POST" && !request.body.isEmpty() && parseError.error != QJsonParseError::NoError)
        return adminError(400, QStringLiteral("invalid JSON: ") + parseError.errorString());
    const QJsonObject body = document.object();
    if (s == QStringList{QStringLiteral("state")} && method == "GET")
        return adminJson(200, m_server.state());
    if (s == QStringList{QStringLiteral("reset")} && method == "POST") {
        m_server.reset();
        return adminJson(200, {{QStringLiteral("reset"), true}});
    }
    if (!s.isEmpty() && s.constFirst() == QLatin1String("faults"))
        return faults(request, s.mid(1));
    if (s == QStringList{QStringLiteral("config")})
        return config(request);
    if (s == QStringList{QStringLiteral("lemlist"), QStringLiteral("campaigns")} && method == "POST") {
        const QString name = body.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return adminError(400, QStringLiteral("name is required"));
        const QString id = m_server.lemlist().addCampaign(
            name, body.value(QStringLiteral("status")).toString(QStringLiteral("running")));
        return adminJson(201, {{QStringLiteral("_id"), id}});
    }
    if (s == QStringList{QStringLiteral("lemlist"), QStringLiteral("activities")} && method == "POST")
        return addActivities(document.isArray() ? QJsonValue(document.array()) : QJsonValue(body));
    if (s == QStringList{QStringLiteral("hubspot"), QStringLiteral("contacts")} && method == "POST") {
        QMap<QString, QString> properties;
        const QJsonObject values = body.value(QStringLiteral("properties")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            properties.insert(it.key(), it.value().toVariant().toString());
        return adminJson(
            201, {{QStringLiteral("id"), QString::number(m_server.hubspot().seedContact(properties))}});
    }
    // A colleague edits a contact in HubSpot (no limits, no faults): {"properties":{...}}.
    if (s.size() == 3 && s.at(0) == QLatin1String("hubspot") && s.at(1) == QLatin1String("contacts") &&
        method == "PATCH") {
        QMap<QString, QString> properties;
        const QJsonObject values = body.value(QStringLiteral("properties")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            properties.insert(it.key(), it.value().toVariant().toString());
        const qint64 id = m_server.hubspot().editContact(s.at(2), properties);
        if (id == 0)
            return adminError(404, QStringLiteral("no contact with that e-mail"));
        return adminJson(200, {{QStringLiteral("id"), QString::number(id)}});
    }
    return adminError(404, QStringLiteral("unknown sandbox admin route"));
}

HttpResponse SandboxAdmin::faults(const HttpRequest &request, const QStringList &rest) {
    FaultInjector &injector = m_server.faults();
    if (request.method == "GET" && rest.isEmpty())
        return adminJson(200, injector.toJson());
    if (request.method == "DELETE") {
        if (rest.isEmpty()) {
            injector.clear();
            return adminJson(200, {{QStringLiteral("cleared"), true}});
        }
        return injector.remove(rest.constFirst().toInt())
                   ? adminJson(200, {{QStringLiteral("removed"), true}})
                   : adminError(404, QStringLiteral("no such fault"));
    }
    if (request.method != "POST" || !rest.isEmpty())
        return adminError(405, QStringLiteral("method not allowed"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().contains(QStringLiteral("faults")))
        items = document.object().value(QStringLiteral("faults")).toArray();
    else
        items.append(document.object());
    QList<FaultRule> rules;
    for (const QJsonValue &item : std::as_const(items)) {
        QString error;
        const auto rule = FaultRule::fromJson(item.toObject(), &error);
        if (!rule)
            return adminError(400, error);
        rules.append(*rule);
    }
    QJsonArray ids;
    for (const FaultRule &rule : std::as_const(rules))
        ids.append(injector.add(rule));
    return adminJson(201, {{QStringLiteral("ids"), ids}});
}

HttpResponse SandboxAdmin::config(const HttpRequest &request) {
    if (request.method == "POST") {
        const QJsonObject patch = QJsonDocument::fromJson(request.body).object();
        if (patch.contains(QStringLiteral("timeScale")))
            m_server.setTimeScale(patch.value(QStringLiteral("timeScale")).toDouble(1.0));
        if (patch.contains(QStringLiteral("faultSeed")))
            m_server.faults().setSeed(quint32(patch.value(QStringLiteral("faultSeed")).toInteger()));
        if (patch.contains(QStringLiteral("acceptAnyCredential")))
            m_server.acceptAnyCredential(patch.value(QStringLiteral("acceptAnyCredential")).toBool());
        m_server.hubspot().applyConfig(patch.value(QStringLiteral("hubspot")).toObject());
        m_server.lemlist().applyConfig(patch.value(QStringLiteral("lemlist")).toObject());
        m_server.explorium().applyConfig(patch.value(QStringLiteral("explorium")).toObject());
    } else if (request.method != "GET") {
        return adminError(405, QStringLiteral("method not allowed"));
    }
    return adminJson(200, {{QStringLiteral("timeScale"), m_server.clock().timeScale()},
                           {QStringLiteral("hubspot"), m_server.hubspot().configJson()},
                           {QStringLiteral("lemlist"), m_server.lemlist().configJson()},
                           {QStringLiteral("explorium"), m_server.explorium().configJson()}});
}

HttpResponse SandboxAdmin::addActivities(const QJsonValue &body) {
    QJsonArray items;
    if (body.isArray())
        items = body.toArray();
    else if (body.toObject().contains(QStringLiteral("activities")))
        items = body.toObject().value(QStringLiteral("activities")).toArray();
    else
        items.append(body);
    QJsonArray ids;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        const QString email = item.value(QStringLiteral("email")).toString();
        const QString campaignId = item.value(QStringLiteral("campaignId")).toString();
        if (type.isEmpty() || email.isEmpty() || campaignId.isEmpty())
            return adminError(400, QStringLiteral("type, email and campaignId are required"));
        const QDateTime createdAt =
            QDateTime::fromString(item.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        // A reply's body: "message" (HTML, as the inbox serves it) or "text" (plain, wrapped as a
        // mail client would, with an optional "quoted" previous message).
        QString message = item.value(QStringLiteral("message")).toString();
        if (message.isEmpty() && item.contains(QStringLiteral("text")))
            message = LemlistSimulator::replyHtml(item.value(QStringLiteral("text")).toString(),
                                                  item.value(QStringLiteral("quoted")).toString());
        ids.append(m_server.lemlist().addActivity(type, email, campaignId, createdAt,
                                                  item.value(QStringLiteral("extra")).toObject(), message,
                                                  item.value(QStringLiteral("subject")).toString()));
    }
    return adminJson(201, {{QStringLiteral("ids"), ids}});
}

} // namespace prospector::sandbox
