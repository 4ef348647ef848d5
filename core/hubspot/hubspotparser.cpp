#include "hubspot/hubspotparser.h"

#include "net/jsonutil.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace prospector::hubspot {

using net::ApiResult;
using net::HttpResponse;
namespace json = net::json;

namespace {

// SimplePublicObject: id (string of digits) and properties are required.
bool readObject(const QJsonValue &value, CrmObject *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    bool ok = true;
    out->id = json::text(o, "id", &ok);
    out->properties = json::stringMap(o.value(QLatin1StringView("properties")), &ok);
    out->archived = o.value(QLatin1StringView("archived")).toBool(false);
    out->isNew = o.value(QLatin1StringView("new")).toBool(false);
    out->url = json::text(o, "url", &ok);
    return ok && !out->id.isEmpty();
}

QStringList stringList(const QJsonValue &v) {
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        bool ok = true;
        const QString s = json::text(item, &ok);
        if (ok && !s.isEmpty())
            out.append(s);
    }
    return out;
}

template <typename T>
bool parseRoot(const HttpResponse &response, QJsonObject *root, ApiResult<T> *failure) {
    if (!response.ok()) {
        *failure = ApiResult<T>::failure(response.error);
        return false;
    }
    QJsonDocument doc;
    net::ApiError error;
    if (!response.parseJson(&doc, &error)) {
        *failure = ApiResult<T>::failure(error);
        return false;
    }
    if (!doc.isObject()) {
        *failure = ApiResult<T>::failure(json::malformed(response, QStringLiteral("expected a JSON object")));
        return false;
    }
    *root = doc.object();
    return true;
}

} // namespace

QString HubSpotParser::existingId(const QString &conflictMessage) {
    static const QRegularExpression re(QStringLiteral(R"(Existing ID:\s*(\d+))"));
    const QRegularExpressionMatch m = re.match(conflictMessage);
    return m.hasMatch() ? m.captured(1) : QString();
}

ApiResult<BatchResult> HubSpotParser::batch(const HttpResponse &response) {
    ApiResult<BatchResult> result;
    QJsonObject root;
    if (!parseRoot(response, &root, &result))
        return result;
    const QJsonValue results = root.value(QLatin1StringView("results"));
    if (!results.isArray())
        return ApiResult<BatchResult>::failure(
            json::malformed(response, QStringLiteral("results is not an array")));
    BatchResult batch;
    batch.multiStatus = response.status == 207;
    const QJsonArray resultArray = results.toArray();
    for (const QJsonValue &item : resultArray) {
        CrmObject object;
        if (!readObject(item, &object))
            return ApiResult<BatchResult>::failure(
                json::malformed(response, QStringLiteral("bad result object")));
        batch.results.append(object);
    }
    const QJsonValue errors = root.value(QLatin1StringView("errors"));
    if (!errors.isUndefined() && !errors.isNull() && !errors.isArray())
        return ApiResult<BatchResult>::failure(
            json::malformed(response, QStringLiteral("errors is not an array")));
    const QJsonArray errorArray = errors.toArray();
    for (const QJsonValue &item : errorArray) {
        const QJsonObject e = item.toObject();
        BatchItemError error;
        error.category = json::text(e, "category");
        error.message = json::text(e, "message");
        const QJsonObject context = e.value(QLatin1StringView("context")).toObject();
        error.ids = stringList(context.value(QLatin1StringView("ids")));
        const QStringList traces = stringList(context.value(QLatin1StringView("objectWriteTraceId")));
        error.objectWriteTraceId = traces.value(0);
        batch.errors.append(error);
    }
    result.value = batch;
    return result;
}

ApiResult<CrmObject> HubSpotParser::object(const HttpResponse &response) {
    ApiResult<CrmObject> result;
    QJsonObject root;
    if (!parseRoot(response, &root, &result))
        return result;
    CrmObject object;
    if (!readObject(root, &object))
        return ApiResult<CrmObject>::failure(json::malformed(response, QStringLiteral("bad object")));
    result.value = object;
    return result;
}

ApiResult<SearchPage> HubSpotParser::search(const HttpResponse &response) {
    ApiResult<SearchPage> result;
    QJsonObject root;
    if (!parseRoot(response, &root, &result))
        return result;
    const QJsonValue total = root.value(QLatin1StringView("total"));
    const QJsonValue results = root.value(QLatin1StringView("results"));
    if (!total.isDouble() || !results.isArray())
        return ApiResult<SearchPage>::failure(
            json::malformed(response, QStringLiteral("total/results missing")));
    SearchPage page;
    page.total = total.toInt();
    const QJsonArray array = results.toArray();
    for (const QJsonValue &item : array) {
        CrmObject object;
        if (!readObject(item, &object))
            return ApiResult<SearchPage>::failure(
                json::malformed(response, QStringLiteral("bad result object")));
        page.results.append(object);
    }
    const QJsonObject next =
        root.value(QLatin1StringView("paging")).toObject().value(QLatin1StringView("next")).toObject();
    page.nextAfter = json::text(next, "after");
    result.value = page;
    return result;
}

ApiResult<QList<Association>> HubSpotParser::associations(const HttpResponse &response) {
    ApiResult<QList<Association>> result;
    QJsonObject root;
    if (!parseRoot(response, &root, &result))
        return result;
    const QJsonValue results = root.value(QLatin1StringView("results"));
    if (!results.isArray())
        return ApiResult<QList<Association>>::failure(
            json::malformed(response, QStringLiteral("results is not an array")));
    const QJsonArray array = results.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        Association a;
        a.fromId = json::text(o.value(QLatin1StringView("from")).toObject(), "id");
        a.toId = json::text(o.value(QLatin1StringView("to")).toObject(), "id");
        a.associationTypeId = o.value(QLatin1StringView("associationSpec"))
                                  .toObject()
                                  .value(QLatin1StringView("associationTypeId"))
                                  .toInt();
        if (a.fromId.isEmpty() || a.toId.isEmpty())
            return ApiResult<QList<Association>>::failure(
                json::malformed(response, QStringLiteral("association without ids")));
        result.value.append(a);
    }
    return result;
}

ApiResult<AssociatedIds> HubSpotParser::associatedIds(const HttpResponse &response) {
    ApiResult<AssociatedIds> result;
    QJsonObject root;
    if (!parseRoot(response, &root, &result))
        return result;
    const QJsonValue results = root.value(QLatin1StringView("results"));
    if (!results.isArray())
        return ApiResult<AssociatedIds>::failure(
            json::malformed(response, QStringLiteral("results is not an array")));
    const QJsonArray array = results.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        bool ok = item.isObject();
        const QString from = json::text(o.value(QLatin1StringView("from")).toObject(), "id", &ok);
        const QJsonValue to = o.value(QLatin1StringView("to"));
        if (!ok || from.isEmpty() || (!to.isArray() && !to.isUndefined() && !to.isNull()))
            return ApiResult<AssociatedIds>::failure(
                json::malformed(response, QStringLiteral("bad association result")));
        QStringList &ids = result.value[from];
        const QJsonArray toArray = to.toArray();
        for (const QJsonValue &target : toArray) {
            const QString id = json::text(target.toObject(), "toObjectId", &ok);
            if (!ok || id.isEmpty())
                return ApiResult<AssociatedIds>::failure(
                    json::malformed(response, QStringLiteral("association without toObjectId")));
            ids.append(id);
        }
    }
    return result;
}

} // namespace prospector::hubspot
