#pragma once

#include <atomic>

namespace prospector::cli {

// While it lives, SIGINT (Ctrl+C) and SIGTERM ask a long command to stop at its next safe point
// instead of killing the process: the handler only stores into lock-free atomics (async-signal-
// safe), the command sees the flag between rows and ends cleanly. The first signal also restores
// the default action, so a second Ctrl+C ends the process at once (what is committed stays
// consistent; the next start repairs the rest). One instance at a time.
class SignalCancel {
public:
    // `flag` is set to true when a signal arrives; it must outlive this object.
    explicit SignalCancel(std::atomic_bool &flag);
    ~SignalCancel();
    SignalCancel(const SignalCancel &) = delete;
    SignalCancel &operator=(const SignalCancel &) = delete;

    // The signal that arrived (SIGINT or SIGTERM), 0 when none did.
    int received() const;
    // The exit code of a command stopped by `signal`: 128 + the signal number, as shells report
    // a process killed by it (130 for Ctrl+C, 143 for SIGTERM).
    static int exitCode(int signal) { return 128 + signal; }
};

} // namespace prospector::cli
