#pragma once

#include <QString>
#include <functional>

namespace prospector::autopilot {

// The track step's seam: read new lemlist activities once and record them (replies classified,
// opt-outs suppressed). The run finds the replies it recorded in the timeline afterwards.
class ReplyPoller {
public:
    struct Result {
        int recorded = 0;
        QString error; // empty on success
    };
    virtual ~ReplyPoller() = default;
    // `done` runs once, on the caller's thread, never synchronously inside poll().
    virtual void poll(std::function<void(const Result &)> done) = 0;
};

} // namespace prospector::autopilot
