#pragma once

#include "net/apierror.h"
#include "net/httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace prospector::net::json {

// Small, total helpers for response parsers: they never throw or crash on wrong types; parsers
// use them to turn any unexpected shape into a MalformedResponse error.

inline ApiError malformed(const HttpResponse &response, const QString &detail) {
    ApiError e = ApiError::make(ApiErrorKind::MalformedResponse, response.error.service, detail);
    e.httpStatus = response.status;
    return e;
}

// A string, or a number rendered as text; null/absent gives an empty string and *ok stays true;
// any other type sets *ok to false.
inline QString text(const QJsonValue &v, bool *ok = nullptr) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!v.isNull() && !v.isUndefined() && ok)
        *ok = false;
    return {};
}

inline QString text(const QJsonObject &o, const char *key, bool *ok = nullptr) {
    return text(o.value(QLatin1StringView(key)), ok);
}

// Flat map of string-valued properties (HubSpot sends every value as a string or null).
inline QMap<QString, QString> stringMap(const QJsonValue &v, bool *ok = nullptr) {
    QMap<QString, QString> out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject()) {
        if (ok)
            *ok = false;
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool fieldOk = true;
        const QString value = text(it.value(), &fieldOk);
        if (fieldOk)
            out.insert(it.key(), value);
    }
    return out;
}

inline QJsonObject objectFromMap(const QMap<QString, QString> &map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace prospector::net::json
