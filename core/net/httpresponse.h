#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>

namespace prospector::net {

// The outcome of a call after retries: HTTP status, headers, body and the mapped error (kind None
// for 2xx). Header names are stored lower-case.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    ApiError error;
    int attempts = 0;

    bool ok() const { return error.isOk(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // Parses the body as a JSON object/array. On failure returns false and sets *parseError to a
    // MalformedResponse error for this service (truncated JSON, HTML error page, empty body).
    bool parseJson(QJsonDocument *out, ApiError *parseError) const;
};

} // namespace prospector::net
