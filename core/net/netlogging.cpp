#include "net/netlogging.h"

Q_LOGGING_CATEGORY(lcNetHttp, "prospector.net.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetRateLimit, "prospector.net.ratelimit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetRetry, "prospector.net.retry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetBreaker, "prospector.net.breaker", QtInfoMsg)
