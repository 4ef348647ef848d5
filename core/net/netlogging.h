#pragma once

#include <QLoggingCategory>

// prospector.net.* categories: enable with QT_LOGGING_RULES="prospector.net.*.debug=true".
// Everything logged under them goes through logging::redact() first.
Q_DECLARE_LOGGING_CATEGORY(lcNetHttp)
Q_DECLARE_LOGGING_CATEGORY(lcNetRateLimit)
Q_DECLARE_LOGGING_CATEGORY(lcNetRetry)
Q_DECLARE_LOGGING_CATEGORY(lcNetBreaker)
