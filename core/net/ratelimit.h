#pragma once

#include "net/service.h"

namespace prospector::net {

// A rolling-window limit: at most maxRequests grants in any windowMs interval, plus an optional
// cap per calendar day (UTC; HubSpot resets at midnight in the account's zone, which we cannot
// know, so UTC with the server's Daily-Remaining header as the authority).
struct RateLimit {
    int maxRequests = 10;
    qint64 windowMs = 1000;
    int dailyCap = 0; // 0 = none

    // Documented limits (CONTRACTS.md 1.6, 2.6, 3.5).
    static RateLimit hubSpotDefault() { return {100, 10000, 250000}; }
    static RateLimit hubSpotSearch() { return {5, 1000, 0}; }
    static RateLimit lemlistDefault() { return {20, 2000, 0}; }
    static RateLimit exploriumDefault() { return {200, 60000, 0}; }
    static RateLimit defaultFor(Service service) {
        switch (service) {
        case Service::HubSpot:
            return hubSpotDefault();
        case Service::Lemlist:
            return lemlistDefault();
        case Service::Explorium:
            return exploriumDefault();
        }
        return {};
    }
};

} // namespace prospector::net
