#pragma once

#include "net/apierror.h"

namespace prospector::net {

// A value or an error. Clients hand these to their callbacks; a default value never hides an error.
template <typename T>
struct ApiResult {
    ApiError error;
    T value{};

    bool ok() const { return error.isOk(); }

    static ApiResult success(T v) {
        ApiResult r;
        r.value = std::move(v);
        return r;
    }
    static ApiResult failure(ApiError e) {
        ApiResult r;
        r.error = std::move(e);
        return r;
    }
};

} // namespace prospector::net
