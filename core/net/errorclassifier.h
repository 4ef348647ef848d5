#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>

namespace prospector::net {

using HeaderMap = QHash<QByteArray, QByteArray>; // lower-case names

// Turns an HTTP status + body into an ApiError (kind None for 2xx), per service contract:
// HubSpot JSON envelopes with `category`, lemlist plain-text messages (matched on the message,
// not the status, because lemlist changed its codes over time), Explorium `details`/`detail`.
ApiError classifyHttpStatus(Service service, int status, const QByteArray &body, const HeaderMap &headers);

// Transport failures: no HTTP status was received.
ApiError classifyNetworkError(Service service, QNetworkReply::NetworkError code, const QString &errorString,
                              bool timedOut);

// Retry-After: delta-seconds or an HTTP-date; -1 when absent or unparsable.
qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace prospector::net
