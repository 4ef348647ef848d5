#include "net/httpresponse.h"

#include <QJsonParseError>

namespace prospector::net {

bool HttpResponse::parseJson(QJsonDocument *out, ApiError *parseError) const {
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || doc.isNull()) {
        ApiError e =
            ApiError::make(ApiErrorKind::MalformedResponse, error.service,
                           body.isEmpty() ? QStringLiteral("empty body")
                                          : QStringLiteral("invalid JSON: ") + jsonError.errorString());
        e.httpStatus = status;
        if (parseError)
            *parseError = e;
        return false;
    }
    if (out)
        *out = doc;
    return true;
}

} // namespace prospector::net
